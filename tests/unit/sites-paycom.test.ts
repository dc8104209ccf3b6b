import { describe, expect, it } from 'vitest';
import { paycom } from '../../lib/sites/paycom';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const PORTAL = 'https://www.paycomonline.net/v4/ats/web.php/portal/EADEA190247F3A600C15C7900B9DC6D1';

describe('Paycom job boards', () => {
  it("reads each link to a job page: its id, the title (markup in it kept as text), the place under it; not the link to the older board", () => {
    const { cards } = readPage(paycom, loadFixture('paycom', 'career-page.html', `${PORTAL}/career-page`));
    expect(cards.map(({ job }) => [job.id, job.title, job.location, job.url])).toEqual([
      ['611001', 'Machine Learning Platform Engineer', 'Oklahoma City, OK', `${PORTAL}/jobs/611001`],
      ['611002', 'Forward Deployed AI Engineer', 'Remote (US)', `${PORTAL}/jobs/611002`],
      ['611003', 'Leasing Consultant <img src=x onerror=alert(1)>', 'Tulsa, OK', `${PORTAL}/jobs/611003`],
    ]);
  });

  it("reads the older board's cards, one link each to ViewJobDetails", () => {
    const html = `<div id="results"><li class="jobInfo JobListing"><a class="JobListing__container" href="/v4/ats/web.php/jobs/ViewJobDetails?job=147865&amp;clientkey=7E727DF780BD14DC46D8F6654DA626DB"><span class="jobInfoLine jobTitle">Data Analyst</span><span class="jobInfoLine jobLocation JobListing__subTitle">Dallas, TX</span></a></li></div>`;
    const { cards } = readPage(paycom, pageFromHtml(html, 'https://www.paycomonline.net/v4/ats/web.php/jobs?clientkey=7E727DF780BD14DC46D8F6654DA626DB'));
    expect(cards.map(({ job }) => [job.id, job.title, job.location])).toEqual([['147865', 'Data Analyst', 'Dallas, TX']]);
  });

  it("runs only on the applicant tracking's paths of the host, not its payroll and HR app", () => {
    expect(paycom.matches).toEqual(['https://www.paycomonline.net/v4/ats/web.php/*', 'https://paycomonline.net/v4/ats/web.php/*']);
    expect(paycom.isJobPage(new URL('https://www.paycomonline.net/v4/ee/web.php/app/login'))).toBe(false);
  });
});

describe('Paycom job page', () => {
  it("reads its schema.org data (the company is named there) under the id its address names", () => {
    const { detail } = readPage(paycom, loadFixture('paycom', 'job.html', `${PORTAL}/jobs/611002`));
    expect(detail).toMatchObject({ id: '611002', title: 'Forward Deployed AI Engineer', company: 'Redbud Health Analytics', url: `${PORTAL}/jobs/611002` });
    expect(detail!.description).toContain('integrate and deploy our clinical language models');
  });

  it("reads nothing while the app's shell has no data for the job", () => {
    expect(readPage(paycom, pageFromHtml('<title>Loading...</title><div id="root"></div>', `${PORTAL}/jobs/611009`)).detail).toBeNull();
  });
});
