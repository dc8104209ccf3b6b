import { describe, expect, it } from 'vitest';
import { hays } from '../../lib/sites/hays';
import { michaelpage } from '../../lib/sites/michaelpage';
import { randstad } from '../../lib/sites/randstad';
import { readPage } from '../../lib/sites/read-page';
import { roberthalf } from '../../lib/sites/roberthalf';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Michael Page and Page Personnel', () => {
  it("reads each job tile: the reference its address names, the title (markup kept as text), the place; no company (the client is not named), no job-alert box", () => {
    const { cards } = readPage(michaelpage, loadFixture('michaelpage', 'search.html', 'https://www.michaelpage.co.uk/jobs/machine-learning'));
    expect(cardRows(cards)).toEqual([
      ['jn-112026-7200101', 'Forward Deployed AI Engineer', undefined, 'City of London'],
      ['jn-112026-7200102', 'ML Platform Engineer', undefined, 'Manchester'],
      ['jn-112026-7200103', 'Finance Manager <img src=x onerror=alert(1)>', undefined, 'Leeds'],
    ]);
    expect(cards[0].job.url).toBe('https://www.michaelpage.co.uk/job-detail/forward-deployed-ai-engineer/ref/jn-112026-7200101');
  });

  it('reads no tile whose address and title link name different jobs', () => {
    const html = `<div about="/job-detail/a/ref/jn-112026-7200101" class="job-tile search-job-tile"><div class="job-title"><h3><a href="/job-detail/b/ref/jn-112026-7200109">AI Engineer</a></h3></div></div>`;
    expect(readPage(michaelpage, pageFromHtml(html, 'https://www.michaelpage.de/jobs/it')).cards).toEqual([]);
  });

  it("reads a job page's heading, place and posting (not its posted date), the agency's JSON-LD name not taken for the employer", () => {
    const url = 'https://www.michaelpage.co.uk/job-detail/forward-deployed-ai-engineer/ref/jn-112026-7200101';
    const { detail } = readPage(michaelpage, loadFixture('michaelpage', 'job.html', `${url}?source=mypage-saved-jobs`));
    expect(detail).toMatchObject({ id: 'jn-112026-7200101', title: 'Forward Deployed AI Engineer', location: 'City of London', url });
    expect(detail!.company).toBeUndefined();
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
    expect(detail!.description).not.toContain('Posted on');
  });

  it('reads the same reference on every PageGroup host, in either case', () => {
    expect(michaelpage.isJobPage(new URL('https://www.pagepersonnel.fr/job-detail/comptable/ref/JN-112026-7200104'))).toBe(true);
    const page = pageFromHtml('<h1 class="job-apply-job-title">Comptable</h1>', 'https://www.pagepersonnel.fr/job-detail/comptable/ref/JN-112026-7200104');
    expect(readPage(michaelpage, page).detail?.id).toBe('jn-112026-7200104');
  });
});

