import { describe, expect, it } from 'vitest';
import { itviec } from '../../lib/sites/itviec';
import { readPage } from '../../lib/sites/read-page';
import { topcv } from '../../lib/sites/topcv';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('ITviec', () => {
  it("reads each job card: the slug it names and its title link agree on, the title (markup in it kept as text), the company's link, the titled place", () => {
    const { cards } = readPage(itviec, loadFixture('itviec', 'it-jobs.html', 'https://itviec.com/it-jobs/ai-engineer'));
    expect(cardRows(cards)).toEqual([
      ['forward-deployed-ai-engineer-song-hong-ai-4101', 'Forward Deployed AI Engineer', 'Song Hong AI', 'Ha Noi'],
      ['ml-platform-engineer-mekong-compute-4102', 'ML Platform Engineer', 'Mekong Compute', 'Ho Chi Minh'],
      ['sales-executive-lotus-trading-4103', 'Sales Executive <img src=x onerror=alert(1)>', 'Lotus Trading', 'Da Nang'],
    ]);
    expect(cards[0].job.url).toBe('https://itviec.com/it-jobs/forward-deployed-ai-engineer-song-hong-ai-4101');
  });

  it("reads a job page's header and posting, the place from its schema.org data", () => {
    const url = 'https://itviec.com/it-jobs/forward-deployed-ai-engineer-song-hong-ai-4101';
    const { detail } = readPage(itviec, loadFixture('itviec', 'job.html', url));
    expect(detail).toMatchObject({ id: 'forward-deployed-ai-engineer-song-hong-ai-4101', title: 'Forward Deployed AI Engineer', company: 'Song Hong AI', location: 'Ha Noi, VN', url });
    expect(detail!.description).toContain("Adapt retrieval to each customer's data");
  });

  it('reads the job picked beside a list by ?job_selected=, and none on a list without one', () => {
    const html = `<div class="job-show-header"><h2>ML Platform Engineer</h2><div class="employer-name">Mekong Compute</div></div><section class="job-content"><p>Build the platform.</p></section>`;
    const picked = readPage(itviec, pageFromHtml(html, 'https://itviec.com/it-jobs/ai-engineer?job_selected=ml-platform-engineer-mekong-compute-4102'));
    expect(picked.detail).toMatchObject({ id: 'ml-platform-engineer-mekong-compute-4102', title: 'ML Platform Engineer', company: 'Mekong Compute', description: 'Build the platform.' });
    expect(readPage(itviec, pageFromHtml(html, 'https://itviec.com/it-jobs/ai-engineer')).detail).toBeNull();
  });
});

describe('TopCV', () => {
  it("reads each result: the id it carries and its link agree on, the whole title (not its HOT badge), company, place", () => {
    const { cards } = readPage(topcv, loadFixture('topcv', 'search.html', 'https://www.topcv.vn/tim-viec-lam-ai-engineer'));
    expect(cardRows(cards)).toEqual([
      ['2300101', 'Forward Deployed AI Engineer', 'Công ty Sông Hồng AI', 'Hà Nội'],
      ['2300102', 'ML Platform Engineer', 'Mekong Compute', 'Hồ Chí Minh'],
      ['2300103', 'Nhân viên kinh doanh <img src=x onerror=alert(1)>', 'Lotus Trading', 'Đà Nẵng'],
    ]);
    expect(cards[0].job.url).toBe('https://www.topcv.vn/viec-lam/forward-deployed-ai-engineer/2300101.html');
  });

  it("reads a job page's heading, company, the place after its label, the posting's sections", () => {
    const url = 'https://www.topcv.vn/viec-lam/forward-deployed-ai-engineer/2300101.html';
    const { detail } = readPage(topcv, loadFixture('topcv', 'job.html', url));
    expect(detail).toMatchObject({ id: '2300101', title: 'Forward Deployed AI Engineer', company: 'Công ty Sông Hồng AI', location: 'Hà Nội', url });
    expect(detail!.description).toContain('Work on site with our customers and deploy our LLM agents');
  });

  it("reads a brand employer's job page by the id after -j", () => {
    const html = '<h1 class="job-detail__info--title">Product Owner</h1><div class="job-description__item"><p>Own the roadmap.</p></div>';
    expect(readPage(topcv, pageFromHtml(html, 'https://www.topcv.vn/brand/kamereo/tuyen-dung/product-owner-j2167873.html')).detail).toMatchObject({ id: '2167873', title: 'Product Owner' });
  });
});
