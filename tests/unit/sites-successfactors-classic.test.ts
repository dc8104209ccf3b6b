import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { successfactorsClassic } from '../../lib/sites/successfactors-classic';
import { loadFixture, pageFromHtml } from './site-fixture';

const HOST = 'https://career8.successfactors.com';
const JOB = `${HOST}/career?company=harborana&career_ns=job_listing&career_job_req_id=20417`;

describe("SAP SuccessFactors' classic career pages", () => {
  it("reads a job's page: the heading's title without the tenant's label and the id, the place after the posting date, the posting", () => {
    const page = loadFixture('successfactors-classic', 'job.html', `${JOB}&navBarLevel=JOB_SEARCH&utm_source=feed`);
    const { cards, detail } = readPage(successfactorsClassic, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({ id: '20417', title: 'Machine Learning Engineer, Forecasting Platform', location: 'Lisbon - Avenida da Liberdade 110', url: JOB });
    expect(detail!.description).toContain('Train and ship the forecasting models');
    expect(detail!.description).toContain('<img src=x onerror=alert(1)>');
    expect(page.document.querySelector('img[onerror]')).toBeNull();
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('.pagetitle h1'));
    expect(detail!.element).toBe(page.document.querySelector('.pagetitle'));
  });

  it('reads the job after the site posted its form, the address naming only a token: its id and tenant from the hidden fields', () => {
    const page = loadFixture('successfactors-classic', 'job.html', `${HOST}/career?_s.crb=Qk9hY3Jvc3M`);
    expect(successfactorsClassic.detail!(page)).toMatchObject({ id: '20417', title: 'Machine Learning Engineer, Forecasting Platform', url: JOB });
  });

  it('takes the default label off a heading worded as the tab title, a colon inside the title kept', () => {
    const html = (title: string, heading: string) =>
      `<title>${title}</title><form><input type="hidden" name="career_ns" value="job_listing"><div class="pagetitle"><h1>${heading}</h1></div></form>`;
    const read = (title: string, heading: string) => successfactorsClassic.detail!(pageFromHtml(html(title, heading), JOB))?.title;
    expect(read('Career Opportunities: Analyst: Credit Risk (20417)', 'Career Opportunities: Analyst: Credit Risk (20417)')).toBe('Analyst: Credit Risk');
    expect(read('Stellenangebote: Data Engineer (m/w/d) (20417)', 'Stellenangebote: Data Engineer (m/w/d) (20417)')).toBe('Data Engineer (m/w/d)');
    expect(read('Career Opportunities: Data Engineer (20417)', "Let's begin! Data Engineer (20417)")).toBe('Data Engineer');
    expect(read('', 'Career Opportunities: Data Engineer (20417)')).toBe('Data Engineer');
    expect(read('Harbor Analytics Careers', 'Career Opportunities: Data Engineer (20417)')).toBe('Data Engineer');
    expect(read('Data Engineer (20417)', 'Data Engineer (20417)')).toBe('Data Engineer');
  });

  it('reads no job on a list, an application step or a page whose form shows no job', () => {
    const noJob = '<form><input type="hidden" name="career_ns" value="job_listing_summary"><input type="hidden" name="career_job_req_id" value="20417"><h1>Search Jobs</h1></form>';
    expect(successfactorsClassic.detail!(pageFromHtml(noJob, `${HOST}/career?company=harborana&career_ns=job_listing_summary`))).toBeNull();
    expect(successfactorsClassic.detail!(pageFromHtml('<h1>Apply: Data Engineer</h1>', `${HOST}/career?company=harborana&career_ns=job_application&career_job_req_id=20417`))).toBeNull();
    expect(successfactorsClassic.detail!(pageFromHtml('<p>Loading...</p>', JOB))).toBeNull();
  });

  it("takes a job's id from its addresses only on SAP's career hosts and paths", () => {
    const id = (href: string) => successfactorsClassic.postingIdOf!(new URL(href));
    expect(id(JOB)).toBe('20417');
    expect(id(`${HOST}/sfcareer/jobreqcareer?jobId=14588&company=MoodysProd`)).toBe('14588');
    expect(id('https://career55.sapsf.eu/portalcareer?jobId=812&company=systemvent')).toBe('812');
    expect(id(`${HOST}/career?company=harborana&career_ns=job_application&career_job_req_id=20417`)).toBeUndefined();
    expect(id(`${HOST}/career?company=harborana&career_ns=job_listing&career_job_req_id=drop%20table`)).toBeUndefined();
    expect(id('https://performancemanager8.successfactors.com/career?career_job_req_id=20417')).toBeUndefined();
    expect(id('https://career8.successfactors.com.evil.example/career?career_job_req_id=20417')).toBeUndefined();
  });
});
