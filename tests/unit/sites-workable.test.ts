import { describe, expect, it } from 'vitest';
import { workable } from '../../lib/sites/workable';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://apply.workable.com/lumenvale/';
const JOB = 'https://apply.workable.com/lumenvale/j/3F9A0C2B71/';

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(workable, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

describe('workable board', () => {
  const page = loadFixture('workable', 'board.html', BOARD);

  it('reads li[data-ui=job] cards: shortcode, title, company from the logo, workplace and places', () => {
    expect(rows(page)).toEqual([
      ['3F9A0C2B71', 'Forward Deployed Engineer', 'Lumenvale Analytics', 'Hybrid · Athens, Attica, Greece', JOB],
      ['B82D4E6A10', 'ML Infrastructure Engineer - EMEA Remote', 'Lumenvale Analytics', 'Remote', 'https://apply.workable.com/lumenvale/j/B82D4E6A10/'],
      [
        'C41F7A9E25',
        'Data Annotator <script>alert(1)</script>',
        'Lumenvale Analytics',
        'On-site · Lisbon, Portugal; Porto, Portugal',
        'https://apply.workable.com/lumenvale/j/C41F7A9E25/',
      ],
    ]);
  });

  it('skips a card with no job link yet, keeps hostile title text as text, badges the title', () => {
    const { cards } = readPage(workable, page);
    expect(page.document.querySelectorAll('li[data-ui="job"]').length).toBe(4);
    expect(page.document.querySelectorAll('script').length).toBe(0);
    expect(cards[0].element).toBe(page.document.querySelector('li[data-id="3F9A0C2B71"]'));
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('h3[data-ui="job-title"]'));
  });

  it('has no open job on the board', () => {
    expect(readPage(workable, page).detail).toBeNull();
  });

  it('reads the older li[data-ui=job-opening] list, naming the company from the slug without a logo', () => {
    const classic = loadFixture('workable', 'board-classic.html', 'https://apply.workable.com/lumenvale');
    expect(rows(classic)).toEqual([
      ['D0E1F2A3B4', 'Solutions Engineer, LLM Integrations', 'Lumenvale', 'Athens, Attica, Greece', 'https://apply.workable.com/lumenvale/j/D0E1F2A3B4/'],
      ['E5F6A7B8C9', 'Office Manager', 'Lumenvale', 'Thessaloniki, Greece', 'https://apply.workable.com/lumenvale/j/E5F6A7B8C9/'],
    ]);
  });
});

describe('workable job page', () => {
  it('reads the Overview tab: header, description, requirements and benefits', () => {
    const page = loadFixture('workable', 'job.html', `${JOB}?utm_source=x`);
    const { cards, detail } = readPage(workable, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '3F9A0C2B71',
      title: 'Forward Deployed Engineer',
      company: 'Lumenvale Analytics',
      location: 'Hybrid · Athens, Attica, Greece',
      url: JOB,
      description:
        'Description\nAbout Lumenvale:\nLumenvale Analytics helps shipping firms plan port calls with forecasting models.\nThe role\nDeploy our forecasting stack inside customer networks.\nTurn customer feedback into product changes.\nRequirements\nPython and SQL.\nComfort with customer calls.\nBenefits\nLearning budget.',
    });
    expect(detail!.description).not.toMatch(/Share this job|Apply for this job/);
    expect(detail!.element).toBe(page.document.querySelector('header[role="banner"]'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1[data-ui="job-title"]'));
  });

  it('takes the description from the JSON-LD on the Application tab, which shows none', () => {
    const page = loadFixture('workable', 'job-apply.html', `${JOB}apply/`);
    expect(workable.detail!(page)).toMatchObject({
      id: '3F9A0C2B71',
      title: 'Forward Deployed Engineer',
      company: 'Lumenvale Analytics',
      location: 'Hybrid · Athens, Attica, Greece',
      url: JOB,
      description:
        'About Lumenvale:\nLumenvale Analytics helps shipping firms plan port calls with forecasting models.\nThe role\nDeploy our forecasting stack inside customer networks.\nTurn customer feedback into product changes.\nRequirements\nPython and SQL.\nComfort with customer calls.\nLearning budget.',
    });
  });

  it("ignores another job's JSON-LD (left over after in-app navigation) and its meta tags", () => {
    const page = loadFixture('workable', 'job-apply.html', 'https://apply.workable.com/lumenvale/j/B82D4E6A10/apply/');
    const detail = workable.detail!(page);
    expect(detail).toMatchObject({ id: 'B82D4E6A10', title: 'Forward Deployed Engineer', url: 'https://apply.workable.com/lumenvale/j/B82D4E6A10/' });
    expect(detail!.description).toBeUndefined();
  });

  it('reads the JSON-LD alone when the header is not rendered, with the company from it', () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Forward Deployed Engineer","identifier":{"value":"3F9A0C2B71"},"hiringOrganization":{"name":"Lumenvale Analytics"},"description":"<p>Deploy forecasting.</p>","jobLocationType":"TELECOMMUTE","applicantLocationRequirements":{"@type":"Country","name":"Greece"}}</script>`;
    const detail = workable.detail!(pageFromHtml(html, JOB));
    expect(detail).toMatchObject({
      id: '3F9A0C2B71',
      title: 'Forward Deployed Engineer',
      company: 'Lumenvale Analytics',
      location: 'Remote (Greece)',
      description: 'Deploy forecasting.',
    });
    expect(detail!.badgeAnchor).toBeUndefined();
  });

  it("reads the server's app shell, before the app renders, from its head: title and company from og:title", () => {
    const detail = workable.detail!(loadFixture('workable', 'job-shell.html', JOB));
    expect(detail).toMatchObject({
      id: '3F9A0C2B71',
      title: 'Forward Deployed Engineer - Remote',
      company: 'Lumenvale Analytics',
      description: 'Lumenvale Analytics helps shipping firms plan port calls with forecasting models. Deploy our forecasting stack inside customer networks.',
      url: JOB,
    });
    // A head naming another job (left behind by in-app navigation) names nothing here.
    expect(workable.detail!(loadFixture('workable', 'job-shell.html', 'https://apply.workable.com/lumenvale/j/B82D4E6A10/'))).toBeNull();
  });

  it('finds nothing, without error, on an empty page, an empty board or broken JSON-LD', () => {
    expect(readPage(workable, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
    const empty = `<main role="main"><h2>Job Openings</h2><p>There are no open positions right now.</p><ul data-ui="list" role="list"></ul></main>`;
    expect(readPage(workable, pageFromHtml(empty, BOARD))).toEqual({ cards: [], detail: null });
    const broken = `<script type="application/ld+json">{"@type":"JobPosting","title":"X",</script>`;
    expect(readPage(workable, pageFromHtml(broken, JOB))).toEqual({ cards: [], detail: null });
  });
});
