import { describe, expect, it } from 'vitest';
import { doda } from '../../lib/sites/doda';
import { green } from '../../lib/sites/green';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('doda', () => {
  it("reads each job card: the id its link names, the title and company the link holds (markup in them kept as text), the work location", () => {
    const { cards } = readPage(doda, loadFixture('doda', 'search.html', 'https://doda.jp/DodaFront/View/JobSearchList.action?kw=AI'));
    expect(cardRows(cards)).toEqual([
      ['3020100201', 'Forward Deployed AI Engineer（顧客先常駐）', '株式会社ミライAI', '東京都港区'],
      ['3020100202', 'MLプラットフォームエンジニア', '株式会社ヤマトコンピュート', '大阪府大阪市'],
      ['3020100203', '営業事務 <img src=x onerror=alert(1)>', '株式会社サクラ商事', '福岡県福岡市'],
    ]);
    expect(cards[0].job.url).toBe('https://doda.jp/DodaFront/View/JobSearchDetail/j_jid__3020100201/');
  });

  it("reads a job page from the app's data of the job at this address (its h1 is the company), at any of its tabs", () => {
    const { detail } = readPage(doda, loadFixture('doda', 'job.html', 'https://doda.jp/DodaFront/View/JobSearchDetail/j_jid__3020100201/-tab__jd/-fm__jobdetail/'));
    expect(detail).toMatchObject({ id: '3020100201', title: 'Forward Deployed AI Engineer（顧客先常駐）', company: '株式会社ミライAI', location: '東京都港区 リモート可' });
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
    expect(readPage(doda, loadFixture('doda', 'job.html', 'https://doda.jp/DodaFront/View/JobSearchDetail/j_jid__3020100299/')).detail).toBeNull();
  });
});

describe('Green', () => {
  it("reads each job's link: the id it names, the role it shows (markup in it kept as text), the company, the area from the page's data", () => {
    const { cards } = readPage(green, loadFixture('green', 'search.html', 'https://www.green-japan.com/search?keyword=AI'));
    expect(cardRows(cards)).toEqual([
      ['340101', 'Forward Deployed AI Engineer', '株式会社ミライAI', '東京都'],
      ['340102', 'MLプラットフォームエンジニア', '株式会社ヤマトコンピュート', '大阪府'],
      ['340103', 'カスタマーサポート <img src=x onerror=alert(1)>', '株式会社サクラ商事', '福岡県'],
    ]);
  });

  it('reads a job link without the data by its own lines', () => {
    const html = '<a href="/company/2104/job/340104"><h2 class="job-offer-name">データエンジニア</h2><span class="MuiTypography-subtitle2">株式会社フジ</span></a>';
    expect(cardRows(readPage(green, pageFromHtml(html, 'https://www.green-japan.com/search?keyword=data')).cards)).toEqual([['340104', 'データエンジニア', '株式会社フジ', undefined]]);
  });

  it("reads a job page's h1, the posting from its 仕事内容 heading on, the company and place from its schema.org data", () => {
    const { detail } = readPage(green, loadFixture('green', 'job.html', 'https://www.green-japan.com/company/2101/job/340101'));
    expect(detail).toMatchObject({ id: '340101', title: 'Forward Deployed AI Engineer', company: '株式会社ミライAI', location: '港区, 東京都' });
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
  });
});
