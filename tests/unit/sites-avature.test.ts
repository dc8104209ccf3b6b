import { describe, expect, it } from 'vitest';
import { avature } from '../../lib/sites/avature';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://lindqvist.avature.net/careers/SearchJobs';
const JOB = 'https://lindqvist.avature.net/externalcareers/JobDetail/Applied-ML-Engineer/6120';

describe('avature job search', () => {
  const page = loadFixture('avature', 'search.html', `${SEARCH}/?jobOffset=0`);

  it('reads each card: the id last in its JobDetail address, the title link, the place of its subtitle, the company of the logo', () => {
    expect(readPage(avature, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['6120', 'Applied ML Engineer', 'Lindqvist Energy', 'Stockholm, Stockholm County, Sweden', 'https://lindqvist.avature.net/careers/JobDetail/Stockholm-Sweden-Applied-ML-Engineer/6120'],
      ['6133', 'Turbine Technician <script>alert(1)</script>', 'Lindqvist Energy', 'Gothenburg, Västra Götaland, Sweden', 'https://lindqvist.avature.net/careers/JobDetail/Gothenburg-Sweden-Turbine-Technician/6133'],
    ]);
  });

  it('skips an item with no job link and the share links, badges the title link, keeps hostile text as text', () => {
    const { cards, detail } = readPage(avature, page);
    expect(cards).toHaveLength(2);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('.list__item__text__title a'));
    expect(page.document.querySelector('script:not([type])')).toBeNull();
    expect(detail).toBeNull();
  });

  it('reads the newer result cards and names the company by the page title, else the portal, else the subdomain', () => {
    const card = '<article class="article article--result"><h3 class="article__header__text__title"><a href="/careers/JobDetail/Data-Engineer/6201">Data Engineer</a></h3></article>';
    const titled = readPage(avature, pageFromHtml(`<title>Job Search | Lindqvist AB</title>${card}`, SEARCH)).cards;
    expect(titled.map(({ job }) => [job.id, job.title, job.company])).toEqual([['6201', 'Data Engineer', 'Lindqvist AB']]);
    const portal = '<meta name="avature.portal.name" content="Lindqvist Group Careers">';
    expect(readPage(avature, pageFromHtml(`${portal}${card}`, SEARCH)).cards[0].job.company).toBe('Lindqvist Group');
    expect(readPage(avature, pageFromHtml(card, SEARCH)).cards[0].job.company).toBe('Lindqvist');
  });
  it("reads Two Sigma's open roles on its own host: the place first in the header's text, not the team or level after it", () => {
    const html = `<article class="article article--result"><div class="article__header"><h3 class="article__header__text__title">
      <a class="link" href="https://careers.twosigma.com/careers/JobDetail/New-York-New-York-United-States-Machine-Learning-Engineer/15001">Machine Learning Engineer</a></h3>
      <div class="article__header__content__text"><span class="paragraph_inner-span">United States - NY New York</span>
      <div class="article__header__content__sub-text"><span class="paragraph_inner-span">Engineering</span><span class="paragraph_inner-span">Experienced</span></div></div></div></article>`;
    const page = pageFromHtml(html, 'https://careers.twosigma.com/careers/OpenRoles/?jobRecordsPerPage=10&jobOffset=10');
    expect(avature.isJobPage(page.url)).toBe(true);
    expect(readPage(avature, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['15001', 'Machine Learning Engineer', 'Two Sigma', 'United States - NY New York'],
    ]);
  });
});

describe("Siemens' site on Avature (it left Eightfold in 2026)", () => {
  it('reads its results under /en_US/externaljobs: the title link, the place in its city and country spans, Siemens as the company', () => {
    const html = `<article class="article article--result"><div class="article__header__text"><h3 class="article__header__text__title">
      <a class="link" href="https://jobs.siemens.com/en_US/externaljobs/JobDetail/518990">AI Engineer – Industrial Copilots</a></h3>
      <div class="article__header__text__subtitle"><span class="list-item-location"><span class="list-item-jobCity">Munich</span>, <span class="list-item-jobCountry">Germany</span></span>
      <span class="list-item-family">Engineering</span></div></div></article>`;
    const page = pageFromHtml(html, 'https://jobs.siemens.com/en_US/externaljobs/SearchJobs/?listFilterMode=1&folderRecordsPerPage=6&folderOffset=0');
    expect(avature.isJobPage(page.url)).toBe(true);
    expect(readPage(avature, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['518990', 'AI Engineer – Industrial Copilots', 'Siemens', 'Munich, Germany'],
    ]);
  });
});

