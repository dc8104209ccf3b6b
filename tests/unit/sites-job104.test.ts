import { describe, expect, it } from 'vitest';
import { job104 } from '../../lib/sites/job104';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('104 Job Bank searches', () => {
  it('reads each card: the code its title link names, the title (markup in it kept as text), the company, the place', () => {
    const { cards } = readPage(job104, loadFixture('job104', 'search.html', 'https://www.104.com.tw/jobs/search/?keyword=AI'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['8x1aa', 'AI平台工程師 (MLOps)', '鼎新智算股份有限公司', '台北市內湖區', 'https://www.104.com.tw/job/8x1aa'],
      ['8x1ab', 'Forward Deployed Engineer 客戶端AI導入工程師', '群策科技有限公司', '新竹市東區', 'https://www.104.com.tw/job/8x1ab'],
      ['8x1ac', '會計助理 <svg onload=alert(1)>', '大同貿易行', '台中市西屯區', 'https://www.104.com.tw/job/8x1ac'],
    ]);
  });

  it("reads the layout before 2024 by its link and data, and no card whose link names no job", () => {
    const html = `<article class="js-job-item" data-job-name="資料科學家" data-cust-name="遠航數據"><a class="js-job-link" href="//www.104.com.tw/job/7abcd?jobsource=2018indexpoc">資料科學家</a></article>
      <div class="job-summary"><a class="info-job__text" href="//www.104.com.tw/company/1a2b3c4d5e">遠航數據</a></div>`;
    const { cards } = readPage(job104, pageFromHtml(html, 'https://www.104.com.tw/jobs/search/?keyword=data'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([['7abcd', '資料科學家', '遠航數據']]);
  });
});

describe('104 Job Bank job page', () => {
  it("reads the header's title and company, the address, the description", () => {
    const { detail } = readPage(job104, loadFixture('job104', 'job.html', 'https://www.104.com.tw/job/8x1ab?jobsource=jolist_c_relevance'));
    expect(detail).toMatchObject({ id: '8x1ab', title: 'Forward Deployed Engineer 客戶端AI導入工程師', company: '群策科技有限公司', location: '新竹市東區光復路二段101號', url: 'https://www.104.com.tw/job/8x1ab' });
    expect(detail!.description).toContain('integrate and deploy our language models');
  });
});
