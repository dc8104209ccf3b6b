import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { startupjobs } from '../../lib/sites/startupjobs';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('startup.jobs lists', () => {
  it("reads each card by its Stimulus targets: the title link's id, the company and the place; not the search's template card", () => {
    const page = loadFixture('startupjobs', 'search.html', 'https://startup.jobs/?q=machine+learning');
    const { cards, detail } = readPage(startupjobs, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['10074188', 'ML Platform Engineer', 'Northwind AI', 'San Francisco, California, United States', 'https://startup.jobs/ml-platform-engineer-northwind-ai-10074188'],
      ['23781', 'Deployment Strategist', 'Quillon', 'London, England, United Kingdom', 'https://startup.jobs/deployment-strategist-quillon-23781'],
      ['10074190', 'Office Manager <img src=x onerror=alert(1)>', 'Kestrel & Co', undefined, 'https://startup.jobs/office-manager-kestrel-co-10074190'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a[data-post-template-target="title"]'));
    expect(detail).toBeNull();
  });

  it('reads no card of the template drawn but not yet filled, nor one whose link is no job page', () => {
    const html = `<div data-search-target="hits"><div data-mark-visited-links-target="container"><a data-post-template-target="title" href="/x-123456">{{{highlighted_title}}}</a></div>
      <div data-mark-visited-links-target="container"><a data-post-template-target="title" href="/company/acme">Acme</a></div></div>`;
    expect(readPage(startupjobs, pageFromHtml(html, 'https://startup.jobs/')).cards).toEqual([]);
  });
});

describe('startup.jobs job page', () => {
  it('reads the heading and the posting; the company and place from the JSON-LD', () => {
    const page = loadFixture('startupjobs', 'job.html', 'https://startup.jobs/applied-ai-engineer-quillon-23790');
    const { detail } = readPage(startupjobs, page);
    expect(detail).toMatchObject({ id: '23790', title: 'Applied AI Engineer', company: 'Quillon', location: 'London, United Kingdom', url: 'https://startup.jobs/applied-ai-engineer-quillon-23790' });
    expect(detail!.description).toContain('Run prototypes on site with customer teams.');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("reads the page's links when it has no JSON-LD, and not another job's JSON-LD", () => {
    const html = '<main><a href="/company/acme">Acme</a><h1>Data Engineer</h1><a href="/locations/germany">Berlin, Germany</a><div class="post__content"><p>Pipelines.</p></div></main>';
    expect(readPage(startupjobs, pageFromHtml(html, 'https://startup.jobs/data-engineer-acme-555555')).detail).toMatchObject({ title: 'Data Engineer', company: 'Acme', location: 'Berlin, Germany', description: 'Pipelines.' });
    const other = '<script type="application/ld+json">{"@type":"JobPosting","title":"Other","url":"https://startup.jobs/other-999999"}</script>';
    expect(readPage(startupjobs, pageFromHtml(other, 'https://startup.jobs/data-engineer-acme-555555')).detail).toBeNull();
  });
});
