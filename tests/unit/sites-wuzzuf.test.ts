import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { wuzzuf } from '../../lib/sites/wuzzuf';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://wuzzuf.net/search/jobs/?q=machine+learning';
const JOB = 'https://wuzzuf.net/jobs/p/7KqRt2Xy9PzA-Forward-Deployed-AI-Engineer-Nile-AI-Cairo-Egypt';

describe('Wuzzuf searches', () => {
  it("reads each result by its heading's link (no class name read): the id, the title (markup in it kept as text), the company without its dash, the place after it", () => {
    const { cards } = readPage(wuzzuf, loadFixture('wuzzuf', 'search.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['7KqRt2Xy9PzA', 'Forward Deployed AI Engineer', 'Nile AI', 'Maadi, Cairo, Egypt'],
      ['7KqRt2Xy9PzB', 'ML Platform Engineer', 'Delta Compute', 'Sheikh Zayed, Giza, Egypt'],
      ['7KqRt2Xy9PzC', 'Sales Representative <img src=x onerror=alert(1)>', 'Pyramid Retail', 'Nasr City, Cairo, Egypt'],
    ]);
    expect(cards[0].job.url).toBe(JOB);
  });

  it("takes no company from a block shared with another result", () => {
    const html = `<div><a href="/jobs/careers/Acme-Egypt-1">Acme -</a><h2><a href="/jobs/p/AAAAAAA1-X">Data Engineer</a></h2><h2><a href="/jobs/p/AAAAAAA2-Y">ML Engineer</a></h2></div><h2>Popular searches</h2>`;
    expect(readPage(wuzzuf, pageFromHtml(html, LIST)).cards.map(({ job }) => [job.id, job.company])).toEqual([
      ['AAAAAAA1', undefined],
      ['AAAAAAA2', undefined],
    ]);
  });
});

describe('Wuzzuf job page', () => {
  it('reads the heading, the company without its dash, and the posting under its headings', () => {
    const { detail } = readPage(wuzzuf, loadFixture('wuzzuf', 'job.html', JOB));
    expect(detail).toMatchObject({ id: '7KqRt2Xy9PzA', title: 'Forward Deployed AI Engineer', company: 'Nile AI', url: JOB });
    expect(detail!.description).toContain("Experience integrating AI with customers' systems");
  });
});
