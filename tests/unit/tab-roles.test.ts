import { beforeEach, describe, expect, it } from 'vitest';
import { classify } from '@/lib/classify';
import type { Posting } from '@/lib/schema';
import { TabRoles, type Known } from '@/lib/page/tab-roles';

/** The classifier as the background answers it: later, not in the same task. */
const classifyLater = (posting: Posting) => new Promise<ReturnType<typeof classify>>((resolve) => setTimeout(() => resolve(classify(posting))));
const answered = () => new Promise((resolve) => setTimeout(resolve, 5));

const FDE_TEXT = [
  'You will embed with our enterprise customers on-site to build and deploy LLM applications for their workflows.',
  'Work hands-on with customer engineering teams to integrate our AI platform into their systems.',
  'Travel to customer sites up to 30% of the time.',
].join('\n');

describe('TabRoles', () => {
  let roles: TabRoles;
  let cardA: HTMLElement;
  let cardB: HTMLElement;
  let pane: HTMLElement;
  let labelled: Known[];
  beforeEach(() => {
    labelled = [];
    document.body.innerHTML = '<li id="a"></li><li id="b"></li><section id="pane"></section>';
    cardA = document.getElementById('a')!;
    cardB = document.getElementById('b')!;
    pane = document.getElementById('pane')!;
    roles = new TabRoles('linkedin', classifyLater, (known) => labelled.push(known));
  });

  it('classifies a card from its title once and keys it by site and job id', async () => {
    const first = roles.fromCard(cardA, { id: '1', title: 'Senior Machine Learning Engineer, Training Infrastructure' });
    expect(first.classification).toBeNull();
    expect(roles.entries()).toEqual([]); // not listed before it is labelled
    await answered();
    expect(labelled).toEqual([first]);
    expect(first.classification?.label).toBe('ai-platform');
    expect(first.source).toBe('card');
    const again = roles.fromCard(cardB, { id: '1', title: 'Senior Machine Learning Engineer, Training Infrastructure' });
    expect(again).toBe(first); // known already: labelled at once, not asked again
    await answered();
    expect(labelled).toHaveLength(1);
    expect([...again.elements]).toEqual([cardA, cardB]);
    expect(roles.entries().map((e) => e.key)).toEqual(['linkedin:1']);
  });

  it('upgrades a job from its description and reports every element showing it', async () => {
    roles.fromCard(cardA, { id: '7', title: 'Engineer' });
    await answered();
    const upgraded = roles.fromDetail({ id: '7', title: 'Engineer', description: FDE_TEXT, element: pane });
    expect(upgraded.source).toBe('detail');
    await answered();
    expect(labelled.at(-1)).toBe(upgraded);
    expect(upgraded.classification?.label).toBe('forward-deployed');
    expect([...upgraded.elements]).toEqual([cardA, pane]);
    // A later card of the same job keeps the upgraded label rather than the title-only one.
    expect(roles.fromCard(cardB, { id: '7', title: 'Engineer' }).classification?.label).toBe('forward-deployed');
  });

  it('drops the title-only answer that arrives after the description was asked about', async () => {
    const card = roles.fromCard(cardA, { id: '7', title: 'Engineer' });
    const upgraded = roles.fromDetail({ id: '7', title: 'Engineer', description: FDE_TEXT, element: pane });
    await answered();
    expect(labelled).toEqual([upgraded]);
    expect(card.classification).toBeNull();
    expect(roles.entries().map((e) => [e.id, e.source, e.classification.label])).toEqual([['7', 'detail', 'forward-deployed']]);
  });

  it('lists the open job first, and only jobs still on the page', async () => {
    roles.fromCard(cardA, { id: '1', title: 'Product Designer' });
    roles.fromCard(cardB, { id: '2', title: 'Data Analyst' });
    roles.fromDetail({ id: '2', title: 'Data Analyst', element: pane });
    await answered();
    expect(roles.entries().map((e) => [e.id, e.open])).toEqual([
      ['2', true],
      ['1', false],
    ]);
    cardA.remove();
    expect(roles.entries().map((e) => e.id)).toEqual(['2']);
    roles.closeDetail();
    pane.remove();
    cardB.remove();
    expect(roles.entries()).toEqual([]);
  });

  it('counts the labelled AI roles still on the page for the toolbar', async () => {
    roles.fromCard(cardA, { id: '1', title: 'Machine Learning Engineer, Inference' });
    roles.fromCard(cardB, { id: '2', title: 'Accountant' });
    roles.fromDetail({ id: '3', title: 'Engineer', description: FDE_TEXT, element: pane });
    expect(roles.countAiRoles()).toBe(0);
    await answered();
    expect(roles.countAiRoles()).toBe(2);
    cardA.remove();
    expect(roles.countAiRoles()).toBe(1);
    roles.closeDetail();
    pane.remove();
    expect(roles.countAiRoles()).toBe(0);
  });

  it('moves a recycled card element to the job it now shows', async () => {
    roles.fromCard(cardA, { id: '1', title: 'Recruiter' });
    roles.fromCard(cardA, { id: '2', title: 'Forward Deployed Engineer' });
    await answered();
    expect(roles.entries().map((e) => e.id)).toEqual(['2']);
    // The answer for job 1 still arrived, but no element shows job 1 any more.
    expect(labelled.find((k) => k.job.id === '1')?.elements.size).toBe(0);
  });

  it('classifies a card that carries the whole posting from its text', async () => {
    const known = roles.fromCard(cardA, { id: '9', title: 'Acme | Engineer | Remote', description: FDE_TEXT });
    expect(known.source).toBe('detail');
    await answered();
    expect(known.classification?.label).toBe('forward-deployed');
  });

  it('lists every job held as data by one element, while that element is on the page', async () => {
    roles.fromEmbedded(pane, { id: '31', title: 'Founding AI Platform Engineer' });
    roles.fromEmbedded(pane, { id: '32', title: 'Forward Deployed Engineer' });
    await answered();
    expect(roles.entries().map((e) => e.id)).toEqual(['31', '32']);
    pane.remove();
    expect(roles.entries()).toEqual([]);
  });

  it('sends the classifier the posting with the site and the job id', async () => {
    const asked: Posting[] = [];
    roles = new TabRoles('indeed', (posting) => (asked.push(posting), classifyLater(posting)), () => {});
    roles.fromCard(cardA, { id: 'a1', title: 'Applied AI Engineer', company: 'Acme', url: 'https://x.test/a1' });
    expect(asked).toEqual([{ site: 'indeed', id: 'a1', title: 'Applied AI Engineer', company: 'Acme', location: undefined, description: undefined }]);
  });

  it('leaves a job unlabelled when the classifier does not answer, and forgets answers after clear()', async () => {
    roles = new TabRoles('linkedin', () => Promise.reject(new Error('Extension context invalidated.')), (known) => labelled.push(known));
    roles.fromCard(cardA, { id: '1', title: 'Forward Deployed Engineer' });
    await answered();
    expect(labelled).toEqual([]);
    expect(roles.entries()).toEqual([]);

    roles = new TabRoles('linkedin', classifyLater, (known) => labelled.push(known));
    roles.fromCard(cardA, { id: '1', title: 'Forward Deployed Engineer' });
    roles.clear();
    await answered();
    expect(labelled).toEqual([]);
  });
});
