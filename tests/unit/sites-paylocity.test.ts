import { describe, expect, it } from 'vitest';
import { paylocity } from '../../lib/sites/paylocity';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://recruiting.paylocity.com/Recruiting/Jobs/All/0a932b3f-65a0-4207-b5be-70d84a78ecaa/Prairie-Freight-Co';
const job = (id: string) => `https://recruiting.paylocity.com/Recruiting/Jobs/Details/${id}`;

describe('Paylocity job list', () => {
  it("reads each drawn row: its link's id and title, the place column; the company its data names", () => {
    const page = loadFixture('paylocity', 'jobs.html', LIST);
    const { cards, detail } = readPage(paylocity, page);
    expect(cards.map(({ embedded, job: read }) => [embedded ?? false, read.id, read.title, read.company, read.location, read.url])).toEqual([
      [false, '4501753', 'Applied ML Engineer, Forecasting', 'Prairie Freight Co.', 'Remote', job('4501753')],
      [false, '4501760', 'Warehouse Lead', 'Prairie Freight Co.', 'Omaha HQ', job('4501760')],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('.job-item-title a'));
    expect(detail).toBeNull();
  });

  it('lists the jobs of a list served without rows from its data, not badged', () => {
    const html = `<script>window.ATSJobDetailsBaseUrl = '/Recruiting/Jobs/Details/';window.pageData = {"Jobs":[{"JobId":4501753,"JobTitle":"Applied ML Engineer","LocationName":"Remote","ShouldDisplayLocation":true},
      {"JobId":4501760,"JobTitle":"Warehouse Lead","ShouldDisplayLocation":false,"LocationName":"Hidden","JobLocation":{"City":"Omaha","State":"NE"}},{"JobId":"x","JobTitle":"No id"}],"ModuleTitle":"Prairie Freight Co."};</script><p>Your browser is not supported.</p>`;
    const { cards } = readPage(paylocity, pageFromHtml(html, LIST));
    expect(cards.map(({ embedded, job: read }) => [embedded, read.id, read.title, read.company, read.location])).toEqual([
      [true, '4501753', 'Applied ML Engineer', 'Prairie Freight Co.', 'Remote'],
      [true, '4501760', 'Warehouse Lead', 'Prairie Freight Co.', 'Omaha, NE'],
    ]);
    expect(readPage(paylocity, pageFromHtml('<script>window.pageData = {"Jobs": [</script>', LIST)).cards).toEqual([]);
  });
});

describe('Paylocity job page', () => {
  it('reads the preview title, the places before the department, the sections under their headers', () => {
    const page = loadFixture('paylocity', 'job.html', job('4501753'));
    const { detail } = readPage(paylocity, page);
    expect(detail).toMatchObject({ id: '4501753', title: 'Applied ML Engineer, Forecasting', company: 'Prairie Freight Co.', location: 'Fully Remote • Omaha, Nebraska', url: job('4501753') });
    expect(detail!.description).toBe('Description\nTrain, evaluate and serve the demand-forecasting models our dispatch platform runs on.\nRequirements\nPython, PyTorch and time-series models.');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('.job-preview-title'));
  });

  it("falls back to this job's JSON-LD, and reads nothing from a closed job's page", () => {
    const ld = (id: string) => `<script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","url":"${job(id)}","hiringOrganization":{"name":"Prairie Freight Co."}}</script>`;
    expect(readPage(paylocity, pageFromHtml(ld('4501753'), job('4501753'))).detail).toMatchObject({ id: '4501753', title: 'Data Engineer', company: 'Prairie Freight Co.' });
    expect(readPage(paylocity, pageFromHtml(ld('4501760'), job('4501753'))).detail).toBeNull();
    expect(readPage(paylocity, pageFromHtml('<h1>Job not found</h1>', job('4501753'))).detail).toBeNull();
  });
});
