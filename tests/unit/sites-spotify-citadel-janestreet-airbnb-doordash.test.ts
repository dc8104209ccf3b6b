import { describe, expect, it } from 'vitest';
import { airbnb } from '../../lib/sites/airbnb';
import { citadel } from '../../lib/sites/citadel';
import { doordash } from '../../lib/sites/doordash';
import { asLatin, janestreet } from '../../lib/sites/janestreet';
import { readPage } from '../../lib/sites/read-page';
import { spotify } from '../../lib/sites/spotify';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Spotify (Life at Spotify)', () => {
  it('reads each clickable card by its slug: the h2 title (markup kept as text), the place, Spotify as the company; no card whose slug is no slug', () => {
    const page = loadFixture('spotify', 'search.html', 'https://www.lifeatspotify.com/jobs?c=engineering');
    const { cards } = readPage(spotify, page);
    expect(cardRows(cards)).toEqual([
      ['senior-machine-learning-engineer-personalization', 'Senior Machine Learning Engineer, Personalization', 'Spotify', 'Stockholm or London'],
      ['forward-deployed-engineer-podcast-partners', 'Forward Deployed Engineer, Podcast Partners', 'Spotify', 'New York'],
      ['barista-stockholm-office', 'Barista <img src=x onerror=alert(1)>', 'Spotify', undefined],
    ]);
    expect(cards[0].job.url).toBe('https://www.lifeatspotify.com/jobs/senior-machine-learning-engineer-personalization');
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h2'));
  });

  it("reads a job's page: the role with its team from the page title, the last detail line as the place, the posting's blocks (not the pay and EEO text)", () => {
    const url = 'https://www.lifeatspotify.com/jobs/forward-deployed-engineer-podcast-partners';
    const { detail } = readPage(spotify, loadFixture('spotify', 'job.html', url));
    expect(detail).toMatchObject({ id: 'forward-deployed-engineer-podcast-partners', title: 'Forward Deployed Engineer - Podcast Partners', company: 'Spotify', location: 'New York', url });
    expect(detail!.description).toContain('Embed with partner teams and deploy our models');
    expect(detail!.description).not.toContain('equal opportunity');
  });

  it('keeps the heading alone when the page title names another role, and reads nothing without a heading', () => {
    const html = '<title>Data Engineer | Life at Spotify</title><main><h1>Backend Engineer</h1></main>';
    expect(readPage(spotify, pageFromHtml(html, 'https://www.lifeatspotify.com/jobs/backend-engineer-subscriptions')).detail).toMatchObject({ title: 'Backend Engineer' });
    expect(readPage(spotify, pageFromHtml('<main><p>Not found</p></main>', 'https://www.lifeatspotify.com/jobs/backend-engineer-subscriptions')).detail).toBeNull();
  });
});

describe('Citadel and Citadel Securities', () => {
  it("reads each listing card: its slug, the h2 title (else its data-position, markup kept as text), the places, the firm its address's host is", () => {
    const { cards } = readPage(citadel, loadFixture('citadel', 'search.html', 'https://www.citadel.com/careers/open-opportunities/'));
    expect(cardRows(cards)).toEqual([
      ['machine-learning-engineer-research-platform', 'Machine Learning Engineer – Research Platform', 'Citadel', 'Greenwich, Miami, New York'],
      ['forward-deployed-engineer-portfolio-teams', 'Forward Deployed Engineer', 'Citadel', 'London'],
      ['office-coordinator', 'Office Coordinator <img src=x onerror=alert(1)>', 'Citadel', 'Chicago'],
    ]);
    expect(cards[1].job.url).toBe('https://www.citadel.com/careers/details/forward-deployed-engineer-portfolio-teams/');
    const securities = readPage(citadel, loadFixture('citadel', 'search.html', 'https://www.citadelsecurities.com/careers/open-opportunities/'));
    // The first card's absolute link is citadel.com's: Citadel's role, listed on Citadel Securities' host.
    expect(securities.cards.map(({ job }) => [job.id, job.company])).toEqual([
      ['machine-learning-engineer-research-platform', 'Citadel'],
      ['forward-deployed-engineer-portfolio-teams', 'Citadel Securities'],
      ['office-coordinator', 'Citadel Securities'],
    ]);
  });

  it("reads a role's page from its JobPosting data, else as a posting under its heading", () => {
    const url = 'https://www.citadel.com/careers/details/forward-deployed-engineer-portfolio-teams/';
    const { detail } = readPage(citadel, loadFixture('citadel', 'job.html', url));
    expect(detail).toMatchObject({ id: 'forward-deployed-engineer-portfolio-teams', title: 'Forward Deployed Engineer', company: 'Citadel', location: 'London, GB', url });
    expect(detail!.description).toContain("deploy our research platform's models");
    expect(readPage(citadel, pageFromHtml('<main><h1>Software Engineer</h1><p>Short.</p></main>', url)).detail).toBeNull();
  });
});

