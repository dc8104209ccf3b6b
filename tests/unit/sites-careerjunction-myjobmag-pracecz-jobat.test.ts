import { describe, expect, it } from 'vitest';
import { careerjunction } from '../../lib/sites/careerjunction';
import { jobat } from '../../lib/sites/jobat';
import { myjobmag } from '../../lib/sites/myjobmag';
import { pracecz } from '../../lib/sites/pracecz';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('CareerJunction', () => {
  it('reads each result: the id its title link carries and names, title (markup kept as text), company (none on an anonymous ad), the first place link', () => {
    const { cards } = readPage(careerjunction, loadFixture('careerjunction', 'results.html', 'https://www.careerjunction.co.za/jobs/results?keywords=ai'));
    expect(cardRows(cards)).toEqual([
      ['2700001', 'Machine Learning Engineer', 'Karoo Intelligence', 'Cape Town'],
      ['2700002', 'Forward Deployed Engineer', 'Highveld Agents', 'Johannesburg'],
      ['2700003', 'Bookkeeper <img src=x onerror=alert(1)>', undefined, 'Durban'],
    ]);
    expect(cards[0].job.url).toBe('https://www.careerjunction.co.za/machine-learning-engineer-job-2700001.aspx');
  });

  it("reads a job's page: heading, advertiser, place, posting; not when its save button names another job; the old address too", () => {
    const url = 'https://www.careerjunction.co.za/forward-deployed-engineer-job-2700002.aspx';
    const { detail } = readPage(careerjunction, loadFixture('careerjunction', 'job.html', url));
    expect(detail).toMatchObject({ id: '2700002', title: 'Forward Deployed Engineer', company: 'Highveld Agents', location: 'Johannesburg', url });
    expect(detail!.description).toContain('deploy our AI agents');
    expect(readPage(careerjunction, loadFixture('careerjunction', 'job.html', 'https://www.careerjunction.co.za/other-job-2700009.aspx')).detail).toBeNull();
    expect(readPage(careerjunction, loadFixture('careerjunction', 'job.html', 'https://www.careerjunction.co.za/JobDesc.aspx?ID=2700002')).detail?.url).toBe(
      'https://www.careerjunction.co.za/JobDesc.aspx?ID=2700002',
    );
  });
});

describe('MyJobMag', () => {
  it('reads each card: the slug its link names, the title and company its "Title at Company" joins (markup kept as text), the place; not an advert slot', () => {
    const { cards } = readPage(myjobmag, loadFixture('myjobmag', 'jobs.html', 'https://www.myjobmag.com/jobs'));
    expect(cardRows(cards)).toEqual([
      ['machine-learning-engineer-lagoon-ai-ltd', 'Machine Learning Engineer', 'Lagoon AI Ltd', 'Lagos'],
      ['forward-deployed-engineer-savannah-agents', 'Forward Deployed Engineer', 'Savannah Agents', undefined],
      ['chef-jollof-house', 'Chef <img src=x onerror=alert(1)>', 'Jollof House', undefined],
    ]);
  });

  it("reads a job's page: the position's own title, the company its link names, the labelled place, posting (not the way to apply)", () => {
    const url = 'https://www.myjobmag.com/job/forward-deployed-engineer-savannah-agents';
    const { detail } = readPage(myjobmag, loadFixture('myjobmag', 'job.html', url));
    expect(detail).toMatchObject({ id: 'forward-deployed-engineer-savannah-agents', title: 'Forward Deployed Engineer', company: 'Savannah Agents', location: 'Abuja', url });
    expect(detail!.description).toContain('deploy our AI agents');
    expect(detail!.description).not.toContain('Apply on our website');
  });

  it('reads the title from the heading where no position is named apart, and runs on every country host', () => {
    const page = pageFromHtml('<h1>Data Scientist at Safaricom PLC</h1><a href="/jobs-at/safaricom">View Jobs at Safaricom PLC</a><div class="job-details"><p>Models.</p></div>', 'https://www.myjobmag.co.ke/job/data-scientist-safaricom-plc');
    expect(readPage(myjobmag, page).detail).toMatchObject({ title: 'Data Scientist', company: 'Safaricom PLC' });
    expect(myjobmag.matches).toContain('https://www.myjobmagghana.com/*');
  });
});

describe('Prace.cz', () => {
  it("reads each card: the job its id names (an employer's own site linked), title (markup kept as text), company and place by their hidden labels", () => {
    const { cards } = readPage(pracecz, loadFixture('pracecz', 'nabidky.html', 'https://www.prace.cz/nabidky/?q=ai'));
    expect(cardRows(cards)).toEqual([
      ['5c0e0000-0000-4000-8000-000000000001', 'Machine Learning Engineer (LLM)', 'Morava AI s.r.o.', 'Brno'],
      ['5c0e0000-0000-4000-8000-000000000002', 'Forward Deployed Engineer', 'Vltava Agents a.s.', 'Praha'],
      ['5c0e0000-0000-4000-8000-000000000003', 'Kuchař <img src=x onerror=alert(1)>', undefined, 'Ostrava'],
    ]);
    expect(cards[1].job.url).toBe('https://www.prace.cz/nabidka/5c0e0000-0000-4000-8000-000000000002/');
  });

  it("reads a job's page from its JSON-LD, badged at its heading; not another job's data", () => {
    const url = 'https://www.prace.cz/nabidka/5c0e0000-0000-4000-8000-000000000001/';
    const { detail } = readPage(pracecz, loadFixture('pracecz', 'nabidka.html', url));
    expect(detail).toMatchObject({ id: '5c0e0000-0000-4000-8000-000000000001', title: 'Machine Learning Engineer (LLM)', company: 'Morava AI s.r.o.', url });
    expect(detail!.location).toContain('Brno');
    expect(detail!.description).toContain('evaluation pipelines');
    expect(detail!.description).not.toContain('<li>');
    expect(detail!.badgeAnchor?.tagName).toBe('H1');
  });
});

describe('Jobat', () => {
  it('reads each card: the id it carries and its link names, title (markup kept as text), company, place', () => {
    const { cards } = readPage(jobat, loadFixture('jobat', 'results.html', 'https://www.jobat.be/nl/jobs/results?keyword=ai'));
    expect(cardRows(cards)).toEqual([
      ['6500001', 'Machine Learning Engineer', 'Schelde AI', 'Gent'],
      ['6500002', 'Forward Deployed Engineer', 'Meuse Agents', 'Liège'],
      ['6500003', 'Kok <img src=x onerror=alert(1)>', 'De Kombuis', 'Brugge'],
    ]);
  });

  it("reads a job's page: heading, company, place, posting; a card whose id and link disagree is no job", () => {
    const url = 'https://www.jobat.be/fr/emplois/forward-deployed-engineer/job_6500002';
    const { detail } = readPage(jobat, loadFixture('jobat', 'job.html', url));
    expect(detail).toMatchObject({ id: '6500002', title: 'Forward Deployed Engineer', company: 'Meuse Agents', location: 'Liège', url });
    expect(detail!.description).toContain('deploy our AI agents');
    const recycled = '<div class="jobResults-card" data-jobid="6500001"><h2 class="jobTitle"><a href="/nl/jobs/kok/job_6500003">Kok</a></h2></div>';
    expect(readPage(jobat, pageFromHtml(recycled, 'https://www.jobat.be/nl/jobs/results')).cards).toEqual([]);
  });
});
