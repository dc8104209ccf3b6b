import { describe, expect, it } from 'vitest';
import { ibm } from '../../lib/sites/ibm';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const job = (id: string) => `https://careers.ibm.com/careers/JobDetail?jobId=${id}`;

describe('IBM job search (www.ibm.com)', () => {
  it("reads each Carbon card: the portal's job id, the heading, the place after the level", () => {
    const page = loadFixture('ibm', 'search.html', 'https://www.ibm.com/careers/search?q=ai');
    const { cards, detail } = readPage(ibm, page);
    expect(cards.map(({ job: read }) => [read.id, read.title, read.company, read.location, read.url])).toEqual([
      ['80458', 'AI Engineer, watsonx Orchestrate', 'IBM', 'Austin, US', job('80458')],
      ['48579', 'Client Engineer, Data and AI', 'IBM', 'BANGALORE, IN', 'https://ibmglobal.avature.net/en_US/careers/JobDetail?jobId=48579'],
      ['76581', 'Administrative Assistant <script>alert(1)</script>', 'IBM', 'Multiple Cities', job('76581')],
    ]);
    expect(cards[0].element.getAttribute('aria-label')).toBe('AI Engineer, watsonx Orchestrate');
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('.bx--card__heading'));
    expect(page.document.querySelectorAll('script').length).toBe(0);
    expect(detail).toBeNull();
  });

  it('reads the links of before 2025 (careers.ibm.com/job/ID/…) and titles from the card label alone', () => {
    const html = `<div class="bx--card-group__cards__col" role="region" aria-label="Software Developer Intern"><a class="bx--card-group__card" href="https://careers.ibm.com/job/20978143/software-developer-intern-2025-san-jose-ca/?codes=WEB_Search_INDIA"></a></div>`;
    expect(readPage(ibm, pageFromHtml(html, 'https://www.ibm.com/in-en/careers/search')).cards.map(({ job: read }) => [read.id, read.title])).toEqual([['20978143', 'Software Developer Intern']]);
  });
});

describe("IBM's job pages (its Avature portal, careers.ibm.com)", () => {
  it("reads the portal's banner title, Location field and description under the jobId of the address", () => {
    const page = loadFixture('ibm', 'job.html', `${job('80458')}&source=WEB_Search_NA`);
    const { detail } = readPage(ibm, page);
    expect(detail).toMatchObject({ id: '80458', title: 'AI Engineer, watsonx Orchestrate', company: 'IBM', location: 'Austin, TX, US', url: job('80458') });
    expect(detail!.description).toContain('Build, evaluate and serve the LLM agents and tools of watsonx Orchestrate.');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h2.banner__text__title'));
  });

  it("reads nothing on a page that is no portal page, nor on IBM's other pages", () => {
    expect(readPage(ibm, pageFromHtml('<h2 class="banner__text__title">AI Engineer</h2>', job('80458'))).detail).toBeNull();
    expect(ibm.isJobPage(new URL('https://www.ibm.com/careers/internships'))).toBe(false);
  });
});