describe('Jane Street', () => {
  it('reads each row of the open roles: the id its link names, the title (Lisu look-alike letters as Latin ones), the place', () => {
    const { cards } = readPage(janestreet, loadFixture('janestreet', 'search.html', 'https://www.janestreet.com/join-jane-street/open-roles/?type=experienced-candidates&location=all-locations'));
    expect(cardRows(cards)).toEqual([
      ['9100001002', 'Machine Learning Researcher', 'Jane Street', 'New York'],
      ['9100002002', 'Forward Deployed Engineer', 'Jane Street', 'London'],
      ['9100003002', 'Chef <img src=x onerror=alert(1)>', 'Jane Street', undefined],
    ]);
    expect(cards[0].job.url).toBe('https://www.janestreet.com/join-jane-street/position/9100001002/');
  });

  it("reads a role's page: the title (from the page title where no heading shows it), the LOCATION line, the posting", () => {
    const url = 'https://www.janestreet.com/join-jane-street/position/9100001002/';
    const { detail } = readPage(janestreet, loadFixture('janestreet', 'job.html', url));
    expect(detail).toMatchObject({ id: '9100001002', title: 'Machine Learning Researcher', company: 'Jane Street', location: 'New York', url });
    expect(detail!.description).toContain('build the training and inference systems');
    expect(readPage(janestreet, pageFromHtml('<h1>Software Engineer</h1>', url)).detail).toBeNull();
  });

  it('reads only the Lisu letters that draw as Latin capitals, and leaves other text as it is', () => {
    expect(asLatin('ꓟachine ꓡearning ꓣesearcher')).toBe('Machine Learning Researcher');
    expect(asLatin('ꓕꓘ Δ 数据')).toBe('ꓕꓘ Δ 数据');
  });
});

describe('Airbnb Careers', () => {
  it('reads each listed position: the Greenhouse id its link names, title (markup kept as text), the place on the right, not the team', () => {
    const page = loadFixture('airbnb', 'search.html', 'https://careers.airbnb.com/positions/?_departments=engineering');
    const { cards } = readPage(airbnb, page);
    expect(cardRows(cards)).toEqual([
      ['7300001', 'Senior Machine Learning Engineer, Search Ranking', 'Airbnb', 'United States'],
      ['7300002', 'Forward Deployed Engineer, Hosting Partners', 'Airbnb', undefined],
      ['7300003', 'Hospitality Coordinator <img src=x onerror=alert(1)>', 'Airbnb', 'Dublin, Ireland'],
    ]);
    expect(cards[1].job.url).toBe('https://careers.airbnb.com/positions/7300002/');
  });

  it("reads a position's page: the h1, every office, the posting", () => {
    const { detail } = readPage(airbnb, loadFixture('airbnb', 'job.html', 'https://careers.airbnb.com/positions/7300002?gh_jid=7300002'));
    expect(detail).toMatchObject({ id: '7300002', title: 'Forward Deployed Engineer, Hosting Partners', company: 'Airbnb', location: 'San Francisco, CA; Seattle, WA', url: 'https://careers.airbnb.com/positions/7300002/' });
    expect(detail!.description).toContain('integrating our pricing models');
  });
});

describe('DoorDash Careers', () => {
  it('reads each job item: the Greenhouse id of its address (not the requisition shown), title (markup kept as text), the places', () => {
    const { cards } = readPage(doordash, loadFixture('doordash', 'search.html', 'https://careersatdoordash.com/job-search/?keyword=machine%20learning'));
    expect(cardRows(cards)).toEqual([
      ['7900001', 'Machine Learning Engineer, Ads Ranking', 'DoorDash', 'San Francisco, CA; Seattle, WA'],
      ['7900002', 'Solutions Engineer, Merchant Integrations', 'DoorDash', undefined],
      ['7900003', 'Dasher Support Lead <img src=x onerror=alert(1)>', 'DoorDash', 'Toronto, ON'],
    ]);
    expect(cards[1].job.url).toBe('https://careersatdoordash.com/jobs/solutions-engineer-merchant-integrations/7900002/');
  });

  it("reads a job's page as a posting under its heading, DoorDash as the company", () => {
    const url = 'https://careersatdoordash.com/jobs/solutions-engineer-merchant-integrations/7900002/';
    const { detail } = readPage(doordash, loadFixture('doordash', 'job.html', url));
    expect(detail).toMatchObject({ id: '7900002', title: 'Solutions Engineer, Merchant Integrations', company: 'DoorDash', url });
    expect(detail!.description).toContain('work directly with our largest merchant customers');
  });
});
