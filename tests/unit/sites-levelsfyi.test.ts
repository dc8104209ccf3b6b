import { describe, expect, it } from 'vitest';
import { levelsfyi } from '../../lib/sites/levelsfyi';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const job = (id: string) => `https://www.levels.fyi/jobs?jobId=${id}`;

describe('Levels.fyi job board', () => {
  const page = loadFixture('levelsfyi', 'jobs.html', 'https://www.levels.fyi/jobs');

  it("reads each job link of a company's card: title without its date, the company's name, the place without the pay", () => {
    const { cards, detail } = readPage(levelsfyi, page);
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['A', '133272454490399430', 'Machine Learning Engineer, Inference', 'Brightkite', 'San Francisco, CA + 1 More · Hybrid', job('133272454490399430')],
      ['A', '133272454490399431', 'Forward Deployed Engineer', 'Brightkite', 'New York, NY · On-site', job('133272454490399431')],
      ['A', '140011223344556677', 'Data Analyst, Claims', 'Marlow Health & <i>Co</i>', 'Remote', job('140011223344556677')],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('[class*="companyJobTitle"]'));
    expect(page.document.querySelectorAll('i').length).toBe(0);
    expect(detail).toBeNull();
  });

  it("reads the company from the name above a card's jobs when the card is no button, never the next company's", () => {
    const job = (id: string, title: string) => `<a href="/jobs?jobId=${id}"><div class="c_companyJobTitle__x">${title}</div></a>`;
    const html = `<div class="list"><div>${job('11111111', 'Data Engineer')}</div><div class="card"><h2>Quillon</h2><div>${job('22222222', 'ML Engineer')}</div></div></div>`;
    const { cards } = readPage(levelsfyi, pageFromHtml(html, 'https://www.levels.fyi/jobs'));
    expect(cards.map(({ job }) => [job.id, job.company])).toEqual([
      ['11111111', undefined],
      ['22222222', 'Quillon'],
    ]);
  });

  it('reads no card from a link without a job title or with no job id', () => {
    const html = '<a href="/jobs?jobId=12345678">View job</a><a href="/jobs?jobId=abc"><div class="x_companyJobTitle__1">Data Engineer</div></a>';
    expect(readPage(levelsfyi, pageFromHtml(html, 'https://www.levels.fyi/jobs')).cards).toEqual([]);
  });
});

describe('Levels.fyi job pane', () => {
  it("reads the job as served (the pane still loading) from the page's data for this job", () => {
    const page = loadFixture('levelsfyi', 'job.html', job('133272454490399430'));
    const { detail } = readPage(levelsfyi, page);
    expect(detail).toMatchObject({
      id: '133272454490399430',
      title: 'Machine Learning Engineer, Inference',
      company: 'Brightkite',
      location: 'San Francisco, CA; Seattle, WA',
      url: job('133272454490399430'),
    });
    expect(detail!.description).toBe(
      'About the role\nYou will build and optimize the model serving stack for our routing models: batching, quantization and GPU scheduling.\nOwn inference latency and cost\nTrain distilled models for edge devices',
    );
    expect(detail!.badgeAnchor).toBeUndefined();
  });

  it('reads the pane once drawn (2026 class names), not the served data of another job', () => {
    const page = loadFixture('levelsfyi', 'job-drawn.html', job('133272454490399431'));
    const { detail } = readPage(levelsfyi, page);
    expect(detail).toMatchObject({ id: '133272454490399431', title: 'Forward Deployed Engineer', company: 'Brightkite', location: 'New York, NY · On-site' });
    expect(detail!.description).toBe('Work on site with our largest shippers to deploy and tailor our routing models to their networks.');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('reads nothing while the pane loads a job the served data is not', () => {
    const page = loadFixture('levelsfyi', 'job.html', job('133272454490399431'));
    expect(readPage(levelsfyi, page).detail).toBeNull();
    const broken = '<script id="__NEXT_DATA__" type="application/json">{"props":</script>';
    expect(readPage(levelsfyi, pageFromHtml(broken, job('133272454490399431'))).detail).toBeNull();
  });
});