describe('Robert Half', () => {
  it("reads each job card, as served (its data in slotted children) and as the app draws it (in attributes): the id, title (markup kept as text), place; not the open job's pane", () => {
    const { cards, detail } = readPage(roberthalf, loadFixture('roberthalf', 'search.html', 'https://www.roberthalf.com/us/en/jobs?query=ai'));
    expect(cardRows(cards)).toEqual([
      ['04130-0013600101-usen', 'Forward Deployed AI Engineer', undefined, 'Austin, TX'],
      ['04130-0013600102-usen', 'ML Platform Engineer', undefined, 'Remote'],
      ['04130-0013600103-usen', 'Staff Accountant <img src=x onerror=alert(1)>', undefined, 'Dallas, TX'],
    ]);
    expect(cards.map(({ element }) => element.closest('#root') !== null)).toEqual([false, false, true]);
    expect(detail).toMatchObject({ id: '04130-0013600101-usen', title: 'Forward Deployed AI Engineer', location: 'Austin, TX' });
    expect(detail!.element.getAttribute('data-testid')).toBe('job-details');
    expect(detail!.description).toBe("Our client, an AI start-up, needs an engineer to deploy its LLM agents at customer sites.\nIntegrate with each customer's data");
  });

  it("reads a job page's card, its posting unescaped as text (never as markup); not a card of another job", () => {
    const url = 'https://www.roberthalf.com/us/en/job/austin-tx/forward-deployed-ai-engineer/04130-0013600101-usen';
    const { cards, detail } = readPage(roberthalf, loadFixture('roberthalf', 'job.html', url));
    expect(detail).toMatchObject({ id: '04130-0013600101-usen', title: 'Forward Deployed AI Engineer', location: 'Austin, TX', url });
    expect(detail!.description).toContain('deploy its LLM agents at customer sites');
    expect(detail!.description).not.toContain('<');
    expect(cardRows(cards)).toEqual([['04130-0013600102-usen', 'ML Platform Engineer', undefined, 'Remote']]);
    const other = 'https://www.roberthalf.com/us/en/job/remote/ml-platform-engineer/04130-0013600102-usen';
    expect(readPage(roberthalf, loadFixture('roberthalf', 'job.html', other)).detail).toBeNull();
  });

  it("reads no card whose own id and address name different jobs, and no salary guide's page as a job's", () => {
    const html = `<rhcl-job-card job-id="04130-0013600101-usen" headline="AI Engineer" destination="/us/en/job/austin-tx/ai-engineer/04130-0013600109-usen"></rhcl-job-card>`;
    expect(readPage(roberthalf, pageFromHtml(html, 'https://www.roberthalf.com/us/en/jobs')).cards).toEqual([]);
    expect(roberthalf.isJobPage(new URL('https://www.roberthalf.com/gb/en/job-details/devops-engineer/london'))).toBe(false);
  });

  it('reads a card whose link to its job is in no named slot, its title the link', () => {
    const html = `<rhcl-job-card><h3><a href="/us/en/job/remote/ai-engineer/04130-0013600109-usen">AI Engineer</a></h3></rhcl-job-card>`;
    expect(cardRows(readPage(roberthalf, pageFromHtml(html, 'https://www.roberthalf.com/us/en/jobs')).cards)).toEqual([['04130-0013600109-usen', 'AI Engineer', undefined, undefined]]);
  });
});

