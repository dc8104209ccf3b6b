import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { stepstone } from '../../lib/sites/stepstone';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://www.stepstone.de/jobs/machine-learning/in-berlin';
const JOB = 'https://www.stepstone.de/stellenangebote--Machine-Learning-Engineer-LLM-Serving-w-m-d-Berlin-Nordlicht-Analytics--14537942-inline.html';

describe('StepStone result list', () => {
  const page = loadFixture('stepstone', 'search.html', SEARCH);

  it('reads each card by its data-at fields: id, title, company and place (the field with text, not its icon)', () => {
    const { cards } = readPage(stepstone, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['14537942', 'Machine Learning Engineer – LLM Serving (w/m/d)', 'Nordlicht Analytics GmbH', 'Berlin', JOB],
      [
        '14530018',
        'Forward Deployed Engineer – KI-Lösungen beim Kunden',
        'Kai Werft AG',
        'Hamburg, München',
        'https://www.stepstone.de/stellenangebote--Forward-Deployed-Engineer-KI-Loesungen-Hamburg-Kai-Werft--14530018-inline.html',
      ],
      [
        '14498811',
        'Sachbearbeiter Buchhaltung <img src=x onerror=alert(1)>',
        'Spreehaus Immobilien',
        'Berlin',
        'https://www.stepstone.de/stellenangebote--Sachbearbeiter-Buchhaltung-Berlin-Spreehaus--14498811-inline.html',
      ],
    ]);
  });

  it('marks the article, badges the title link, skips a card still loading; no open job on a list', () => {
    const { cards, detail } = readPage(stepstone, page);
    expect(cards[0].element).toBe(page.document.getElementById('job-item-14537942'));
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('a[data-at="job-item-title"]'));
    expect(page.document.querySelectorAll('article[data-at="job-item"]').length).toBe(4);
    expect(page.document.querySelectorAll('img[onerror]').length).toBe(0);
    expect(detail).toBeNull();
  });

  it("reads Totaljobs' cards of 2023, and a Jobsite card whose link names no job by the card's own id", () => {
    const { cards } = readPage(stepstone, loadFixture('stepstone', 'totaljobs-search.html', 'https://www.jobsite.co.uk/jobs/data-engineer/in-london'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['108066339', 'AI Platform Engineer', 'Harbourline', 'London (EC2A)', 'https://www.jobsite.co.uk/job/ai-platform-engineer/harbourline-job108066339'],
      ['108070021', 'Solutions Engineer', 'Quayside Payments', 'Manchester', undefined],
    ]);
  });

  it("reads Totaljobs' cards of 2025 whose links put the place between the title and the company", () => {
    const html = `<article data-testid="job-item" data-at="job-item" id="job-item-104762709"><h2><a data-testid="job-item-title" data-at="job-item-title"
      href="/job/ml-platform-engineer/south-east/harbourline-job104762709?v=2">ML Platform Engineer</a></h2>
      <span data-at="job-item-company-name">Harbourline</span><span data-at="job-item-location">South East</span></article>`;
    expect(readPage(stepstone, pageFromHtml(html, 'https://www.totaljobs.com/jobs/sponsorship/in-united-kingdom?page=3')).cards.map(({ job }) => [job.id, job.url])).toEqual([
      ['104762709', 'https://www.totaljobs.com/job/ml-platform-engineer/south-east/harbourline-job104762709'],
    ]);
    expect(stepstone.isJobPage(new URL('https://www.totaljobs.com/job/ml-platform-engineer/south-east/harbourline-job104762709'))).toBe(true);
    expect(stepstone.isJobPage(new URL('https://www.totaljobs.com/job/ml-platform-engineer/south-east/harbourline'))).toBe(false);
  });

  it("reads the group's boards elsewhere: PNet's cards by the same fields, an IrishJobs card by its id, its h2's title link and its logo's company", () => {
    const pnet = `<article data-at="job-item" id="job-item-4220249"><a data-at="job-item-title" href="/jobs--AI-Engineer-Johannesburg-IQbusiness--4220249-inline.html?rltr=1"><div>AI Engineer</div></a>
      <span data-at="job-item-company-name">IQbusiness</span><span data-at="job-item-location">Johannesburg</span></article>`;
    expect(readPage(stepstone, pageFromHtml(pnet, 'https://www.pnet.co.za/jobs/ai-engineer')).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['4220249', 'AI Engineer', 'IQbusiness', 'Johannesburg', 'https://www.pnet.co.za/jobs--AI-Engineer-Johannesburg-IQbusiness--4220249-inline.html'],
    ]);
    const irish = `<article id="job-item-106098461"><img data-testid="COMPANY_LOGO_IMAGE" alt="Microsoft" src="data:,"><h2><a href="/job/ai-software-engineer/microsoft-job106098461">AI Software Engineer</a></h2></article>`;
    expect(readPage(stepstone, pageFromHtml(irish, 'https://www.irishjobs.ie/jobs/software-engineer')).cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([
      ['106098461', 'AI Software Engineer', 'Microsoft'],
    ]);
  });

  it('reads no card whose link names another job than the card, or that has no title', () => {
    const card = (href: string, title: string) =>
      `<article id="job-item-14000001" data-at="job-item"><a data-at="job-item-title" href="${href}">${title}</a></article>`;
    const read = (html: string) => readPage(stepstone, pageFromHtml(html, SEARCH)).cards;
    expect(read(card('/stellenangebote--Data-Engineer--14000002-inline.html', 'Data Engineer'))).toEqual([]);
    expect(read(card('/stellenangebote--Data-Engineer--14000001-inline.html', ' '))).toEqual([]);
    expect(read(card('/stellenangebote--Data-Engineer--14000001-inline.html', 'Data Engineer')).map(({ job }) => job.id)).toEqual(['14000001']);
  });
});

