import { describe, expect, it } from 'vitest';
import { dice } from '../../lib/sites/dice';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://www.dice.com/jobs?q=machine%20learning%20engineer';
const GUID = '0c4e2a91-6b7d-4f3e-9a18-2d5c7e9b1f40';
const JOB = `https://www.dice.com/job-detail/${GUID}`;

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(dice, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

describe('dice search list', () => {
  const page = loadFixture('dice', 'search.html', SEARCH);

  it('reads job-card, grouped-job-entry and job-search-serp-card cards: GUID, title, company, place', () => {
    expect(rows(page)).toEqual([
      [GUID, 'Applied ML Engineer', 'Quarry Lane Analytics', 'Raleigh, North Carolina', JOB],
      [
        '5f8e7d6c-4b3a-4291-8e7f-6a5b4c3d2e1f',
        'Solutions Engineer',
        'Tallgrass Staffing',
        'Hybrid in Omaha, Nebraska',
        'https://www.dice.com/job-detail/5f8e7d6c-4b3a-4291-8e7f-6a5b4c3d2e1f',
      ],
      [
        '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2910',
        'Data Labeling Lead <img src=x onerror=alert(1)>',
        'Brightwater Labs',
        undefined,
        'https://www.dice.com/job-detail/7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2910',
      ],
      [
        '8f7e6d5c-4b3a-4291-a08f-7e6d5c4b3a29',
        'Forward Deployed AI Engineer',
        'Brightwater Labs',
        'Remote or Tampa, Florida',
        'https://www.dice.com/job-detail/8f7e6d5c-4b3a-4291-a08f-7e6d5c4b3a29',
      ],
      [
        '9a8f7e6d-5c4b-4a39-b281-f0e9d8c7b6a5',
        'Claims Analyst',
        'Ostrander Mutual',
        'Des Moines, Iowa',
        'https://www.dice.com/job-detail/9a8f7e6d-5c4b-4a39-b281-f0e9d8c7b6a5',
      ],
    ]);
  });

  it('skips a placeholder card, keeps hostile title text as text, badges the title link, no open job', () => {
    const { cards, detail } = readPage(dice, page);
    expect(page.document.querySelectorAll('[data-testid="job-card"]').length).toBe(3);
    expect(page.document.querySelectorAll('img[onerror], script').length).toBe(0);
    expect(cards[0].element).toBe(page.document.querySelector('[data-testid="job-card"]'));
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('a[data-testid="job-search-job-detail-link"]'));
    expect(cards[2].element.getAttribute('data-testid')).toBe('grouped-job-entry');
    expect(detail).toBeNull();
  });

  it('takes the company from the profile link when the card names it nowhere else', () => {
    const html = `<div data-testid="job-card" data-job-guid="${GUID}"><a aria-label="Company Logo" href="/company-profile/x?companyname=Quarry%20Lane"></a>
      <a data-testid="job-search-job-detail-link" href="/job-detail/${GUID}">Applied ML Engineer</a><p>Remote</p><p>•</p><p>Today</p></div>`;
    const [card] = readPage(dice, pageFromHtml(html, SEARCH)).cards;
    expect(card.job).toMatchObject({ id: GUID, company: 'Quarry Lane', location: 'Remote' });
  });

  it('refuses a card whose GUID and link disagree', () => {
    const html = `<div data-testid="job-card" data-job-guid="11111111-2222-4333-8444-555555555555"><a data-testid="job-search-job-detail-link" href="/job-detail/${GUID}">X</a></div>`;
    expect(readPage(dice, pageFromHtml(html, SEARCH)).cards).toEqual([]);
  });
});

describe('dice job page', () => {
  it('reads the header card, the description module and the workplace badge; similar jobs stay cards', () => {
    const page = loadFixture('dice', 'job.html', `${JOB}?searchlink=x`);
    const { cards, detail } = readPage(dice, page);
    expect(cards.map(({ job }) => job.title)).toEqual(['ML Platform Engineer']);
    expect(detail).toMatchObject({
      id: GUID,
      title: 'Applied ML Engineer',
      company: 'Quarry Lane Analytics',
      location: 'Hybrid · Raleigh, NC, US',
      url: JOB,
      description:
        'Quarry Lane Analytics trains demand models for regional grocers.\nWhat you will do:\nBuild the evaluation harness for our forecasting models.\nServe models behind the feature store with the platform team.\nHybrid: three days a week in our Raleigh office.',
    });
    expect(detail!.description).not.toMatch(/Dice Id|Employers have access|Company Info/);
    expect(detail!.element).toBe(page.document.querySelector('[data-testid="job-detail-header-card"]'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('[data-testid="job-detail-header-card"] h1'));
  });

  it('reads the JSON-LD alone when the page body is not rendered', () => {
    const html = `<script type="application/ld+json" id="jobDetailStructuredData">{"@type":"JobPosting","title":"Applied ML Engineer","description":"<p>Demand models.</p>","hiringOrganization":{"name":"Quarry Lane Analytics"},"jobLocation":{"@type":"Place","address":{"addressLocality":"Raleigh","addressRegion":"NC","addressCountry":"US"}}}</script>`;
    expect(dice.detail!(pageFromHtml(html, JOB))).toMatchObject({
      id: GUID,
      title: 'Applied ML Engineer',
      company: 'Quarry Lane Analytics',
      location: 'Raleigh, NC, US',
      description: 'Demand models.',
    });
  });

  it("ignores another job's JSON-LD, and reads no job off the search page or a bad address", () => {
    const other = `<script type="application/ld+json">{"@type":"JobPosting","title":"Other","url":"https://www.dice.com/job-detail/11111111-2222-4333-8444-555555555555"}</script>`;
    expect(dice.detail!(pageFromHtml(other, JOB))).toBeNull();
    const job = loadFixture('dice', 'job.html', SEARCH);
    expect(dice.detail!(job)).toBeNull();
    expect(dice.detail!(loadFixture('dice', 'job.html', 'https://www.dice.com/job-detail/not-a-guid'))).toBeNull();
  });

  it('finds nothing, without error, on an empty page or broken JSON-LD', () => {
    expect(readPage(dice, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
    const broken = `<script type="application/ld+json">{"@type":"JobPosting","title":"X",</script>`;
    expect(readPage(dice, pageFromHtml(broken, JOB))).toEqual({ cards: [], detail: null });
  });
});
