import { describe, expect, it } from 'vitest';
import { atlassian } from '../../lib/sites/atlassian';
import { goldmanSachs } from '../../lib/sites/goldmansachs';
import { readPage } from '../../lib/sites/read-page';
import { revolut } from '../../lib/sites/revolut';
import { snap } from '../../lib/sites/snap';
import { zalando } from '../../lib/sites/zalando';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Atlassian Careers', () => {
  it("reads each row of all jobs: the iCIMS id its link names, title (markup kept as text), the place cell; not a row linking elsewhere", () => {
    const page = loadFixture('atlassian', 'search.html', 'https://www.atlassian.com/company/careers/all-jobs?team=Engineering');
    const { cards } = readPage(atlassian, page);
    expect(cardRows(cards)).toEqual([
      ['27001', 'Principal Machine Learning Engineer, Rovo', 'Atlassian', 'Sydney, Australia'],
      ['27002', 'AI Solutions Engineer, Enterprise Customers', 'Atlassian', 'Remote, United States'],
      ['27003', 'Workplace Experience Lead <img src=x onerror=alert(1)>', 'Atlassian', undefined],
    ]);
    expect(cards[0].job.url).toBe('https://www.atlassian.com/company/careers/details/27001');
  });

  it("reads a job's page: the heading, the place out of the highlighted line, the posting around them", () => {
    const { detail } = readPage(atlassian, loadFixture('atlassian', 'job.html', 'https://www.atlassian.com/company/careers/details/27002'));
    expect(detail).toMatchObject({ id: '27002', title: 'AI Solutions Engineer, Enterprise Customers', company: 'Atlassian', location: 'Remote, United States' });
    expect(detail!.description).toContain('deploy Rovo agents on their own data');
  });
});

describe('Revolut Careers', () => {
  it('reads each drawn position by the UUID its link names (title, each place span), then the positions only the data holds, listed, not badged', () => {
    const page = loadFixture('revolut', 'search.html', 'https://www.revolut.com/en-GB/careers/');
    const { cards } = readPage(revolut, page);
    expect(cardRows(cards)).toEqual([
      ['a1b2c3d4-0001-4000-8000-000000000001', 'Senior Machine Learning Engineer (Fraud)', 'Revolut', 'Office: London · Krakow; Remote: Poland'],
      ['a1b2c3d4-0002-4000-8000-000000000002', 'Forward Deployed Engineer (Business Banking)', 'Revolut', undefined],
      ['a1b2c3d4-0003-4000-8000-000000000003', 'Office Manager <img src=x onerror=alert(1)>', 'Revolut', 'Remote: Portugal'],
      ['a1b2c3d4-0004-4000-8000-000000000004', 'Data Scientist (Credit)', 'Revolut', 'Lithuania - Remote'],
    ]);
    expect(cards[3].element).toBe(page.document.getElementById('__NEXT_DATA__'));
    expect(cards[0].job.url).toBe('https://www.revolut.com/careers/position/a1b2c3d4-0001-4000-8000-000000000001/');
    const listed = revolut.embeddedJobs!(page).map(({ job }) => [job.id, job.title, job.location]);
    expect(listed).toEqual([
      ['a1b2c3d4-0001-4000-8000-000000000001', 'Senior Machine Learning Engineer (Fraud)', 'London, United Kingdom; Poland - Remote'],
      ['a1b2c3d4-0004-4000-8000-000000000004', 'Data Scientist (Credit)', 'Lithuania - Remote'],
    ]);
  });

  it("reads a position's page from the data it was served with (the posting as text), and none when the data is another position's", () => {
    const url = 'https://www.revolut.com/careers/position/forward-deployed-engineer-business-banking-a1b2c3d4-0002-4000-8000-000000000002/';
    const page = loadFixture('revolut', 'job.html', url);
    const { detail } = readPage(revolut, page);
    expect(detail).toMatchObject({
      id: 'a1b2c3d4-0002-4000-8000-000000000002',
      title: 'Forward Deployed Engineer (Business Banking)',
      company: 'Revolut',
      location: 'Spain - Remote; Portugal - Remote',
      url: 'https://www.revolut.com/careers/position/a1b2c3d4-0002-4000-8000-000000000002/',
    });
    expect(detail!.description).toContain("Build integrations with each customer's systems <script>");
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
    const other = 'https://www.revolut.com/careers/position/a1b2c3d4-0009-4000-8000-000000000009/';
    expect(readPage(revolut, loadFixture('revolut', 'job.html', other)).detail).toBeNull();
  });
});