describe('StepStone job page', () => {
  it('reads the header, its metadata and the posting; the similar jobs below are cards', () => {
    const page = loadFixture('stepstone', 'job.html', `${JOB}?rltr=2_2_25_seorl_m_1_0_0_0_0_0`);
    const { detail, cards } = readPage(stepstone, page);
    expect(detail).toMatchObject({ id: '14537942', title: 'Machine Learning Engineer – LLM Serving (w/m/d)', company: 'Nordlicht Analytics GmbH', location: 'Berlin', url: JOB });
    expect(detail!.description).toContain('Build and optimize model serving infrastructure for LLM inference (vLLM, Triton).');
    expect(detail!.description).not.toContain('Jetzt bewerben');
    expect(detail!.element).toBe(page.document.querySelector('[data-at="job-ad-header"]'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1[data-at="header-job-title"]'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['14551200', 'MLOps Engineer', 'Havelkraft', 'Potsdam']]);
  });

  it("reads a Totaljobs page of 2023 from its JSON-LD, badged at the heading that shows the title", () => {
    const url = 'https://www.totaljobs.com/job/data-engineer/larchmont-home-job101378062';
    const page = loadFixture('stepstone', 'totaljobs-job-2023.html', url);
    const { detail } = readPage(stepstone, page);
    expect(detail).toMatchObject({ id: '101378062', title: 'Data Engineer', company: 'Larchmont Home', location: 'Northampton, Northamptonshire, GB', url });
    expect(detail!.description).toBe("Build and run the batch pipelines behind our stores' reporting.");
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("reads the page's main heading as the title when the posting is there but the heading has no field name", () => {
    const html = `<h1>Data Engineer</h1><ul><li><span data-at="metadata-company-name"><style>.x{color:red}</style> Havelkraft</span></li>
      <li><span data-at="metadata-location">Potsdam</span></li></ul><div data-at="job-ad-content"><p>Build our pipelines.</p></div>`;
    const url = 'https://www.stepstone.de/stellenangebote--Data-Engineer--14000001-inline.html';
    expect(readPage(stepstone, pageFromHtml(html, url)).detail).toMatchObject({ id: '14000001', title: 'Data Engineer', company: 'Havelkraft', location: 'Potsdam', description: 'Build our pipelines.' });
  });

  it("does not take another job's JSON-LD, and reads nothing from a page with no job", () => {
    const ld = `<script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","url":"https://www.stepstone.de/stellenangebote--Data-Engineer--14000002-inline.html"}</script>`;
    const url = 'https://www.stepstone.de/stellenangebote--Data-Engineer--14000001-inline.html';
    expect(readPage(stepstone, pageFromHtml(ld, url)).detail).toBeNull();
    expect(readPage(stepstone, pageFromHtml('<h1>Diese Stellenanzeige ist nicht mehr verfügbar</h1>', url)).detail).toBeNull();
  });
});
