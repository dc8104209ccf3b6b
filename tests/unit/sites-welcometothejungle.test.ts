import { describe, expect, it } from 'vitest';
import { welcometothejungle } from '../../lib/sites/welcometothejungle';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://www.welcometothejungle.com/en/jobs?query=forward';
const JOB = 'https://www.welcometothejungle.com/en/companies/norvale/jobs/forward-deployed-engineer_paris';

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(welcometothejungle, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

describe('welcometothejungle search list', () => {
  const page = loadFixture('welcometothejungle', 'search.html', SEARCH);

  it('reads the result cards: company/slug id, title (with its highlight), company, remote policy and places', () => {
    expect(rows(page)).toEqual([
      ['norvale/forward-deployed-engineer_paris', 'Forward Deployed Engineer', 'Norvale', 'A few days at home · Paris, Lyon', JOB],
      [
        'piquet-studio/office-manager_bordeaux_PIQUE_a1B2c3D',
        'Office Manager <img src=x onerror=alert(1)>',
        'Piquet Studio',
        'Bordeaux',
        'https://www.welcometothejungle.com/en/companies/piquet-studio/jobs/office-manager_bordeaux_PIQUE_a1B2c3D',
      ],
    ]);
  });

  it('skips a skeleton card; keeps hostile title text as text; the list item is the card; badges the title', () => {
    const { cards, detail } = readPage(welcometothejungle, page);
    expect(page.document.querySelectorAll('li[data-testid="search-results-list-item-wrapper"]').length).toBe(3);
    expect(page.document.querySelectorAll('img[onerror]').length).toBe(0);
    expect(cards[0].element).toBe(page.document.querySelector('li[data-testid="search-results-list-item-wrapper"]'));
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('a[role="link"] h2'));
    expect(detail).toBeNull();
  });

  it('reads a job thumb outside a search list item (a company job list)', () => {
    const html = `<ul><li><div data-role="jobs:thumb" data-object-id="u1"><a href="/en/companies/norvale/jobs/data-engineer_lyon"><h2>Data Engineer</h2></a></div></li></ul>`;
    const page = pageFromHtml(html, 'https://www.welcometothejungle.com/en/companies/norvale/jobs');
    expect(readPage(welcometothejungle, page).cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([
      ['norvale/data-engineer_lyon', 'Data Engineer', 'Norvale'],
    ]);
  });
});

describe('welcometothejungle job page', () => {
  it('reads the metadata block and the position sections; similar jobs stay cards', () => {
    const page = loadFixture('welcometothejungle', 'job.html', `${JOB}?q=abc&o=123`);
    const { cards, detail } = readPage(welcometothejungle, page);
    expect(cards.map((c) => c.job.id)).toEqual(['fenwick-ai/ml-platform-engineer_paris']);
    expect(detail).toMatchObject({
      id: 'norvale/forward-deployed-engineer_paris',
      title: 'Forward Deployed Engineer',
      company: 'Norvale',
      location: 'A few days at home · Paris',
      url: JOB,
    });
    expect(detail!.description).toContain("You will sit with our customers' dispatch teams");
    expect(detail!.description).toContain('You enjoy working on site with customers.');
    const block = page.document.querySelector('[data-testid="job-metadata-block"]');
    expect(detail!.element).toBe(block);
    expect(detail!.badgeAnchor).toBe(block!.querySelector('h2'));
  });

  it('reads the JSON-LD when the page is not rendered yet, and not another job’s', () => {
    const ld = (url: string) =>
      `<script type="application/ld+json">{"@type":"JobPosting","title":"Forward Deployed Engineer","url":"${url}","hiringOrganization":{"name":"Norvale SAS"},"description":"&lt;p&gt;Route planning.&lt;/p&gt;","jobLocation":{"@type":"Place","address":{"addressLocality":"Paris","addressCountry":"FR"}}}</script>`;
    expect(welcometothejungle.detail!(pageFromHtml(ld(JOB), JOB))).toMatchObject({
      id: 'norvale/forward-deployed-engineer_paris',
      title: 'Forward Deployed Engineer',
      company: 'Norvale SAS',
      location: 'Paris, FR',
      description: 'Route planning.',
    });
    expect(welcometothejungle.detail!(pageFromHtml(ld('https://www.welcometothejungle.com/en/companies/other/jobs/other-role'), JOB))).toBeNull();
  });

  it('finds nothing, without error, on an empty page', () => {
    expect(readPage(welcometothejungle, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
    expect(readPage(welcometothejungle, pageFromHtml('<ul></ul>', SEARCH))).toEqual({ cards: [], detail: null });
  });
});
