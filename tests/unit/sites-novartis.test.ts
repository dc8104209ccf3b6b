import { describe, expect, it } from 'vitest';
import { novartis } from '../../lib/sites/novartis';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Novartis Careers', () => {
  it("reads each row of the search's table: the requisition its link names, the title (markup kept as text), site and country; not the header row", () => {
    const page = loadFixture('novartis', 'search.html', 'https://www.novartis.com/careers/career-search?search_api_fulltext=ai');
    const { cards, detail } = readPage(novartis, page);
    expect(cardRows(cards)).toEqual([
      ['10090001', 'ML Engineer, GenAI Platform', 'Novartis', 'Basel (Office), Switzerland'],
      ['10090002', 'Sales Representative <img src=x onerror=alert(1)>', 'Novartis', 'Hyderabad (Office), India'],
      ['10090003', 'AI Solutions Architect, Commercial', 'Novartis', 'United States'],
    ]);
    expect(cards[0].job.url).toBe('https://www.novartis.com/careers/career-search/job/details/req-10090001-ml-engineer-genai-platform');
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('td a'));
    expect(detail).toBeNull();
  });

  it("reads a job's page from its JobPosting data (in the page's @graph)", () => {
    const url = 'https://www.novartis.com/careers/career-search/job/details/req-10090001-ml-engineer-genai-platform';
    const { detail } = readPage(novartis, loadFixture('novartis', 'job.html', `${url}?utm_source=x`));
    expect(detail).toMatchObject({ id: '10090001', title: 'ML Engineer, GenAI Platform', company: 'Novartis', location: 'Basel (Office), Switzerland', url });
    expect(detail!.description).toContain('fine-tunes, evaluates and serves the language models');
  });

  it('reads its career search only, not the rest of the site', () => {
    expect(novartis.isJobPage(new URL('https://www.novartis.com/careers/career-search/tag/LOC_US?page=3'))).toBe(true);
    for (const url of ['https://www.novartis.com/careers', 'https://www.novartis.com/news/x', 'https://www.novartis.com/careers/career-search/job/details/10090001']) expect(novartis.isJobPage(new URL(url)), url).toBe(false);
    expect(readPage(novartis, pageFromHtml('<h1>Page not found</h1>', 'https://www.novartis.com/careers/career-search/job/details/req-10090009-x')).detail).toBeNull();
  });
});
