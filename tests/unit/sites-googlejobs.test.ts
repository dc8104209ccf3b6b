import { describe, expect, it } from 'vitest';
import { googlejobs } from '../../lib/sites/googlejobs';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://www.google.com/search?q=ml+engineer+jobs&udm=8';
const OPEN = 'https://www.google.com/search?q=ai+engineer+jobs&udm=8#vhid=vt%3D20/docid%3DT3BlbkNhcmRBQUFBQUFBAAAAAA%3D%3D&vssid=jobs-detail-viewer';

describe('Google Search jobs', () => {
  it('reads each card under the docid of its share link, its pane link or its template: title (markup kept as text), employer, place', () => {
    const page = loadFixture('googlejobs', 'search.html', LIST);
    const { cards, detail } = readPage(googlejobs, page);
    expect(cardRows(cards)).toEqual([
      ['Qm9yZWFsaXNJbmZlckFBAAAAAA==', 'Machine Learning Engineer, Inference Platform', 'Borealis Compute', 'Seattle, WA'],
      ['Rm9yd2FyZERlcGxveWVkQUFBAAAAAA==', 'Forward Deployed Engineer, Applied AI', 'Kestrel Systems', 'New York, NY'],
      ['SG9zdGlsZVRpdGxlQUFBAAAAAA==', 'Office Manager <img src=x onerror=alert(1)>', 'Larkspur Dental', undefined],
      ['VGVtcGxhdGVPbmx5QUFBAAAAAA==', 'Solutions Engineer', 'Northwind Analytics', 'Anywhere'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('.tNxQIb'));
    expect(cards[0].job.url).toBe('https://www.google.com/search?ibp=htl%3Bjobs&q=ml+engineer+jobs&htidocid=Qm9yZWFsaXNJbmZlckFBAAAAAA%3D%3D');
    expect(cards[3].job.url).toBe('https://www.google.com/search?ibp=htl;jobs&htidocid=VGVtcGxhdGVPbmx5QUFBAAAAAA%3D%3D');
    expect(detail).toBeNull();
  });

  it("reads a card's description from its template, the hidden rest included, and none where the card has no template", () => {
    const { cards } = readPage(googlejobs, loadFixture('googlejobs', 'search.html', LIST));
    expect(cards[0].job.description).toBe(
      'You will build the serving stack behind our hosted models: batching, KV-cache reuse and GPU scheduling across regions.\n' +
        'You will profile inference kernels and ship quantized models to every customer of the platform.',
    );
    expect(cards[0].job.description).not.toContain('Apply on LinkedIn');
    expect(cards[1].job.description).toBeUndefined();
    expect(cards[3].job.description).toBe('Partner with our sales team on technical demos of our reporting software.');
  });

  it('reads the job the address opens in the pane, not the one preloaded out of sight, with the employer and place of its card', () => {
    const page = loadFixture('googlejobs', 'search-open.html', OPEN);
    const { cards, detail } = readPage(googlejobs, page);
    expect(cards.map((card) => card.job.id)).toEqual(['T3BlbkNhcmRBQUFBQUFBAAAAAA==', 'TmV4dENhcmRBQUFBQUFBAAAAAA==']);
    const pane = page.document.querySelector('[aria-hidden="false"] c-wiz');
    expect(detail).toMatchObject({ id: 'T3BlbkNhcmRBQUFBQUFBAAAAAA==', title: 'AI Deployment Engineer', company: 'Halcyon Robotics', location: 'Austin, TX' });
    expect(detail!.element).toBe(pane);
    expect(detail!.badgeAnchor).toBe(pane!.querySelector('h1'));
    expect(detail!.description).toBe(
      "Work on site with each customer's operations team to integrate our vision models into their warehouse systems.\n" +
        'Tailor the deployment to every site and report what their engineers need from the platform.',
    );
  });

  it('reads no open job where the address names none, or names one whose pane is hidden or missing', () => {
    const html = loadFixture('googlejobs', 'search-open.html', OPEN).document.documentElement.outerHTML;
    expect(readPage(googlejobs, pageFromHtml(html, 'https://www.google.com/search?q=ai+engineer+jobs&udm=8')).detail).toBeNull();
    const next = 'https://www.google.com/search?q=ai+engineer+jobs&udm=8#vhid=vt%3D20/docid%3DTmV4dENhcmRBQUFBQUFBAAAAAA%3D%3D&vssid=jobs-detail-viewer';
    expect(readPage(googlejobs, pageFromHtml(html, next)).detail).toBeNull();
    const unknown = 'https://www.google.com/search?q=ai+engineer+jobs&udm=8#vhid=vt%3D20/docid%3DVW5rbm93bkFBQUFBQUFBAAAAAA%3D%3D';
    expect(readPage(googlejobs, pageFromHtml(html, unknown)).detail).toBeNull();
  });

  it('reads the open job of the older panel address (htidocid)', () => {
    const html = loadFixture('googlejobs', 'search-open.html', OPEN).document.documentElement.outerHTML;
    const older = 'https://www.google.com/search?q=ai+engineer+jobs&ibp=htl;jobs#fpstate=tldetail&htivrt=jobs&htidocid=T3BlbkNhcmRBQUFBQUFBAAAAAA%3D%3D';
    expect(readPage(googlejobs, pageFromHtml(html, older)).detail?.id).toBe('T3BlbkNhcmRBQUFBQUFBAAAAAA==');
  });

  it("keeps a card's 1 MB description within the posting's limit, its markup as text", () => {
    const huge = 'Serve models at scale &lt;script&gt;alert(1)&lt;/script&gt; '.repeat(20_000);
    const card = `<div data-share-url="/search?ibp=htl;jobs&amp;htidocid=SHVnZURlc2NyaXB0aW9uQUFBAAAAAA%3D%3D"><div role="heading">ML Engineer</div>
      <template id="jSHVnZURlc2NyaXB0aW9uQUFBAAAAAA=="><span class="OOyDTc">${huge}</span><span class="ejCXj" style="display:none">${huge}</span></template></div>`;
    const [read] = readPage(googlejobs, pageFromHtml(card, LIST)).cards;
    expect(huge.length).toBeGreaterThan(1_000_000);
    expect(read.job.description!.length).toBe(200_000);
    expect(read.job.description).toContain('<script>alert(1)</script>');
  });

  it('takes the title from the save button when the card shows none', () => {
    const card = `<div class="EimVGf" data-share-url="/search?ibp=htl;jobs&amp;htidocid=U2F2ZUxhYmVsT25seUFBAAAAAA%3D%3D">
      <div role="button" aria-label="Add Applied Scientist, Ranking to saves list"></div></div>`;
    const { cards } = readPage(googlejobs, pageFromHtml(card, LIST));
    expect(cardRows(cards)).toEqual([['U2F2ZUxhYmVsT25seUFBAAAAAA==', 'Applied Scientist, Ranking', undefined, undefined]]);
  });

  it('refuses ids that are not docids', () => {
    const card = (share: string) => `<div data-share-url="${share}"><div role="heading">Data Engineer</div></div>`;
    for (const share of ['/search?ibp=htl;jobs&amp;htidocid=', '/search?ibp=htl;jobs&amp;htidocid=%3Cscript%3E', '/search?ibp=htl;jobs&amp;htidocid=abc']) {
      expect(readPage(googlejobs, pageFromHtml(card(share), LIST)).cards).toEqual([]);
    }
  });

  it("claims the Jobs tab of a search and the job panel's older addresses, not other searches", () => {
    for (const url of googlejobs.exampleUrls) expect(googlejobs.isJobPage(new URL(url))).toBe(true);
    for (const url of googlejobs.nonJobExampleUrls!) expect(googlejobs.isJobPage(new URL(url))).toBe(false);
    expect(googlejobs.isJobPage(new URL('https://www.google.com/about/careers/applications/jobs/results?udm=8'))).toBe(false);
    expect(googlejobs.isJobPage(new URL('https://www.google.co.uk/search?q=jobs&udm=8'))).toBe(true);
    expect(googlejobs.isJobPage(new URL('https://www.google.com.evil.example/search?q=jobs&udm=8'))).toBe(false);
  });
});
