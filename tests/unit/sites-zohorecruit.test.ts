import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { zohorecruit } from '../../lib/sites/zohorecruit';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://kaveri.zohorecruit.in/jobs/Careers';
const job = (id: string) => `${LIST}/${id}`;

describe('Zoho Recruit career site', () => {
  it("reads layout 3's cards: the job's link, the place beside the experience asked for (Remote Job: Remote); the company the page's title names", () => {
    const page = loadFixture('zohorecruit', 'careers.html', LIST);
    const { cards, detail } = readPage(zohorecruit, page);
    expect(cards.map(({ embedded, job: read }) => [embedded ?? false, read.id, read.title, read.company, read.location, read.url])).toEqual([
      [false, '743130000009790001', 'ML Engineer, Document AI', 'Kaveri Analytics', 'Chennai, Tamil Nadu, India', job('743130000009790001')],
      [false, '743130000009790014', 'Customer Success Associate', 'Kaveri Analytics', 'Remote', job('743130000009790014')],
    ]);
    expect(cards[0].element.matches('.cw-filter-joblist')).toBe(true);
    expect(detail).toBeNull();
  });

  it('lists the jobs the server sends as data while the page has drawn none, not badged', () => {
    const data = '[{"id":"743130000009790001","Posting_Title":"ML Engineer","City":"Chennai","Country":"India"},{"id":"743130000009790014","Posting_Title":"Support","Remote_Job":true},{"id":"1","Posting_Title":"Bad id"}]';
    const html = `<title>Jobs at Kaveri Analytics</title><input type="hidden" id="jobs" value="${data.replace(/"/g, '&quot;')}">`;
    const { cards } = readPage(zohorecruit, pageFromHtml(html, LIST));
    expect(cards.map(({ embedded, job: read }) => [embedded, read.id, read.title, read.location])).toEqual([
      [true, '743130000009790001', 'ML Engineer', 'Chennai, India'],
      [true, '743130000009790014', 'Support', 'Remote'],
    ]);
    expect(readPage(zohorecruit, pageFromHtml('<input type="hidden" id="jobs" value="[{">', LIST)).cards).toEqual([]);
  });

  it('reads layout 1 and the embedded widget by their links', () => {
    const html = `<ul><li><h3><a class="cw-1-title" data-zrqa="cw-job1-name1" href="/jobs/Careers/53264000000375218/QA-Engineer?source=CareerSite">QA Engineer</a></h3></li></ul>
      <div class="rec-group"><ul class="rec-job-info"><li class="rec-job-title"><a href="https://kaveri.zohorecruit.in/jobs/Careers/53264000000375222/Data-Engineer">Data Engineer</a></li>
      <li class="zrsite_City"><span>City</span><span>Pune</span></li><li class="zrsite_Country"><span>Country</span><span>India</span></li></ul></div>`;
    const { cards } = readPage(zohorecruit, pageFromHtml(html, LIST));
    expect(cards.map(({ job: read }) => [read.id, read.title, read.location])).toEqual([
      ['53264000000375218', 'QA Engineer', undefined],
      ['53264000000375222', 'Data Engineer', 'Pune, India'],
    ]);
  });
});

describe('Zoho Recruit job page', () => {
  it("reads the header's title, the summary's city, state and country, and the posting", () => {
    const page = loadFixture('zohorecruit', 'job.html', `${job('743130000009790001')}/ML-Engineer-Document-AI?source=CareerSite`);
    const { detail } = readPage(zohorecruit, page);
    expect(detail).toMatchObject({ id: '743130000009790001', title: 'ML Engineer, Document AI', company: 'Kaveri Analytics', location: 'Chennai, Tamil Nadu, India', url: job('743130000009790001') });
    expect(detail!.description).toBe('Train, evaluate and serve the document-understanding models behind our invoice platform.\nPyTorch, OCR and transformer fine-tuning.');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("reads nothing from a withdrawn posting's bare page", () => {
    expect(readPage(zohorecruit, pageFromHtml('<title>Kaveri Analytics</title><div id="career-website-main"></div>', job('743130000009790001'))).detail).toBeNull();
  });
});

describe("Zoho's own careers site, careers.zohocorp.com", () => {
  it('reads its layout-3 cards as on any Zoho Recruit site, under Zoho where the page title names no company', () => {
    const html = `<div class="cw-filter-joblist"><a class="cw-3-title" href="/jobs/Careers/2803000614913599/Machine-Learning-Engineer?source=CareerSite">Machine Learning Engineer</a>
      <p class="filter-subhead">Chennai, Tamil Nadu, India</p></div>`;
    const page = pageFromHtml(html, 'https://careers.zohocorp.com/jobs/Careers');
    expect(zohorecruit.isJobPage(page.url)).toBe(true);
    expect(readPage(zohorecruit, page).cards.map(({ job: read }) => [read.id, read.title, read.company, read.location, read.url])).toEqual([
      ['2803000614913599', 'Machine Learning Engineer', 'Zoho', 'Chennai, Tamil Nadu, India', 'https://careers.zohocorp.com/jobs/Careers/2803000614913599'],
    ]);
    expect(zohorecruit.isJobPage(new URL('https://www.zohocorp.com/jobs/Careers'))).toBe(false);
  });
});
