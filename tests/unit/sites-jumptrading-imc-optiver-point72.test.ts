import { describe, expect, it } from 'vitest';
import { imc } from '../../lib/sites/imc';
import { jumpTrading } from '../../lib/sites/jumptrading';
import { optiver } from '../../lib/sites/optiver';
import { point72 } from '../../lib/sites/point72';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Jump Trading Careers', () => {
  it('reads each filled-in card: the Greenhouse id its link names, the title (markup kept as text), the place; not the template still reading "Jobs Title"', () => {
    const page = loadFixture('jumptrading', 'search.html', 'https://www.jumptrading.com/hr/experienced-candidates');
    const { cards } = readPage(jumpTrading, page);
    expect(cardRows(cards)).toEqual([
      ['8300001', 'AI Research Engineer', 'Jump Trading', 'Chicago; London'],
      ['8300002', 'Forward Deployed Engineer, Trading Teams', 'Jump Trading', undefined],
      ['8300003', 'Facilities Coordinator <img src=x onerror=alert(1)>', 'Jump Trading', 'New York'],
    ]);
    expect(cards[1].job.url).toBe('https://www.jumptrading.com/hr/job?gh_jid=8300002');
  });

  it("reads a job's page from its JobPosting data, and none for another job's data", () => {
    const { detail } = readPage(jumpTrading, loadFixture('jumptrading', 'job.html', 'https://www.jumptrading.com/hr/job?gh_jid=8300001'));
    expect(detail).toMatchObject({ id: '8300001', title: 'AI Research Engineer', company: 'Jump Trading', location: 'Chicago, IL', url: 'https://www.jumptrading.com/hr/job?gh_jid=8300001' });
    expect(detail!.description).toContain('Train and evaluate large models');
    expect(readPage(jumpTrading, loadFixture('jumptrading', 'job.html', 'https://www.jumptrading.com/hr/job?gh_jid=8300009')).detail).toBeNull();
  });
});

describe('IMC Trading Careers', () => {
  it('reads each card link: the Greenhouse id, the h2 title (markup kept as text), the place after its icon; not a link to a list', () => {
    const { cards } = readPage(imc, loadFixture('imc', 'search.html', 'https://www.imc.com/us/search-careers'));
    expect(cardRows(cards)).toEqual([
      ['4900000101', 'Machine Learning Engineer', 'IMC Trading', 'Chicago, New York'],
      ['4900000102', 'Forward Deployed Engineer, Trading Desks', 'IMC Trading', undefined],
      ['4900000103', 'Office Manager <img src=x onerror=alert(1)>', 'IMC Trading', 'Amsterdam'],
    ]);
    expect(cards[2].job.url).toBe('https://www.imc.com/eu/careers/jobs/4900000103');
  });

  it("reads a job's page as a posting under its heading", () => {
    const { detail } = readPage(imc, loadFixture('imc', 'job.html', 'https://www.imc.com/us/careers/jobs/4900000102/'));
    expect(detail).toMatchObject({ id: '4900000102', title: 'Forward Deployed Engineer, Trading Desks', company: 'IMC Trading', url: 'https://www.imc.com/us/careers/jobs/4900000102' });
    expect(detail!.description).toContain('Work directly with trading teams');
  });
});

describe('Optiver Careers', () => {
  it('reads each link to a job holding a heading: its department, office and slug as the id, the title (markup kept as text)', () => {
    const { cards } = readPage(optiver, loadFixture('optiver', 'search.html', 'https://www.optiver.com/join-us/jobs'));
    expect(cardRows(cards)).toEqual([
      ['technology/amsterdam/machine-learning-engineer-research-platform', 'Machine Learning Engineer – Research Platform', 'Optiver', undefined],
      ['technology/sydney/forward-deployed-engineer-trading-desks', 'Forward Deployed Engineer – Trading Desks', 'Optiver', undefined],
      ['operations/chicago/office-coordinator', 'Office Coordinator <img src=x onerror=alert(1)>', 'Optiver', undefined],
    ]);
  });

  it("reads a job's page: the h1, the Location pair, the rich-text posting (its JobPosting data has none)", () => {
    const url = 'https://www.optiver.com/join-us/jobs/technology/sydney/forward-deployed-engineer-trading-desks/';
    const { detail } = readPage(optiver, loadFixture('optiver', 'job.html', url));
    expect(detail).toMatchObject({ id: 'technology/sydney/forward-deployed-engineer-trading-desks', title: 'Forward Deployed Engineer – Trading Desks', company: 'Optiver', location: 'Sydney', url });
    expect(detail!.description).toContain('deploy our pricing models and research tools');
  });
});

describe('Point72 Careers', () => {
  it('reads each listed job: the job code its title link names (not the "Apply now" link), the title (markup kept as text), the places', () => {
    const page = loadFixture('point72', 'search.html', 'https://careers.point72.com/CSCareerSearch');
    const { cards } = readPage(point72, page);
    expect(cardRows(cards)).toEqual([
      ['PIT-0099001', 'Machine Learning Engineer, Market Intelligence', 'Point72', 'New York | London'],
      ['CSS-0099002', 'Forward Deployed Engineer, Portfolio Teams', 'Point72', undefined],
      ['CPA-0099003', 'Executive Assistant <img src=x onerror=alert(1)>', 'Point72', 'Stamford'],
    ]);
    expect(cards[1].job.badgeAnchor).toBe(page.document.querySelectorAll('h4 a.searchSite')[1]);
    expect(cards[0].job.url).toBe('https://careers.point72.com/CSJobDetail?jobCode=PIT-0099001');
  });

  it("reads a job's page as a posting under its heading; none without a job code", () => {
    const { detail } = readPage(point72, loadFixture('point72', 'job.html', 'https://careers.point72.com/CSJobDetail?jobName=forward-deployed-engineer&jobCode=CSS-0099002'));
    expect(detail).toMatchObject({ id: 'CSS-0099002', title: 'Forward Deployed Engineer, Portfolio Teams', company: 'Point72' });
    expect(detail!.description).toContain('deploy our models, data products and agents');
    expect(readPage(point72, pageFromHtml('<h1>Analyst</h1>', 'https://careers.point72.com/CSJobDetail?jobName=analyst')).detail).toBeNull();
  });
});
