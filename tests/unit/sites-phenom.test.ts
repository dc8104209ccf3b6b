import { describe, expect, it } from 'vitest';
import { phenom } from '../../lib/sites/phenom';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://jobs.rbc.com/ca/en/search-results?keywords=ai';
const JOB = 'https://jobs.rbc.com/ca/en/job/R-0000099001/Machine-Learning-Engineer-Fraud-Models';

describe('Phenom search results', () => {
  it("reads each card from its job link's data attributes: id, title, place, the host's company", () => {
    const page = loadFixture('phenom', 'search.html', SEARCH);
    const { cards } = readPage(phenom, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['R-0000099001', 'Machine Learning Engineer, Fraud Models', 'RBC', 'Toronto, Ontario, Canada'],
      ['R-0000099002', 'Client Solutions Engineer, Generative AI', 'RBC', 'Montreal, Quebec, Canada'],
      ['R-0000099003', 'Branch Advisor & Client Service', 'RBC', 'Halifax, Nova Scotia, Canada'],
    ]);
    expect(cards[0].element.tagName).toBe('LI');
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('.job-title'));
    expect(cards[0].job.url).toBe(JOB);
  });

  it("reads HPE's cards, a div rather than a list item, and its job ids, whose addresses may have no slug", () => {
    const html = `<div class="phs-jobs-list"><div class="jobs-list-item" data-ph-at-id="jobs-list-item">
      <a data-ph-at-id="job-link" data-ph-at-job-id-text="1207699" data-ph-at-job-title-text="AI Infrastructure Engineer" data-ph-at-job-location-text="Bangalore, Karnataka, India" href="https://careers.hpe.com/us/en/job/1207699"><span>AI Infrastructure Engineer</span></a>
      <div data-ph-at-id="jobdescription-text">Build the clusters our customers train models on.</div></div></div>`;
    const page = pageFromHtml(html, 'https://careers.hpe.com/us/en/search-results?qcountry=India');
    expect(phenom.isJobPage(page.url)).toBe(true);
    const { cards } = readPage(phenom, page);
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['DIV', '1207699', 'AI Infrastructure Engineer', 'Hewlett Packard Enterprise', 'Bangalore, Karnataka, India', 'https://careers.hpe.com/us/en/job/1207699'],
    ]);
  });

  it('reads a newer build by its links alone: the place from the field beside the link, without its label', () => {
    const { cards } = readPage(phenom, loadFixture('phenom', 'search-2026.html', 'https://careers.gene.com/us/en/c/data-science-ai-ml-jobs'));
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.location])).toEqual([
      ['A', '202611-100123', 'Senior Data Scientist, Clinical ML', 'Genentech', 'South San Francisco, California'],
      // "Available in 3 locations" names no place
      ['A', '202611-100124', 'Lab Operations Specialist', 'Genentech', undefined],
    ]);
  });

  it("lists a page as the server sends it from its boot data (cards not drawn yet), listed but not badged", () => {
    const served = `<script>var phApp = phApp || {"locale":"en_ca"};
      phApp.ddo = {"eagerLoadRefineSearch":{"status":200,"totalHits":2,"data":{"jobs":[
        {"jobId":"R-0000099005","title":"Risk &amp; Controls Analyst","cityStateCountry":"Toronto, Ontario, Canada"},
        {"jobId":"R-0000099006","title":"AI Platform Engineer","location":"Montreal"},{"title":"no id"}]}}};</script>
      <ul data-ph-at-id="jobs-list"><li>\${pageStateData.searchKeyword}</li></ul>`;
    const { cards } = readPage(phenom, pageFromHtml(served, SEARCH));
    expect(cards.map(({ embedded, job }) => [embedded, job.id, job.title, job.company, job.location, job.url])).toEqual([
      [true, 'R-0000099005', 'Risk & Controls Analyst', 'RBC', 'Toronto, Ontario, Canada', 'https://jobs.rbc.com/ca/en/job/R-0000099005'],
      [true, 'R-0000099006', 'AI Platform Engineer', 'RBC', 'Montreal', 'https://jobs.rbc.com/ca/en/job/R-0000099006'],
    ]);
    // Drawn, the page's cards are read instead (the fixture's boot data holds only its first job).
    expect(readPage(phenom, loadFixture('phenom', 'search.html', SEARCH)).cards.every(({ embedded }) => !embedded)).toBe(true);
  });

  it('reads no card from a link that names no job', () => {
    const html = '<ul><li data-ph-at-id="jobs-list-item"><a data-ph-at-id="job-link" href="/ca/en/benefits">Benefits</a></li></ul>';
    expect(readPage(phenom, pageFromHtml(html, SEARCH)).cards).toEqual([]);
  });
});

