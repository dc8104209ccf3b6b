import { describe, expect, it } from 'vitest';
import { workableJobs } from '../../lib/sites/workable-jobs';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://jobs.workable.com/search?query=machine+learning';
const SELECTED = '7e2a9c41-5b3d-4f6e-9a1b-2c3d4e5f6a7b';
const ML = 'q7Rn2XbWk9TzLm4PfYc3Hd';
const ML_URL = `https://jobs.workable.com/view/${ML}/remote-machine-learning-engineer%2C-inference-in-berlin-at-northwind-labs`;
const SE = 'Hx4Ty8MkP2wQn6VbLc9RzE';

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(workableJobs, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location]);

describe('Jobs by Workable search, rendered', () => {
  const page = loadFixture('workable-jobs', 'search.html', `${SEARCH}&selectedJobId=${SELECTED}`);

  it('reads each job card once: code from its /view/ link, title, company, place with a remote workplace', () => {
    expect(rows(page)).toEqual([
      [ML, 'Machine Learning Engineer, Inference', 'Northwind Labs', 'Berlin, Germany (Remote)'],
      [SE, 'Solutions Engineer (AI Deployments)', 'Harbourline', 'Lisbon, Portugal'],
      ['Bd3Fg7Hj2Kl9Mn4Pq8Rs6T', 'Payroll Specialist', 'Made at Home & Co', undefined],
    ]);
    const { cards } = readPage(workableJobs, page);
    expect(cards[1].job.url).toBe(`https://jobs.workable.com/view/${SE}/solutions-engineer-(ai-deployments)-in-lisbon-at-harbourline`);
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('[data-ui="job-card-title"]'));
    expect(cards[2].job.badgeAnchor).toBe(cards[2].element.querySelector('a'));
  });

  it("reads the pane's job under the code its own link gives, with the three parts of its text", () => {
    const { detail } = readPage(workableJobs, page);
    expect(detail).toMatchObject({
      id: SE,
      title: 'Solutions Engineer (AI Deployments)',
      company: 'Harbourline',
      location: 'Lisbon, Portugal',
      url: `https://jobs.workable.com/view/${SE}`,
      description:
        "Harbourline runs port logistics for shipping firms.\nYou will deploy our forecasting models inside customers' networks and tailor them to each terminal.\nPython and SQL.\nTravel to customer sites <script>alert(1)</script>.\nLearning budget.",
    });
    expect(detail!.element).toBe(page.document.querySelector('[data-ui="job-overview"]'));
    expect(page.document.querySelector('script')).toBeNull();
  });

  it("takes no company's h3 for a title, and reads a card whose address has broken escapes", () => {
    const card = `<li class="jobsList__list-item--3HLIF"><a href="/view/Zz9Yy8Xx7Ww6Vv5Uu4Tt3S/data-analyst-at-ketl%E0%A4" aria-label="Data Analyst at Ketl"></a><h3 class="companyName__container--cK3_i"><a href="/company/x/jobs-at-ketl">Ketl</a></h3></li>`;
    const { cards } = readPage(workableJobs, pageFromHtml(`<ul>${card}</ul>`, SEARCH));
    expect(cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([['Zz9Yy8Xx7Ww6Vv5Uu4Tt3S', 'Data Analyst', 'Ketl']]);
  });

  it('lists nothing from boot data once cards are rendered', () => {
    expect(workableJobs.embeddedJobs!(page)).toEqual([]);
  });
});

describe('Jobs by Workable search, as the server sends it', () => {
  const page = loadFixture('workable-jobs', 'search-shell.html', `${SEARCH}&workplace=remote`);

  it("lists the boot data's jobs with an address, with place, workplace and full text; markup in a title stays text", () => {
    const { cards } = readPage(workableJobs, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      [ML, 'Machine Learning Engineer, Inference', 'Northwind Labs', 'Berlin, Germany (Remote)', ML_URL],
      [
        'Kc8Vn3Qw7Ty2Lp5Rm9Xb4D',
        'Customer Success Manager <img src=x onerror=alert(1)>',
        'Harbourline',
        'United Kingdom',
        'https://jobs.workable.com/view/Kc8Vn3Qw7Ty2Lp5Rm9Xb4D/customer-success-manager-in-united-kingdom-at-harbourline',
      ],
    ]);
    expect(cards.every((card) => card.embedded && card.element.tagName === 'SCRIPT')).toBe(true);
    expect(cards[0].job.description).toBe('Northwind Labs trains speech models.\nServe our models at low latency.\nCUDA or Triton & PyTorch.\nLearning budget.');
    expect(cards[1].job.description).toBeUndefined();
    expect(page.document.querySelector('img')).toBeNull();
  });

  it('reads the job ?selectedJobId= names from the boot data, under its code, before the pane renders', () => {
    const selected = loadFixture('workable-jobs', 'search-shell.html', `${SEARCH}&selectedJobId=4b1d6f0e-2c3a-4e5f-8a9b-0c1d2e3f4a5b`);
    expect(readPage(workableJobs, selected).detail).toMatchObject({
      id: ML,
      title: 'Machine Learning Engineer, Inference',
      company: 'Northwind Labs',
      location: 'Berlin, Germany (Remote)',
      url: `https://jobs.workable.com/view/${ML}`,
    });
  });

  it('gives a clear empty result for broken boot data', () => {
    const broken = pageFromHtml('<script>window.jobBoard = { initialState: {"api/v1/jobs": {"data": {"jobs": [{"title": </script>', SEARCH);
    expect(readPage(workableJobs, broken)).toEqual({ cards: [], detail: null });
  });
});

describe("Jobs by Workable job's page", () => {
  it('reads the rendered overview and breakdown', () => {
    const page = loadFixture('workable-jobs', 'view.html', ML_URL);
    const { cards, detail } = readPage(workableJobs, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: ML,
      title: 'Machine Learning Engineer, Inference',
      company: 'Northwind Labs',
      location: 'Berlin, Germany (Remote)',
      url: ML_URL,
      description: 'Northwind Labs trains speech models.\nServe our models at low latency.\nBuild the inference platform every product team uses.\nCUDA or Triton, PyTorch.',
    });
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1[data-ui="overview-title"]'));
  });

  it("reads the page's JSON-LD when the app has not rendered, and not another job's", () => {
    const jsonLd = (url: string) =>
      `<script type="application/ld+json">{"@type":"JobPosting","title":"Speech ML Engineer","url":"${url}","hiringOrganization":{"name":"Northwind Labs GmbH"},"description":"<p>Train speech models.</p>"}</script><div id="app"></div>`;
    expect(workableJobs.detail!(pageFromHtml(jsonLd(ML_URL), ML_URL))).toMatchObject({
      id: ML,
      title: 'Speech ML Engineer',
      company: 'Northwind Labs GmbH',
      description: 'Train speech models.',
    });
    expect(workableJobs.detail!(pageFromHtml(jsonLd(`https://jobs.workable.com/view/${SE}/x`), ML_URL))).toBeNull();
  });
});
