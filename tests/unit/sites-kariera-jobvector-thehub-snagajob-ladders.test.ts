import { describe, expect, it } from 'vitest';
import { jobvector } from '../../lib/sites/jobvector';
import { kariera } from '../../lib/sites/kariera';
import { ladders } from '../../lib/sites/ladders';
import { readPage } from '../../lib/sites/read-page';
import { snagajob } from '../../lib/sites/snagajob';
import { thehub } from '../../lib/sites/thehub';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Kariera.gr', () => {
  it('reads each card by its stable class stems and hooks: id, title (markup kept as text), company, place', () => {
    const { cards } = readPage(kariera, loadFixture('kariera', 'search.html', 'https://www.kariera.gr/en/jobs?title=ai'));
    expect(cardRows(cards)).toEqual([
      ['300101', 'Machine Learning Engineer', 'Olympus AI S.A.', 'Athens'],
      ['300102', 'Forward Deployed Engineer', 'Aegean Agents P.C.', 'Thessaloniki'],
      ['300103', 'Chef <img src=x onerror=alert(1)>', undefined, 'Heraklion'],
    ]);
    expect(cards[1].job.url).toBe('https://www.kariera.gr/en/jobs/information-technology-jobs/300102');
  });

  it("reads a job's page: the drawn title, company and posting, the place from its JSON-LD", () => {
    const { detail } = readPage(kariera, loadFixture('kariera', 'job.html', 'https://www.kariera.gr/en/jobs/information-technology-jobs/300102?sponsored'));
    expect(detail).toMatchObject({ id: '300102', title: 'Forward Deployed Engineer', company: 'Aegean Agents P.C.', location: 'Thessaloniki, GR' });
    expect(detail!.description).toContain('deploy our AI agents');
    expect(detail!.description).not.toContain('Short summary');
  });
});

describe('jobvector', () => {
  it('reads each card: the id its data and link agree on, title (markup kept as text), company, places', () => {
    const { cards } = readPage(jobvector, loadFixture('jobvector', 'search.html', 'https://www.jobvector.de/jobs/?q=ai'));
    expect(cardRows(cards)).toEqual([
      ['a1b2c3d4e5f60001', 'Machine Learning Engineer (m/w/d)', 'Isar KI GmbH', 'München, Bayern'],
      ['a1b2c3d4e5f60002', 'Forward Deployed Engineer (m/w/d)', 'Spree Agents GmbH', 'Berlin'],
      ['a1b2c3d4e5f60003', 'Laborant <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
    expect(cards[1].job.url).toBe('https://www.jobvector.de/job/forward-deployed-engineer-a1b2c3d4e5f60002/');
  });

  it("reads a job's page from its JSON-LD; none without it", () => {
    const url = 'https://www.jobvector.de/job/forward-deployed-engineer-a1b2c3d4e5f60002/';
    const { detail } = readPage(jobvector, loadFixture('jobvector', 'job.html', url));
    expect(detail).toMatchObject({ id: 'a1b2c3d4e5f60002', title: 'Forward Deployed Engineer (m/w/d)', company: 'Spree Agents GmbH', location: 'Berlin, DE' });
    expect(detail!.description).toContain('KI-Agenten');
    expect(readPage(jobvector, pageFromHtml('<h1>Chemiker</h1>', url)).detail).toBeNull();
  });
});

describe('The Hub', () => {
  it("reads each card: the id its overlaid link names, title (markup kept as text), company and place from the card's list", () => {
    const { cards } = readPage(thehub, loadFixture('thehub', 'search.html', 'https://thehub.io/jobs?countryCode=DK'));
    expect(cardRows(cards)).toEqual([
      ['6a0000000000000000000001', 'Machine Learning Engineer', 'Fjord AI', 'Copenhagen, Denmark'],
      ['6a0000000000000000000002', 'Forward Deployed Engineer', 'Skerry Agents', 'Stockholm, Sweden'],
      ['6a0000000000000000000003', 'Barista <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
  });

  it("reads a job's page: title, the startup's link, the place after it, the posting", () => {
    const { detail } = readPage(thehub, loadFixture('thehub', 'job.html', 'https://thehub.io/jobs/6a0000000000000000000002'));
    expect(detail).toMatchObject({ id: '6a0000000000000000000002', title: 'Forward Deployed Engineer', company: 'Skerry Agents', location: 'Stockholm, Sweden' });
    expect(detail!.description).toContain('deploy our AI agents');
  });
});

describe('Snagajob', () => {
  it('reads each job-card: the id its microdata and link agree on (not a card naming two), title (markup kept as text), company, place', () => {
    const { cards } = readPage(snagajob, loadFixture('snagajob', 'search.html', 'https://www.snagajob.com/search?q=data'));
    expect(cardRows(cards)).toEqual([
      ['1300000001', 'AI Data Annotation Specialist', 'Piedmont Data Services', 'Charlotte, NC'],
      ['1300000002', 'Machine Learning Engineer', 'Catawba AI', undefined],
      ['1300000003', 'Line Cook <img src=x onerror=alert(1)>', 'Queen City Grill', undefined],
    ]);
  });

  it("reads a job's page by its snagtags", () => {
    const { detail } = readPage(snagajob, loadFixture('snagajob', 'job.html', 'https://www.snagajob.com/jobs/1300000002'));
    expect(detail).toMatchObject({ id: '1300000002', title: 'Machine Learning Engineer', company: 'Catawba AI', location: 'Charlotte, NC 28202' });
    expect(detail!.description).toContain('model-serving pipeline');
  });
});

describe('Ladders', () => {
  it('reads each card of either design: id, title (markup kept as text), company, place; and the chosen card\'s job in the pane', () => {
    const { cards, detail } = readPage(ladders, loadFixture('ladders', 'search.html', 'https://www.theladders.com/jobs/searchresults-jobs?keywords=ai'));
    expect(cardRows(cards)).toEqual([
      ['90000001', 'Staff Machine Learning Engineer', 'Hudson AI', 'New York, NY'],
      ['90000002', 'Forward Deployed Engineer', 'Catskill Agents', 'Remote'],
      ['90000003', 'Executive Chef <img src=x onerror=alert(1)>', 'Harbor House', 'Boston, MA'],
    ]);
    expect(cards[1].job.url).toBe('https://www.theladders.com/job/forward-deployed-engineer-catskill-agents-remote_90000002');
    expect(detail).toMatchObject({ id: '90000002', title: 'Forward Deployed Engineer', company: 'Catskill Agents', location: 'Remote' });
    expect(detail!.description).toContain('deploy our AI agents');
  });

  it("reads a job's page, the posting from its JSON-LD where the page scrambles it for visitors", () => {
    const { detail } = readPage(ladders, loadFixture('ladders', 'job.html', 'https://www.theladders.com/job/staff-machine-learning-engineer-hudson-ai-new-york-ny_90000001'));
    expect(detail).toMatchObject({ id: '90000001', title: 'Staff Machine Learning Engineer', company: 'Hudson AI', location: 'New York, NY' });
    expect(detail!.description).toBe('Train and serve ranking models used by every product team.');
  });

  it('shows no pane job where no card is chosen', () => {
    const html = '<div class="job-list-detail-container"><h1 class="job-view-title">Data Engineer</h1></div>';
    expect(readPage(ladders, pageFromHtml(html, 'https://www.theladders.com/jobs/searchresults-jobs?keywords=data')).detail).toBeNull();
  });
});