describe('avature job page', () => {
  it('reads the banner title, the Location field, the free-text sections without the field list, the site name', () => {
    const page = loadFixture('avature', 'job.html', JOB);
    const { cards, detail } = readPage(avature, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '6120',
      title: 'Applied ML Engineer',
      company: 'Lindqvist Energy',
      location: 'Stockholm, Sweden',
      url: JOB,
      description: 'Position Summary\nTrain and deploy forecasting models for our wind farms.\nResponsibilities\nOwn the model training pipeline.\nServe forecasts to the grid team.',
    });
    expect(detail!.description).not.toMatch(/Apply Now|Home Page|Job Name/);
    expect(detail!.element).toBe(page.document.querySelector('.banner'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h2.banner__text__title'));
  });

  it('reads the older template: a "Location:" paragraph and the rich-text description, the company of the logo heading', () => {
    const html = `<header><a class="header__logo" href="/careers"><h1>Lindqvist Energy AB</h1></a></header>
      <div class="banner"><h2 class="banner__text__title">Grid Analyst</h2></div>
      <main><article class="article article--details"><p class="paragraph"><span><strong>Location:</strong></span> <span>Malmö, Sweden</span></p></article>
      <article class="article article--details"><div class="article__content article__content--rich-text" itemprop="description"><div>Model the grid.</div></div></article></main>`;
    expect(avature.detail!(pageFromHtml(html, 'https://lindqvist.avature.net/careers/FolderDetail/Malmo-Grid-Analyst/3270'))).toMatchObject({
      id: '3270',
      title: 'Grid Analyst',
      company: 'Lindqvist Energy AB',
      location: 'Malmö, Sweden',
      description: 'Model the grid.',
    });
  });

  it('reads a page with no banner (the title a field of its own, not in the description), a portal under a locale, a place written in its value', () => {
    const html = `<meta property="og:title" content="Risk Account Manager, Singapore"><meta property="og:site_name" content="Lindqvist Energy"><main>
      <article class="article article--details"><div class="article__content__view__field"><div class="article__content__view__field__value">Risk Account Manager, Singapore</div></div></article>
      <article class="article article--details"><div class="article__content__view__field"><div class="article__content__view__field__value"><strong>Work Location: Singapore</strong></div></div>
        <div class="article__content__view__field"><div class="article__content__view__field__value"><p>Grow our risk analytics accounts.</p></div></div></article></main>`;
    const page = pageFromHtml(html, 'https://lindqvist.avature.net/en_GB/careers/JobDetail/Risk-Account-Manager/6140');
    expect(avature.isJobPage(page.url)).toBe(true);
    const read = avature.detail!(page);
    expect(read).toMatchObject({ id: '6140', title: 'Risk Account Manager, Singapore', location: 'Singapore', description: 'Work Location: Singapore\nGrow our risk analytics accounts.' });
    expect(read!.badgeAnchor).toBe(page.document.querySelector('.article__content__view__field__value'));
    const plural = '<main><div class="article__content__view__field"><div class="article__content__view__field__label">Location(s)</div><div class="article__content__view__field__value">London</div></div></main>';
    expect(avature.detail!(pageFromHtml(`<h2 class="banner__text__title">Analyst</h2>${plural}`, JOB))?.location).toBe('London');
  });

  it("is recognized on a company's own domain by the portal's meta tags, with its own addresses' ids", () => {
    const page = loadFixture('avature', 'job.html', 'https://careers.lindqvist.example/jobs/JobDetail/Applied-ML-Engineer/6120');
    expect(avature.recognizes!(page)).toBe(true);
    expect(avature.detail!(page)).toMatchObject({ id: '6120', title: 'Applied ML Engineer', url: 'https://careers.lindqvist.example/jobs/JobDetail/Applied-ML-Engineer/6120' });
    const list = loadFixture('avature', 'search.html', 'https://careers.lindqvist.example/careers/SearchJobs');
    expect(avature.recognizes!(list)).toBe(true);
    expect(readPage(avature, list).cards.map(({ job }) => job.id)).toEqual(['6120', '6133']);
    expect(avature.recognizes!(pageFromHtml('<h2 class="banner__text__title">Analyst</h2>', 'https://careers.lindqvist.example/jobs/JobDetail/Analyst/6120'))).toBe(false);
  });

  it('reads a job addressed by its jobId parameter (/careers/JobDetail?jobId=ID), and the result cards of that portal', () => {
    const html = `<meta name="avature.portal.page" content="JobDetail"><h2 class="banner__text__title">AI Engineer</h2><div itemprop="description"><p>Build agents.</p></div>`;
    const page = pageFromHtml(html, 'https://lindqvist.avature.net/en_US/careers/JobDetail?jobId=48579&source=WEB_Search_NA');
    expect(avature.isJobPage(page.url)).toBe(true);
    expect(readPage(avature, page).detail).toMatchObject({ id: '48579', title: 'AI Engineer', url: 'https://lindqvist.avature.net/en_US/careers/JobDetail?jobId=48579' });
    const cards = `<article class="article article--card"><h3 class="article__header__text__title"><a href="/en_US/careers/JobDetail?jobId=48580">Data Engineer</a></h3>
      <span class="card-item-location">Pune, IN</span></article>`;
    expect(readPage(avature, pageFromHtml(cards, SEARCH)).cards.map(({ job }) => [job.id, job.title, job.location, job.url])).toEqual([
      ['48580', 'Data Engineer', 'Pune, IN', 'https://lindqvist.avature.net/en_US/careers/JobDetail?jobId=48580'],
    ]);
    expect(avature.postingIdOf!(new URL('https://ibmglobal.avature.net/en_US/careers/JobDetail?jobId=48579&source=WEB_Search_NA'))).toBe('48579');
    expect(avature.postingIdOf!(new URL('https://lindqvist.avature.net/careers/JobDetail?jobId=abc'))).toBeUndefined();
  });

  it('gives no job on the search, on the apply form, or on Avature\'s own site', () => {
    expect(avature.detail!(pageFromHtml('<h2 class="banner__text__title">Data Engineer</h2>', SEARCH))).toBeNull();
    expect(avature.isJobPage(new URL('https://lindqvist.avature.net/careers/ApplicationMethods?jobId=6120'))).toBe(false);
    expect(avature.postingIdOf!(new URL('https://www.avature.net/careers/JobDetail/Data-Engineer/6120'))).toBeUndefined();
  });
});
