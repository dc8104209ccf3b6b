import { describe, expect, it } from 'vitest';
import { bytedance } from '../../lib/sites/bytedance';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture } from './site-fixture';

describe("TikTok's and ByteDance's job searches", () => {
  it('reads each result link by its 19-digit id: the first part of its text the title, the next the place', () => {
    const { cards, detail } = readPage(bytedance, loadFixture('bytedance', 'search.html', 'https://lifeattiktok.com/search?keyword=ai&limit=12&offset=0'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['7605166042878068997', 'Machine Learning Engineer - Recommendation Infrastructure', 'TikTok', 'San Jose', 'https://lifeattiktok.com/search/7605166042878068997'],
      ['7605166042878069123', 'Solutions Engineer, AI - Global Business Solutions', 'TikTok', 'London', 'https://lifeattiktok.com/search/7605166042878069123'],
      ['7605166042878069456', 'Content Moderator <img src=x onerror=alert(1)>', 'TikTok', undefined, 'https://lifeattiktok.com/search/7605166042878069456'],
    ]);
    expect(detail).toBeNull();
  });

  it("reads the older ATSX cards of ByteDance's campus site by data-id, not one whose link names another job", () => {
    const { cards } = readPage(bytedance, loadFixture('bytedance', 'campus.html', 'https://jobs.bytedance.com/campus/position?keywords=llm&current=1&limit=10'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['7447706774636939528', 'Research Scientist Intern - Large Language Models', 'ByteDance', 'Beijing', 'https://jobs.bytedance.com/campus/position/7447706774636939528/detail'],
    ]);
  });
});

describe("ByteDance's job page", () => {
  it('reads the posting under its heading as the job the address names, ByteDance its employer', () => {
    const { detail } = readPage(bytedance, loadFixture('bytedance', 'job.html', 'https://joinbytedance.com/search/7447706774636939528?spread=X'));
    expect(detail).toMatchObject({ id: '7447706774636939528', title: 'Forward Deployed Engineer - AI Platform', company: 'ByteDance', url: 'https://joinbytedance.com/search/7447706774636939528' });
    expect(detail!.description).toContain('integrate our large models into their products');
  });
});