describe('Hays', () => {
  it("reads each card of the shared front end by the reference in the hidden fields beside it (not the mobile copy's), the title (markup kept as text), the place; and the job open beside the list", () => {
    const { cards, detail } = readPage(hays, loadFixture('hays', 'search.html', 'https://www.hays.com/job-search?q=AI'));
    expect(cardRows(cards)).toEqual([
      ['1190101', 'Forward Deployed AI Engineer', undefined, 'Austin, TX'],
      ['1190102', 'ML Platform Engineer', undefined, 'Remote'],
      ['1190103', 'Payroll Specialist <img src=x onerror=alert(1)>', undefined, 'Dallas, TX'],
    ]);
    expect(detail).toMatchObject({ id: '1190101', title: 'Forward Deployed AI Engineer', location: 'Austin, TX', url: 'https://www.hays.com/job-detail/forward-deployed-ai-engineer-austin_1190101' });
    expect(detail!.description).toContain('deploy its LLM agents at customer sites');
  });

  it("reads a job page's pane, and none whose reference is another job's than the address's", () => {
    const url = 'https://www.hays.co.uk/job-detail/ml-platform-engineer-manchester_4600102';
    expect(readPage(hays, loadFixture('hays', 'job.html', `${url}?applyId=JOB_1`)).detail).toMatchObject({ id: '4600102', title: 'ML Platform Engineer', location: 'Manchester', url });
    expect(readPage(hays, loadFixture('hays', 'job.html', 'https://www.hays.co.uk/job-detail/ml-platform-engineer-manchester_4600109')).detail).toBeNull();
  });

  it('reads a job page drawn without the pane from its JSON-LD (hays.nl, hays.fr)', () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","identifier":{"value":"1049921"},"description":"<p>Build data pipelines.</p>","jobLocation":{"address":{"addressLocality":"Utrecht"}}}</script><h1>Data Engineer</h1>`;
    const { detail } = readPage(hays, pageFromHtml(html, 'https://www.hays.nl/vacature-details/data-engineer-utrecht_1049921'));
    expect(detail).toMatchObject({ id: '1049921', title: 'Data Engineer', location: 'Utrecht', description: 'Build data pipelines.' });
  });

  it("reads hays.de's cards and job pages: the id their addresses name, the place among the lines under the heading", () => {
    const { cards } = readPage(hays, loadFixture('hays', 'de-search.html', 'https://www.hays.de/jobsuche/stellenangebote-jobs?q=KI'));
    expect(cardRows(cards)).toEqual([
      ['910101', 'Forward Deployed AI Engineer (m/w/d)', undefined, 'München'],
      ['910102', 'ML Platform Engineer (m/w/d)', undefined, 'Berlin'],
      ['910103', 'Lohnbuchhalter <img src=x onerror=alert(1)> (m/w/d)', undefined, 'Hamburg'],
    ]);
    const url = 'https://www.hays.de/jobsuche/stellenangebote-jobs-detail-forward-deployed-ai-engineer-muenchen-910101/1';
    const { detail } = readPage(hays, loadFixture('hays', 'de-job.html', url));
    expect(detail).toMatchObject({ id: '910101', title: 'Forward Deployed AI Engineer (m/w/d)', location: 'München', url });
    expect(detail!.description).toContain('You deploy our client');
  });
});

describe('Randstad', () => {
  it("reads each card: the id its title link's address ends with, the title (markup kept as text), the place", () => {
    const { cards } = readPage(randstad, loadFixture('randstad', 'search.html', 'https://www.randstad.ca/jobs/q-ai/'));
    expect(cardRows(cards)).toEqual([
      ['47300101', 'Forward Deployed AI Engineer', undefined, 'Toronto, Ontario'],
      ['47300102', 'ML Platform Engineer', undefined, 'Montréal, Quebec'],
      ['47300103', 'Payroll Administrator <img src=x onerror=alert(1)>', undefined, 'Calgary, Alberta'],
    ]);
  });

  it("reads a job page's heading and posting, the place from its JSON-LD; the similar jobs as cards", () => {
    const url = 'https://www.randstad.ca/jobs/forward-deployed-ai-engineer_toronto_47300101/';
    const { cards, detail } = readPage(randstad, loadFixture('randstad', 'job.html', url));
    expect(detail).toMatchObject({ id: '47300101', title: 'Forward Deployed AI Engineer', location: 'Toronto, Ontario, CA', url });
    expect(detail!.description).toContain('Integrate the agents with each customer');
    expect(cards.map(({ job }) => job.id)).toEqual(['47300102']);
  });

  it('tells job pages from lists on every form of address: UUIDs, folders, randstadusa.com', () => {
    const ids = [
      'https://www.randstad.com.au/jobs/product-manager_sydney_d95ff90a-d191-4742-97a4-63cfd6393a27/',
      'https://www.randstad.co.nz/jobs/join-our-team/product-owner_auckland_47245312/',
      'https://www.randstadusa.com/jobs/4/1343959/senior-azure-devops-cloud-platform-engineer_woburn/',
      'https://www.randstad.ca/jobs/q-data/s-technologies/ontario/contract/',
    ].map((u) => readPage(randstad, pageFromHtml('<h1>Product Manager</h1>', u)).detail?.id);
    expect(ids).toEqual(['d95ff90a-d191-4742-97a4-63cfd6393a27', '47245312', '1343959', undefined]);
  });
});
