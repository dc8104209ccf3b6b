import { describe, expect, it } from 'vitest';
import { euraxess } from '../../lib/sites/euraxess';
import { higheredjobs } from '../../lib/sites/higheredjobs';
import { neogov } from '../../lib/sites/neogov';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('HigherEdJobs', () => {
  it('reads each result row: the job code its link names, the title (markup kept as text), and the institution and place on the lines under it (not the pay or a "Priority" mark)', () => {
    const { cards } = readPage(higheredjobs, loadFixture('higheredjobs', 'search.html', 'https://www.higheredjobs.com/search/advanced_action.cfm?Keyword=machine+learning'));
    expect(cardRows(cards)).toEqual([
      ['179900101', 'Forward Deployed AI Engineer, Research Computing', 'Lakeshore State University', 'Duluth, MN'],
      ['179900102', 'Assistant Professor of Computer Science - Machine Learning Systems', 'Prairie Technical College', 'Ames, IA'],
      ['179900103', 'Dining Services Manager <img src=x onerror=alert(1)>', 'Bayside Community College', 'Tampa, FL'],
    ]);
    expect(cards[0].job.url).toBe('https://www.higheredjobs.com/search/details.cfm?JobCode=179900101');
  });

  it("reads a job page's heading, institution, place without its 'in', and posting (its JSON-LD, broken by raw quotes, is not needed)", () => {
    const { detail } = readPage(higheredjobs, loadFixture('higheredjobs', 'job.html', 'https://www.higheredjobs.com/search/details.cfm?JobCode=179900101&Title=Forward%20Deployed'));
    expect(detail).toMatchObject({ id: '179900101', title: 'Forward Deployed AI Engineer, Research Computing', company: 'Lakeshore State University', location: 'Duluth, MN', url: 'https://www.higheredjobs.com/search/details.cfm?JobCode=179900101' });
    expect(detail!.description).toContain('You deploy our LLM and retrieval services with research groups');
    expect(readPage(higheredjobs, loadFixture('higheredjobs', 'job.html', 'https://www.higheredjobs.com/faculty/details.cfm?jobcode=179900101')).detail?.id).toBe('179900101');
  });
});

describe('EURAXESS', () => {
  it('reads each search result: the node its title link names, the title (markup kept as text), the organisation, the country its label highlights', () => {
    const { cards } = readPage(euraxess, loadFixture('euraxess', 'search.html', 'https://euraxess.ec.europa.eu/jobs/search?keywords=ai'));
    expect(cardRows(cards)).toEqual([
      ['420101', 'Research Engineer, Foundation Model Training', "Institut Alpin d'Informatique", 'France'],
      ['420102', 'Forward Deployed AI Engineer (Research Software)', 'Baltic Centre for Applied AI', 'Estonia'],
      ['420103', 'Laboratory Technician <img src=x onerror=alert(1)>', 'Universidade do Atlântico', 'Portugal'],
    ]);
  });

  it("reads a job page's title from its header card (not the page heading \"Job offer\"), organisation, city and country, and the posting's sections", () => {
    const { detail } = readPage(euraxess, loadFixture('euraxess', 'job.html', 'https://euraxess.ec.europa.eu/jobs/420102'));
    expect(detail).toMatchObject({ id: '420102', title: 'Forward Deployed AI Engineer (Research Software)', company: 'Baltic Centre for Applied AI', location: 'Tartu, Estonia', url: 'https://euraxess.ec.europa.eu/jobs/420102' });
    expect(detail!.description).toContain("integrate them with each hospital's data");
    expect(detail!.description).toContain("A master's degree");
  });

  it("takes a card's work locations, without their count, where it highlights no country", () => {
    const html = `<ul aria-label="Search results items"><li><div id="job-teaser-content"><article><h3 class="ecl-content-block__title"><a href="/jobs/420109">Data Steward</a></h3>
      <div class="id-Work-Locations"><div class="ecl-text-standard">Number of offers: 2, Belgium, Ghent</div></div></article></div></li></ul>`;
    expect(cardRows(readPage(euraxess, pageFromHtml(html, 'https://euraxess.ec.europa.eu/jobs/search')).cards)).toEqual([['420109', 'Data Steward', undefined, 'Belgium, Ghent']]);
  });
});

describe('GovernmentJobs and SchoolJobs (NEOGOV)', () => {
  it("reads an agency's list: the id each item carries and its link agreeing, the title (markup kept as text, not the link's flyout label), the place first in its facts", () => {
    const { cards } = readPage(neogov, loadFixture('neogov', 'agency.html', 'https://www.governmentjobs.com/careers/lakecounty'));
    expect(cardRows(cards)).toEqual([
      ['5510101', 'AI Solutions Engineer (Forward Deployed)', undefined, 'Waukegan, IL'],
      ['5510102', 'Machine Learning Engineer - Data Platform', undefined, 'Libertyville, IL'],
      ['5510103', 'Park Maintenance Worker <img src=x onerror=alert(1)>', undefined, 'Grayslake, IL'],
    ]);
  });

  it("reads the keyword search's cards with each employer, and none whose id and link disagree", () => {
    const { cards } = readPage(neogov, loadFixture('neogov', 'search.html', 'https://www.governmentjobs.com/jobs?keyword=data'));
    expect(cardRows(cards)).toEqual([
      ['5510201-0', 'Data Scientist II', 'City of Boulder', 'Boulder, CO'],
      ['5510202-0', 'GIS Analyst', 'Larimer County', 'Fort Collins, CO'],
    ]);
  });

  it("reads a job page from its JobPosting and the posting's tab (not the benefits tab); nothing from a print view's address", () => {
    const url = 'https://www.governmentjobs.com/careers/lakecounty/jobs/5510101/ai-solutions-engineer-forward-deployed';
    const { detail } = readPage(neogov, loadFixture('neogov', 'job.html', url));
    expect(detail).toMatchObject({ id: '5510101', title: 'AI Solutions Engineer (Forward Deployed)', company: 'Lake County, IL', location: 'Waukegan, IL', url });
    expect(detail!.description).toContain('integrating them with its case and records systems');
    expect(detail!.description).not.toContain('Pension');
    expect(readPage(neogov, loadFixture('neogov', 'job.html', 'https://www.governmentjobs.com/careers/lakecounty/jobs/newprint/5510101')).detail).toBeNull();
  });
});