describe('Zalando Jobs', () => {
  it('reads each card: the id its link names, the h2 title (markup kept as text), the place after the job family', () => {
    const { cards } = readPage(zalando, loadFixture('zalando', 'search.html', 'https://jobs.zalando.com/en/jobs?page=1'));
    expect(cardRows(cards)).toEqual([
      ['2790001', 'Senior Applied Scientist (All Genders) - Recommendations', 'Zalando', 'Berlin'],
      ['2790002', 'Forward Deployed Engineer (All Genders) - Partner Solutions', 'Zalando', undefined],
      ['2790003', 'Store Associate <img src=x onerror=alert(1)>', 'Zalando', 'Dublin'],
    ]);
    expect(cards[0].job.url).toBe('https://jobs.zalando.com/en/jobs/2790001');
  });

  it("reads a job's page: the h1, the Location term's value, the posting after the application form", () => {
    const { detail } = readPage(zalando, loadFixture('zalando', 'job.html', 'https://jobs.zalando.com/en/jobs/2790002-Forward-Deployed-Engineer-(all-genders)'));
    expect(detail).toMatchObject({ id: '2790002', title: 'Forward Deployed Engineer (All Genders) - Partner Solutions', company: 'Zalando', location: 'Berlin', url: 'https://jobs.zalando.com/en/jobs/2790002' });
    expect(detail!.description).toContain('integrating our recommendation and pricing models');
    expect(detail!.description).not.toContain('Application Form');
  });
});

describe('Snap Inc. Careers', () => {
  it("reads each table row: the id its link's query names, title (markup kept as text), the last cell's places", () => {
    const page = loadFixture('snap', 'search.html', 'https://careers.snap.com/jobs?team=Engineering');
    const { cards } = readPage(snap, page);
    expect(cardRows(cards)).toEqual([
      ['R0099001', 'Lead Machine Learning Engineer, Gen AI', 'Snap Inc.', 'London; Santa Monica'],
      ['R0099002', 'Solutions Engineer, Snap AR Partners', 'Snap Inc.', 'New York'],
      ['H226FO1', 'Fab Operator <img src=x onerror=alert(1)>', 'Snap Inc.', undefined],
    ]);
    expect(cards[1].job.url).toBe('https://careers.snap.com/job?id=R0099002');
  });

  it("reads a job's page from the data it was served with under this job's key; none for another job's", () => {
    const page = loadFixture('snap', 'job.html', 'https://careers.snap.com/job?id=R0099002');
    const { detail } = readPage(snap, page);
    expect(detail).toMatchObject({ id: 'R0099002', title: 'Solutions Engineer, Snap AR Partners', company: 'Snap Inc.', location: 'New York, New York; Los Angeles, California' });
    expect(detail!.description).toContain('integrating Lens Studio and our ML models');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h2'));
    expect(readPage(snap, loadFixture('snap', 'job.html', 'https://careers.snap.com/job?id=R0099003')).detail).toBeNull();
    const broken = '<script>window.ASYNC_DATA_CONTROLLER_CACHE = {"job-R0099002": {"data": </script>';
    expect(readPage(snap, pageFromHtml(broken, 'https://careers.snap.com/job?id=R0099002')).detail).toBeNull();
  });
});

describe('Goldman Sachs Careers', () => {
  it("reads each result's role link: the role's number (without a campus suffix), its text the title (markup kept as text)", () => {
    const { cards } = readPage(goldmanSachs, loadFixture('goldmansachs', 'search.html', 'https://higher.gs.com/results?page=1&sort=RELEVANCE'));
    expect(cardRows(cards)).toEqual([
      ['190001', 'Machine Learning Engineer, Marcus Platform', 'Goldman Sachs', undefined],
      ['190002', '2027 | Americas | Engineering Analyst', 'Goldman Sachs', undefined],
      ['190003', 'Executive Assistant <img src=x onerror=alert(1)>', 'Goldman Sachs', undefined],
    ]);
    expect(cards[1].job.url).toBe('https://higher.gs.com/roles/190002');
  });

  it("reads a role's page as a posting under its heading; nothing while the app shows no posting", () => {
    const { detail } = readPage(goldmanSachs, loadFixture('goldmansachs', 'job.html', 'https://higher.gs.com/roles/190004'));
    expect(detail).toMatchObject({ id: '190004', title: 'Forward Deployed Engineer, Asset & Wealth Management AI', company: 'Goldman Sachs', url: 'https://higher.gs.com/roles/190004' });
    expect(detail!.description).toContain('deploy our platform');
    expect(readPage(goldmanSachs, pageFromHtml('<title>Careers | Goldman Sachs</title><div id="__next"></div>', 'https://higher.gs.com/roles/190004')).detail).toBeNull();
  });
});
