import { describe, expect, it } from 'vitest';
import { deshaw } from '../../lib/sites/deshaw';
import { dropbox } from '../../lib/sites/dropbox';
import { expedia } from '../../lib/sites/expedia';
import { hrt } from '../../lib/sites/hrt';
import { readPage } from '../../lib/sites/read-page';
import { roblox } from '../../lib/sites/roblox';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Roblox Careers', () => {
  it('reads each text card linking to a job: its Greenhouse id, the heading (markup kept as text), the place; not a link with no heading', () => {
    const page = loadFixture('roblox', 'search.html', 'https://careers.roblox.com/jobs?teams=Engineering');
    const { cards } = readPage(roblox, page);
    expect(cardRows(cards)).toEqual([
      ['7400001', 'Principal Machine Learning Engineer, Recommendations', 'Roblox', 'San Mateo, CA, United States'],
      ['7400002', 'Solutions Engineer, Creator Partnerships', 'Roblox', undefined],
      ['7400003', 'Workplace Coordinator <img src=x onerror=alert(1)>', 'Roblox', 'London, United Kingdom'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h3'));
  });

  it("reads a job's page: the title, the first detail as the place (not the internal ID), the posting without pay and closing words; its related jobs as cards", () => {
    const { detail, cards } = readPage(roblox, loadFixture('roblox', 'job.html', 'https://careers.roblox.com/jobs/7400001'));
    expect(detail).toMatchObject({ id: '7400001', title: 'Principal Machine Learning Engineer, Recommendations', company: 'Roblox', location: 'San Mateo, CA, United States', url: 'https://careers.roblox.com/jobs/7400001' });
    expect(detail!.description).toContain('Train and serve the ranking models');
    expect(detail!.description).not.toContain('Annual Salary Range');
    expect(detail!.description).not.toContain('equal employment');
    expect(cardRows(cards)).toEqual([['7400002', 'Solutions Engineer, Creator Partnerships', 'Roblox', 'New York, NY, United States']]);
  });
});

describe('Expedia Group Careers', () => {
  it('reads each result: the requisition its link names, the title (markup kept as text), the place', () => {
    const { cards } = readPage(expedia, loadFixture('expedia', 'search.html', 'https://careers.expediagroup.com/jobs/?keyword=ai'));
    expect(cardRows(cards)).toEqual([
      ['R-190001', 'Senior Machine Learning Engineer, Search Ranking', 'Expedia Group', 'United States - Washington - Seattle'],
      ['R-190002-2', 'Partner Solutions Engineer, AI', 'Expedia Group', undefined],
      ['R-190003', 'Travel Consultant <img src=x onerror=alert(1)>', 'Expedia Group', 'Czechia - Prague'],
    ]);
    expect(cards[1].job.url).toBe('https://careers.expediagroup.com/job/partner-solutions-engineer-ai/london/R-190002-2/');
  });

  it("reads a job's page: the Desc heading, the first side fact as the place, the posting", () => {
    const url = 'https://careers.expediagroup.com/job/partner-solutions-engineer-ai/london/R-190002-2/';
    const { detail } = readPage(expedia, loadFixture('expedia', 'job.html', url));
    expect(detail).toMatchObject({ id: 'R-190002-2', title: 'Partner Solutions Engineer, AI', company: 'Expedia Group', location: 'United Kingdom - England - London', url });
    expect(detail!.description).toContain('integrate our AI trip-planning and pricing models');
  });
});

describe('D. E. Shaw Careers', () => {
  it("reads each job card by its data-job-id (agreeing with its link's): the display name (markup kept as text), the place; not a card whose link names another job", () => {
    const page = loadFixture('deshaw', 'search.html', 'https://www.deshaw.com/careers');
    const { cards } = readPage(deshaw, page);
    expect(cardRows(cards)).toEqual([
      ['6101', 'Machine Learning Researcher', 'D. E. Shaw', 'New York'],
      ['6102', 'Forward Deployed Engineer – Investment Teams', 'D. E. Shaw', 'London'],
      ['6103', 'Executive Assistant <img src=x onerror=alert(1)>', 'D. E. Shaw', undefined],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('.job-display-name'));
  });

  it("reads a job's page: the header's title and place, the posting's sections (not the disclaimer); its JobPosting data in Title Case is this job's", () => {
    const { detail } = readPage(deshaw, loadFixture('deshaw', 'job.html', 'https://www.deshaw.com/careers/forward-deployed-engineer-investment-teams-6102'));
    expect(detail).toMatchObject({ id: '6102', title: 'Forward Deployed Engineer – Investment Teams', company: 'D. E. Shaw', location: 'London' });
    expect(detail!.description).toContain('integrate models into their workflows');
    expect(detail!.description).toContain('Who we’re looking for');
    expect(detail!.description).not.toContain('equal opportunity');
  });
});

describe('Dropbox Jobs', () => {
  it('reads each listing: its Greenhouse id, the title after the place (markup kept as text), the place', () => {
    const { cards } = readPage(dropbox, loadFixture('dropbox', 'search.html', 'https://jobs.dropbox.com/all-jobs'));
    expect(cardRows(cards)).toEqual([
      ['8200001', 'Senior Machine Learning Engineer, Dash Search', 'Dropbox', 'Remote - US: All locations'],
      ['8200002', 'Solutions Engineer, Dash for Business', 'Dropbox', undefined],
      ['8200003', 'Office Experience Lead <img src=x onerror=alert(1)>', 'Dropbox', 'Dublin, Ireland'],
    ]);
    expect(cards[1].job.url).toBe('https://jobs.dropbox.com/listing/8200002');
  });

  it("reads a job's page: the title, the subtitle's place, the posting", () => {
    const { detail } = readPage(dropbox, loadFixture('dropbox', 'job.html', 'https://jobs.dropbox.com/listing/8200002?gh_jid=8200002'));
    expect(detail).toMatchObject({ id: '8200002', title: 'Solutions Engineer, Dash for Business', company: 'Dropbox', location: 'Remote - US: Select locations', url: 'https://jobs.dropbox.com/listing/8200002' });
    expect(detail!.description).toContain('roll out Dash, our AI search');
    expect(dropbox.isJobPage(new URL('https://jobs.dropbox.com/listing/8200002/apply'))).toBe(false);
  });
});

describe('Hudson River Trading Careers', () => {
  it("reads each card: the role's slug, the title link (markup kept as text), the desktop list's places (not the category, not the phones' copy)", () => {
    const { cards } = readPage(hrt, loadFixture('hrt', 'search.html', 'https://www.hudsonrivertrading.com/careers/'));
    expect(cardRows(cards)).toEqual([
      ['machine-learning-researcher', 'Machine Learning Researcher', 'Hudson River Trading', 'New York; London'],
      ['software-engineer-c', 'Software Engineer (C++)', 'Hudson River Trading', undefined],
      ['office-manager-2', 'Office Manager <img src=x onerror=alert(1)>', 'Hudson River Trading', 'Singapore'],
    ]);
    expect(cards[0].job.url).toBe('https://www.hudsonrivertrading.com/hrt-job/machine-learning-researcher/');
  });

  it("reads a role's page as a posting under its heading; nothing on a page that is none", () => {
    const url = 'https://www.hudsonrivertrading.com/hrt-job/machine-learning-researcher/';
    const { detail } = readPage(hrt, loadFixture('hrt', 'job.html', url));
    expect(detail).toMatchObject({ id: 'machine-learning-researcher', title: 'Machine Learning Researcher', company: 'Hudson River Trading', url });
    expect(detail!.description).toContain('Build the training infrastructure');
    expect(readPage(hrt, pageFromHtml('<h1>Machine Learning Researcher</h1><p>Closed.</p>', url)).detail).toBeNull();
  });
});
