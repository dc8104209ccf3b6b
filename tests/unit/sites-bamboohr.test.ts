import { describe, expect, it } from 'vitest';
import { bamboohr } from '../../lib/sites/bamboohr';
import { linkedPostings } from '../../lib/sites/linked-postings';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://lumenpath.bamboohr.com/careers';

describe('BambooHR careers list', () => {
  it("reads each job's link and the place beside it, under the job's id", () => {
    const page = loadFixture('bamboohr', 'careers.html', BOARD);
    const { cards } = readPage(bamboohr, page);
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['LI', '36', 'Machine Learning Engineer, Retrieval', 'Lumenpath', 'Lehi, Utah', `${BOARD}/36`],
      ['LI', '39', 'Solutions Engineer, AI Deployments', 'Lumenpath', 'Remote', `${BOARD}/39`],
      ['LI', '41', 'Benefits Coordinator', 'Lumenpath', 'Toronto, Ontario', `${BOARD}/41`],
    ]);
  });

  it('reads the list of before 2023 (view.php links)', () => {
    const { cards } = readPage(bamboohr, loadFixture('bamboohr', 'jobs-2021.html', 'https://lumenpath.bamboohr.com/jobs/'));
    expect(cards.map(({ job }) => [job.id, job.title, job.location, job.url])).toEqual([
      ['12', 'Data Scientist, Forecasting', 'Salt Lake City, Utah', 'https://lumenpath.bamboohr.com/jobs/view.php?id=12'],
      ['14', 'Office Manager', 'Provo, Utah', 'https://lumenpath.bamboohr.com/jobs/view.php?id=14'],
    ]);
  });

  it("reads no card from a link to BambooHR's own site or to the list", () => {
    const html = '<div id="js-careers-root"><ul><li><a href="https://www.bamboohr.com/careers/5">Powered by BambooHR</a></li><li><a href="/careers">All jobs</a></li></ul></div>';
    expect(readPage(bamboohr, pageFromHtml(html, BOARD)).cards).toEqual([]);
  });
});

describe('BambooHR job page', () => {
  it('reads the headline, the Location fact and the posting, badged at the headline', () => {
    const page = loadFixture('bamboohr', 'job.html', `${BOARD}/36`);
    const { detail } = readPage(bamboohr, page);
    expect(detail).toMatchObject({ id: '36', title: 'Machine Learning Engineer, Retrieval', company: 'Lumenpath', location: 'Lehi, Utah', url: `${BOARD}/36` });
    expect(detail!.description).toContain('Own the embedding pipeline and the model-serving infrastructure.');
    expect(detail!.description).not.toContain('Employment Type');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('[data-fabric-component="Headline"]'));
  });

  it("reads the page's JSON-LD for this job first, and nothing on a page that shows none", () => {
    const ld = (url: string) =>
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Applied AI Engineer","url":"${url}","hiringOrganization":{"name":"Lumenpath Inc."},"description":"<p>Deploy our models with customers.</p>"}</script>`;
    expect(readPage(bamboohr, pageFromHtml(ld(`${BOARD}/52`), `${BOARD}/52`)).detail).toMatchObject({ id: '52', title: 'Applied AI Engineer', company: 'Lumenpath Inc.' });
    expect(readPage(bamboohr, pageFromHtml(ld(`${BOARD}/51`), `${BOARD}/52`)).detail).toBeNull();
    expect(readPage(bamboohr, pageFromHtml('<h1>Page not found</h1>', `${BOARD}/52`)).detail).toBeNull();
  });
});

describe("BambooHR's board embedded in a company's own page", () => {
  it('is read by its links, each job under its BambooHR id', () => {
    const html = `<title>Careers | Lumenpath</title><div id="BambooHR" data-domain="lumenpath.bamboohr.com"><div class="BambooHR-ATS-board"><h2>Open Positions</h2>
      <ul class="BambooHR-ATS-Department-List"><li id="bhrDepartmentID_7" class="BambooHR-ATS-Department-Item"><div class="BambooHR-ATS-Department-Header">Engineering</div>
      <ul class="BambooHR-ATS-Jobs-List"><li id="bhrPositionID_36" class="BambooHR-ATS-Jobs-Item"><a href="//lumenpath.bamboohr.com/careers/36">
        Machine Learning Engineer, Retrieval</a><span class="BambooHR-ATS-Location">Lehi, Utah</span></li></ul></li></ul></div></div>`;
    const read = linkedPostings(pageFromHtml(html, 'https://www.lumenpath.example/careers'));
    expect(read.map(({ site, job }) => [site, job.id, job.title, job.location])).toEqual([['bamboohr', '36', 'Machine Learning Engineer, Retrieval', 'Lehi, Utah']]);
  });
});