describe("Phenom under a path of an employer's main site (Qualtrics' /careers)", () => {
  const QUALTRICS = 'https://www.qualtrics.com/careers/us/en';
  it('claims only the site under that path, and reads its cards and its boot data with the path kept', () => {
    const is = (url: string) => phenom.isJobPage(new URL(url));
    expect(is(`${QUALTRICS}/search-results?m=3&keywords=ai`)).toBe(true);
    expect(is(`${QUALTRICS}/job/6825916?gh_jid=6825916`)).toBe(true);
    expect(is('https://www.qualtrics.com/us/en/search-results')).toBe(false);
    expect(is('https://www.qualtrics.com/careers/')).toBe(false);
    const html = `<ul data-ph-at-id="jobs-list"><li data-ph-at-id="jobs-list-item">
      <a data-ph-at-id="job-link" data-ph-at-job-title-text="Machine Learning Engineer, XM Discover" data-ph-at-job-location-text="Seattle, Washington, United States" href="${QUALTRICS}/job/6825916?gh_jid=6825916"><span class="job-title">Machine Learning Engineer, XM Discover</span></a></li></ul>`;
    const { cards } = readPage(phenom, pageFromHtml(html, `${QUALTRICS}/search-results?m=3`));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['6825916', 'Machine Learning Engineer, XM Discover', 'Qualtrics', 'Seattle, Washington, United States', `${QUALTRICS}/job/6825916`],
    ]);
    const served = `<script>phApp.ddo = {"eagerLoadRefineSearch":{"data":{"jobs":[{"jobId":"6825917","title":"AI Platform Engineer","location":"Provo"}]}}};</script>`;
    expect(readPage(phenom, pageFromHtml(served, `${QUALTRICS}/search-results`)).cards.map(({ job }) => job.url)).toEqual([`${QUALTRICS}/job/6825917`]);
  });
});

describe('Phenom job page', () => {
  it("reads the header's data attributes and the description, badged at the heading", () => {
    const page = loadFixture('phenom', 'job.html', JOB);
    const { detail } = readPage(phenom, page);
    expect(detail).toMatchObject({ id: 'R-0000099001', title: 'Machine Learning Engineer, Fraud Models', company: 'RBC', location: 'Toronto, Ontario, Canada', url: JOB });
    expect(detail!.description).toContain('Train, evaluate and serve the models that score card payments for fraud.');
    expect(detail!.description).not.toContain('Apply Now');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
    expect(detail!.element.matches('.job-info')).toBe(true);
  });

  it("reads a 2026 build's job from its JSON-LD, under the id in the address", () => {
    const url = 'https://careers.gene.com/us/en/job/202611-100123/Senior-Data-Scientist-Clinical-ML';
    const { detail } = readPage(phenom, loadFixture('phenom', 'job-2026.html', url));
    expect(detail).toMatchObject({ id: '202611-100123', title: 'Senior Data Scientist, Clinical ML', company: 'Genentech', location: 'South San Francisco, California, United States' });
    expect(detail!.description).toContain('Fine-tune foundation models for imaging.');
  });

  it("falls back on the page's boot data for this job, never another job's", () => {
    const boot = (jobId: string) =>
      `<script>var phApp = phApp || {}; phApp.ddo = {"jobDetail":{"data":{"job":{"jobId":"${jobId}","title":"Risk &amp; Controls Analyst","cityStateCountry":"Toronto, Ontario, Canada","description":"<p>Review model risk.</p>"}}}};</script><h1>Risk &amp; Controls Analyst</h1>`;
    const url = 'https://jobs.rbc.com/ca/en/job/R-0000099004/Risk-Controls-Analyst';
    expect(readPage(phenom, pageFromHtml(boot('R-0000099004'), url)).detail).toMatchObject({
      id: 'R-0000099004',
      title: 'Risk & Controls Analyst',
      location: 'Toronto, Ontario, Canada',
      description: 'Review model risk.',
    });
    // Left over from the job viewed before (the site's app swaps pages without reloading).
    expect(readPage(phenom, pageFromHtml(boot('R-0000012345'), url)).detail).toBeNull();
  });

  it('reads nothing on a page of the site that shows no job', () => {
    expect(readPage(phenom, pageFromHtml('<h1>Join our talent community</h1>', JOB)).detail).toBeNull();
  });
});

describe("Phenom on a company's own domain", () => {
  it('is recognized by its markup or boot script on a search or job address, not elsewhere', () => {
    expect(recognizedAdapter(loadFixture('phenom', 'search.html', 'https://careers.acme-bank.example/ca/en/search-results'))).toBe(phenom);
    expect(recognizedAdapter(loadFixture('phenom', 'job-2026.html', 'https://jobs.acme-bank.example/job/202611-100123/Data-Scientist'))).toBe(phenom);
    expect(recognizedAdapter(loadFixture('phenom', 'search.html', 'https://careers.acme-bank.example/ca/en/benefits'))).toBeNull();
    expect(recognizedAdapter(pageFromHtml('<h1>Search results</h1>', 'https://careers.acme-bank.example/us/en/search-results'))).toBeNull();
  });
});
