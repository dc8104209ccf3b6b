import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { wanted } from '../../lib/sites/wanted';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Wanted job lists', () => {
  it("reads each job link by its data: the id it carries and names, the title (markup in it kept as text), the company; no place (the card's is the experience asked)", () => {
    const { cards } = readPage(wanted, loadFixture('wanted', 'wdlist.html', 'https://www.wanted.co.kr/wdlist/518?country=kr'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['340101', 'ML 플랫폼 엔지니어 (LLM Serving)', '딥서브랩스', undefined, 'https://www.wanted.co.kr/wd/340101'],
      ['340102', 'Forward Deployed Engineer (고객사 AI 도입)', '에이전트웍스(AgentWorks)', undefined, 'https://www.wanted.co.kr/wd/340102'],
      ['340103', '회계 담당자 <img src=x onerror=alert(1)>', '한빛상사', undefined, 'https://www.wanted.co.kr/wd/340103'],
    ]);
  });

  it("reads a search card's shown title where its link carries no name, and no link whose data names another job", () => {
    const html = `<a data-attribute-id="position__click" data-position-id="340201" href="/wd/340201"><div class="JobCard_container__zQcZs"><strong class="JobCard_title__HBpZf">AI Engineer</strong>
      <span class="CompanyNameWithLocationPeriod_CompanyNameWithLocationPeriod__company__j_pad">루멘</span></div></a>
      <a data-attribute-id="position__click" data-position-id="340299" data-position-name="Data Engineer" href="/wd/340202">Data Engineer</a>`;
    const { cards } = readPage(wanted, pageFromHtml(html, 'https://www.wanted.co.kr/search?query=ai&tab=position'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([['340201', 'AI Engineer', '루멘']]);
  });
});

describe('Wanted job page', () => {
  it("reads the header's title, company and place, and the description without its 'more' button", () => {
    const { detail } = readPage(wanted, loadFixture('wanted', 'wd.html', 'https://www.wanted.co.kr/wd/340102?utm_source=linkedin'));
    expect(detail).toMatchObject({
      id: '340102',
      title: 'Forward Deployed Engineer (고객사 AI 도입)',
      company: '에이전트웍스(AgentWorks)',
      location: '서울 강남구',
      url: 'https://www.wanted.co.kr/wd/340102',
    });
    expect(detail!.description).toContain('deploy our AI agents into their systems');
    expect(detail!.description).not.toContain('상세 정보 더 보기');
  });

  it('reads a page still drawing from its JSON-LD, and nothing on a removed job', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"JobPosting","title":"Data Scientist","hiringOrganization":{"name":"루멘"}}</script>';
    expect(readPage(wanted, pageFromHtml(jsonLd, 'https://www.wanted.co.kr/wd/340301')).detail).toMatchObject({ id: '340301', title: 'Data Scientist', company: '루멘' });
    expect(readPage(wanted, pageFromHtml('<h2>페이지를 찾을 수 없어요</h2>', 'https://www.wanted.co.kr/wd/340302')).detail).toBeNull();
  });
});
