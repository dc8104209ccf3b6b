import { describe, expect, it } from 'vitest';
import { climatebase } from '../../lib/sites/climatebase';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://climatebase.org/jobs?q=machine+learning';
const JOB = 'https://climatebase.org/job/81000101/forward-deployed-ml-engineer';

describe('Climatebase search', () => {
  it("reads each job's link: the id it names, the heading's title (markup in it kept as text), the company and place items", () => {
    const { cards } = readPage(climatebase, loadFixture('climatebase', 'jobs.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['81000101', 'Forward Deployed ML Engineer', 'Verdant Grid', 'Oakland, CA, US'],
      ['81000102', 'ML Platform Engineer, Forecasting', 'Tidewater Carbon', 'Boston, MA, US'],
      ['81000103', 'Community Manager <img src=x onerror=alert(1)>', 'Fernleaf', 'Remote'],
    ]);
    expect(cards[0].job.url).toBe(JOB);
  });

  it('takes company and places from the served data where a card has no list of them; no card from a link without a heading', () => {
    const page = loadFixture('climatebase', 'jobs.html', LIST);
    page.document.querySelectorAll('ul').forEach((ul) => ul.remove());
    expect(readPage(climatebase, page).cards.map(({ job }) => [job.company, job.location])[0]).toEqual(['Verdant Grid', 'Oakland, CA, US; Remote, US']);
    expect(readPage(climatebase, pageFromHtml('<a href="/job/81000104/x">Apply</a>', LIST)).cards).toEqual([]);
  });
});

describe('Climatebase job page', () => {
  it("reads the app's data of the job at this address, and none of another job's (a move inside the app)", () => {
    const { detail } = readPage(climatebase, loadFixture('climatebase', 'job.html', JOB));
    expect(detail).toMatchObject({ id: '81000101', title: 'Forward Deployed ML Engineer', company: 'Verdant Grid', location: 'Oakland, CA, US; Remote, US', url: 'https://climatebase.org/job/81000101' });
    expect(detail!.description).toContain("Adapt models to each customer's data");
    expect(readPage(climatebase, loadFixture('climatebase', 'job.html', 'https://climatebase.org/job/81000199/other')).detail).toBeNull();
  });
});
