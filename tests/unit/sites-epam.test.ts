import { describe, expect, it } from 'vitest';
import { epam } from '../../lib/sites/epam';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://careers.epam.com/en/jobs?search=ai';
const JOB = 'https://careers.epam.com/en/vacancy/lead-ai-engineer-agentic-and-rag-systems-blt0aa11bb22cc33dd4_en';

describe('EPAM Careers search', () => {
  it('reads each result link under the id in its address, its title (markup kept as text), EPAM as the company', () => {
    const page = loadFixture('epam', 'search.html', SEARCH);
    const { cards, detail } = readPage(epam, page);
    expect(cardRows(cards)).toEqual([
      ['blt0aa11bb22cc33dd4', 'Lead AI Engineer (Agentic and RAG Systems)', 'EPAM Systems', undefined],
      ['blt0aa11bb22cc33dd5', 'Data Technology Consultant', 'EPAM Systems', undefined],
      ['blt0aa11bb22cc33dd6', 'Office Coordinator <b onmouseover=alert(1)>', 'EPAM Systems', undefined],
    ]);
    expect(cards[0].job.url).toBe(JOB);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('[data-testid="job-card-title"]'));
    expect(detail).toBeNull();
  });
});

describe('EPAM Careers job page', () => {
  it('reads the banner title, the place after the work mode, the description and its sections', () => {
    const page = loadFixture('epam', 'job.html', `${JOB}?utm_source=x`);
    const { detail } = readPage(epam, page);
    expect(detail).toMatchObject({ id: 'blt0aa11bb22cc33dd4', title: 'Lead AI Engineer (Agentic and RAG Systems)', company: 'EPAM Systems', location: 'Poland: Krakow', url: JOB });
    expect(detail!.description).toContain('Responsibilities\nWork with the client');
    expect(detail!.description).not.toContain('Python');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("takes the place from the Next.js data only where it is this job's", () => {
    const next = (uid: string) =>
      `<h1 data-testid="job-details-banner-title">AI Engineer</h1><div data-testid="description-content">Build agents.</div>
      <script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"job":{"uid":"${uid}","metadata":{"country":[{"title":"Hungary"}],"city":[{"title":"Budapest"}]}}}}}</script>`;
    const url = 'https://careers.epam.com/en/vacancy/ai-engineer-bltxjv3f5r67tmhbonh_en';
    expect(readPage(epam, pageFromHtml(next('bltxjv3f5r67tmhbonh'), url)).detail?.location).toBe('Hungary: Budapest');
    expect(readPage(epam, pageFromHtml(next('bltother000000'), url)).detail?.location).toBeUndefined();
  });

  it('claims the search and job pages only', () => {
    const is = (url: string) => epam.isJobPage(new URL(url));
    expect(is('https://careers.epam.com/en/jobs/romania')).toBe(true);
    expect(is('https://careers.epam.com/uk/vacancy/x-bltabc123_uk')).toBe(true);
    expect(is('https://careers.epam.com/en/vacancy/ai-engineer')).toBe(false);
    expect(is('https://careers.epam.com/en/life-at-epam')).toBe(false);
  });
});
