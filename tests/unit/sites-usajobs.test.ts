import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { usajobs } from '../../lib/sites/usajobs';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('USAJOBS search results', () => {
  it('reads each result by its control number: the title link, the agency, the place beside its icon (how many more)', () => {
    const page = loadFixture('usajobs', 'search.html', 'https://www.usajobs.gov/search/results/?k=machine+learning');
    const { cards, detail } = readPage(usajobs, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['890100100', 'Data Scientist (Machine Learning Operations)', 'Internal Revenue Service', 'Washington, District of Columbia (+3)', 'https://www.usajobs.gov/job/890100100'],
      ['890100200', 'IT SPECIALIST (AI SOLUTIONS ENGINEERING)', 'Defense Information Systems Agency', 'Fort Meade, Maryland', 'https://www.usajobs.gov/job/890100200'],
      ['890100300', 'Police Officer <iframe src=x>', undefined, undefined, 'https://www.usajobs.gov/job/890100300'],
    ]);
    expect(detail).toBeNull();
  });

  it("reads the design system's older result cards, and none whose link names another announcement", () => {
    const html = `<div id="usajobs-search-results"><div class="usajobs-search-result--core"><a class="usajobs-search-result--core__title" href="/GetJob/ViewDetails/450087700" data-document-id="450087700">Statistician</a>
      <h4 class="usajobs-search-result--core__agency">Census Bureau</h4><h4 class="usajobs-search-result--core__location"><span class="usajobs-search-result--core__location-link">Suitland, Maryland</span></h4></div>
      <div class="usajobs-search-result--core"><a class="usajobs-search-result--core__title" href="/GetJob/ViewDetails/450087701" data-document-id="450087799">Economist</a></div></div>`;
    const { cards } = readPage(usajobs, pageFromHtml(html, 'https://www.usajobs.gov/Search/Results?k=statistics'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['450087700', 'Statistician', 'Census Bureau', 'Suitland, Maryland']]);
  });
});

describe('USAJOBS announcement', () => {
  it('reads the banner, each place once, and the summary, duties and requirements (not how to apply); not the JSON-LD sub-office', () => {
    const page = loadFixture('usajobs', 'job.html', 'https://www.usajobs.gov/job/890100400');
    const { detail } = readPage(usajobs, page);
    expect(detail).toMatchObject({
      id: '890100400',
      title: 'Machine Learning Engineer',
      company: 'National Oceanic and Atmospheric Administration',
      location: 'Boulder, Colorado · Silver Spring, Maryland',
      url: 'https://www.usajobs.gov/job/890100400',
    });
    expect(detail!.description).toContain('Operate the model training pipelines');
    expect(detail!.description).toContain('U.S. citizenship.');
    expect(detail!.description).not.toContain('Submit your resume');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('names the first places of a long list and how many more', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<div class="location-item" data-location-text="c${i}"><div class="font-bold">City ${i}, Texas</div></div>`).join('');
    const html = `<div id="joa-header"><h1 class="usajobs-joa-banner__title">Tax Examiner</h1></div>${items}`;
    expect(readPage(usajobs, pageFromHtml(html, 'https://www.usajobs.gov/GetJob/ViewDetails/450087702')).detail?.location).toBe(
      'City 0, Texas · City 1, Texas · City 2, Texas · City 3, Texas · City 4, Texas · City 5, Texas · City 6, Texas · City 7, Texas (+4)',
    );
  });
});
