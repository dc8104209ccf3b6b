import { describe, expect, it } from 'vitest';
import { jobkorea } from '../../lib/sites/jobkorea';
import { jumpit } from '../../lib/sites/jumpit';
import { readPage } from '../../lib/sites/read-page';
import { saramin } from '../../lib/sites/saramin';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Saramin', () => {
  it("reads each result: the id it carries and its title link agree on, the whole title (not the link's highlighted words), company, the first condition's place", () => {
    const { cards } = readPage(saramin, loadFixture('saramin', 'search.html', 'https://www.saramin.co.kr/zf_user/search/recruit?searchword=AI'));
    expect(cardRows(cards)).toEqual([
      ['53100201', 'Forward Deployed AI Engineer', '(주)한강에이아이', '서울 강남구'],
      ['53100202', 'MLOps 플랫폼 엔지니어', '(주)백두컴퓨트', '경기 성남시 분당구'],
      ['53100203', '영업관리 사원 <img src=x onerror=alert(1)>', '(주)제주유통', '제주 제주시'],
    ]);
    expect(cards[0].job.url).toBe('https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=53100201');
  });

  it("reads the job the address names among the page's appended jobs: its header, company and work area (the posting is in a frame not yet loaded)", () => {
    const { detail } = readPage(saramin, loadFixture('saramin', 'view.html', 'https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=53100201&view_type=search'));
    expect(detail).toMatchObject({ id: '53100201', title: 'Forward Deployed AI Engineer', company: '(주)한강에이아이', location: '서울 강남구', description: undefined });
    expect(readPage(saramin, loadFixture('saramin', 'view.html', 'https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=53100299')).detail).toBeNull();
  });
});

describe('JobKorea', () => {
  it("reads each card of the job list: the id all its links agree on, the title, company, the place chip", () => {
    const { cards } = readPage(jobkorea, loadFixture('jobkorea', 'search.html', 'https://www.jobkorea.co.kr/Search/?stext=AI'));
    expect(cardRows(cards)).toEqual([
      ['49100201', 'Forward Deployed AI Engineer', '(주)한강에이아이', '서울 강남구'],
      ['49100202', 'LLM 플랫폼 엔지니어', '(주)백두컴퓨트', '경기 성남시'],
      ['49100203', '회계 담당자 <img src=x onerror=alert(1)>', '(주)제주유통', '제주 제주시'],
    ]);
  });

  it('reads no card whose links name two jobs, nor recommendation cards outside the job list', () => {
    const html = `<div data-sentry-component="JobList"><div data-sentry-component="CardJob"><a href="/Recruit/GI_Read/49100210"><span class="Typography_variant_size18__x">A</span></a><a href="/Recruit/GI_Read/49100211"><span class="Typography_variant_size16__x">B</span></a></div></div>
      <div id="recommended-section"><div data-sentry-component="CardJob"><a href="/Recruit/GI_Read/49100212"><span class="Typography_variant_size18__x">C</span></a></div></div>`;
    expect(readPage(jobkorea, pageFromHtml(html, 'https://www.jobkorea.co.kr/Search/?stext=AI')).cards).toEqual([]);
  });

  it("reads a job page's schema.org title, the company, the posting", () => {
    const { detail } = readPage(jobkorea, loadFixture('jobkorea', 'job.html', 'https://www.jobkorea.co.kr/Recruit/GI_Read/49100201?Oem_Code=C1'));
    expect(detail).toMatchObject({ id: '49100201', title: 'Forward Deployed AI Engineer', company: '(주)한강에이아이', url: 'https://www.jobkorea.co.kr/Recruit/GI_Read/49100201' });
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
  });
});

describe('Jumpit', () => {
  it("reads each position's link: the id it names, the title its heading shows (markup in it kept as text), the company before it, the place after its skills", () => {
    const { cards } = readPage(jumpit, loadFixture('jumpit', 'search.html', 'https://jumpit.saramin.co.kr/search?keyword=AI'));
    expect(cardRows(cards)).toEqual([
      ['52100201', 'Forward Deployed AI Engineer', '한강에이아이', '서울 강남구'],
      ['52100202', 'MLOps 플랫폼 엔지니어', '백두컴퓨트', '경기 성남시'],
      ['52100203', 'QA 엔지니어 <img src=x onerror=alert(1)>', '제주소프트', '제주 제주시'],
    ]);
    expect(cards[0].job.url).toBe('https://jumpit.saramin.co.kr/position/52100201');
  });

  it("reads a position's page: its heading, company, the duties and requirements sections, the work area", () => {
    const { detail } = readPage(jumpit, loadFixture('jumpit', 'position.html', 'https://jumpit.saramin.co.kr/position/52100201'));
    expect(detail).toMatchObject({ id: '52100201', title: 'Forward Deployed AI Engineer', company: '한강에이아이', location: '서울 강남구 테헤란로 1' });
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
    expect(detail!.description).toContain('자격요건');
  });

  it('reads no card from a link to a position without its heading (a banner)', () => {
    expect(readPage(jumpit, pageFromHtml('<a href="/position/52100204" title="Banner"><img alt="banner"></a>', 'https://jumpit.saramin.co.kr/')).cards).toEqual([]);
  });
});
