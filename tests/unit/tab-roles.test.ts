import { beforeEach, describe, expect, it } from 'vitest';
import { TabRoles } from '@/lib/page/tab-roles';

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
  beforeEach(() => {
    document.body.innerHTML = '<li id="a"></li><li id="b"></li><section id="pane"></section>';
    cardA = document.getElementById('a')!;
    cardB = document.getElementById('b')!;
    pane = document.getElementById('pane')!;
    roles = new TabRoles('linkedin');
  });

  it('classifies a card from its title once and keys it by site and job id', () => {
    const first = roles.fromCard(cardA, { id: '1', title: 'Senior Machine Learning Engineer, Training Infrastructure' });
    expect(first.classification.label).toBe('ai-platform');
    expect(first.source).toBe('card');
    const again = roles.fromCard(cardB, { id: '1', title: 'Senior Machine Learning Engineer, Training Infrastructure' });
    expect(again.classification).toBe(first.classification);
    expect([...again.elements]).toEqual([cardA, cardB]);
    expect(roles.entries().map((e) => e.key)).toEqual(['linkedin:1']);
  });

  it('upgrades a job from its description and reports every element showing it', () => {
    roles.fromCard(cardA, { id: '7', title: 'Engineer' });
    const upgraded = roles.fromDetail({ id: '7', title: 'Engineer', description: FDE_TEXT, element: pane });
    expect(upgraded.source).toBe('detail');
    expect(upgraded.classification.label).toBe('forward-deployed');
    expect([...upgraded.elements]).toEqual([cardA, pane]);
    // A later card of the same job keeps the upgraded label rather than the title-only one.
    expect(roles.fromCard(cardB, { id: '7', title: 'Engineer' }).classification.label).toBe('forward-deployed');
  });

  it('lists the open job first, and only jobs still on the page', () => {
    roles.fromCard(cardA, { id: '1', title: 'Product Designer' });
    roles.fromCard(cardB, { id: '2', title: 'Data Analyst' });
    roles.fromDetail({ id: '2', title: 'Data Analyst', element: pane });
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

  it('counts the AI roles still on the page for the toolbar', () => {
    roles.fromCard(cardA, { id: '1', title: 'Machine Learning Engineer, Inference' });
    roles.fromCard(cardB, { id: '2', title: 'Accountant' });
    roles.fromDetail({ id: '3', title: 'Engineer', description: FDE_TEXT, element: pane });
    expect(roles.countAiRoles()).toBe(2);
    cardA.remove();
    expect(roles.countAiRoles()).toBe(1);
    roles.closeDetail();
    pane.remove();
    expect(roles.countAiRoles()).toBe(0);
  });

  it('moves a recycled card element to the job it now shows', () => {
    roles.fromCard(cardA, { id: '1', title: 'Recruiter' });
    roles.fromCard(cardA, { id: '2', title: 'Forward Deployed Engineer' });
    expect(roles.entries().map((e) => e.id)).toEqual(['2']);
  });

  it('classifies a card that carries the whole posting from its text', () => {
    const known = roles.fromCard(cardA, { id: '9', title: 'Acme | Engineer | Remote', description: FDE_TEXT });
    expect(known.source).toBe('detail');
    expect(known.classification.label).toBe('forward-deployed');
  });

  it('lists every job held as data by one element, while that element is on the page', () => {
    roles.fromEmbedded(pane, { id: '31', title: 'Founding AI Platform Engineer' });
    roles.fromEmbedded(pane, { id: '32', title: 'Forward Deployed Engineer' });
    expect(roles.entries().map((e) => e.id)).toEqual(['31', '32']);
    pane.remove();
    expect(roles.entries()).toEqual([]);
  });
});
