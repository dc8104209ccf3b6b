import { describe, expect, it } from 'vitest';
import { jsonld, readJobPostingJsonLd } from '../../lib/sites/jsonld';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const block = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe('readJobPostingJsonLd', () => {
  it('finds a JobPosting inside @graph with a @type array, skipping a broken block before it', () => {
    const { document } = loadFixture('jsonld', 'careers-job.html', 'https://careers.northwind.example/jobs/5551234-applied-ml-engineer');
    const [job, ...others] = readJobPostingJsonLd(document);
    expect(others).toEqual([]);
    expect(job).toMatchObject({
      id: '5551234',
      title: 'Applied ML Engineer',
      company: 'Northwind Robotics',
      location: 'Remote (Portugal); Lisbon, PT; Porto, PT',
    });
  });

  it('decodes an HTML-escaped description into plain lines', () => {
    const { document } = loadFixture('jsonld', 'careers-job.html', 'https://careers.northwind.example/jobs/5551234-applied-ml-engineer');
    expect(readJobPostingJsonLd(document)[0].description).toBe(
      'About us We build warehouse robots & the models that drive them.\nShip models to production\nOwn the evaluation harness',
    );
  });

  it('reads a top-level array, string hiringOrganization, name instead of title, full-IRI @type', () => {
    const { document } = loadFixture('jsonld', 'list-of-jobs.html', 'https://jobs.bluefin.example/roles');
    expect(readJobPostingJsonLd(document)).toEqual([
      {
        title: 'Data Platform Engineer',
        company: 'Bluefin Analytics',
        location: 'Austin, TX, US',
        url: 'https://jobs.bluefin.example/roles/data-platform-engineer-8812',
      },
      { title: 'Solutions Engineer & Trainer', location: 'Remote' },
    ]);
  });

  it('keeps hostile values as plain text and never adds elements to the page', () => {
    const { document } = loadFixture('jsonld', 'hostile.html', 'https://careers.mallory.example/jobs/4242');
    const [job] = readJobPostingJsonLd(document);
    expect(job.title).toBe('<img src=x onerror=alert(1)> Prompt Engineer');
    expect(job.company).toBe('Mallory Inc');
    expect(job.description).toBe('Hello\nWorld');
    expect(job.id).toBe('4242');
    expect(document.querySelectorAll('img').length).toBe(0);
  });

  it('returns nothing for pages without a titled JobPosting', () => {
    const { document } = loadFixture('jsonld', 'no-job.html', 'https://quiet.example/about');
    expect(readJobPostingJsonLd(document)).toEqual([]);
    expect(readJobPostingJsonLd(pageFromHtml('', 'https://quiet.example/').document)).toEqual([]);
  });

  it('bounds its work on thousands of blocks', () => {
    const job = (i: number) => ({ '@type': 'JobPosting', title: `Role ${i}`, identifier: String(i) });
    const noise = Array.from({ length: 3000 }, (_, i) => block({ '@type': 'WebPage', name: `page ${i}` })).join('');
    const jobs = Array.from({ length: 500 }, (_, i) => block(job(i))).join('');
    const { document } = pageFromHtml(`<html><head>${noise}${jobs}</head><body></body></html>`, 'https://x.example/');
    const started = performance.now();
    const found = readJobPostingJsonLd(document);
    expect(found.length).toBeLessThanOrEqual(50);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].title).toBe('Role 0');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('caps a 1 MB description instead of failing', () => {
    const description = `<p>${'model serving '.repeat(80_000)}</p>`;
    const { document } = pageFromHtml(block({ '@type': 'JobPosting', title: 'Big', description }), 'https://x.example/');
    const [job] = readJobPostingJsonLd(document);
    expect(description.length).toBeGreaterThan(1_000_000);
    expect(job.description!.length).toBeLessThanOrEqual(200_000);
    expect(job.description!.startsWith('model serving model serving')).toBe(true);
  });

  it('ignores deeply nested or odd values without throwing', () => {
    let deep: unknown = { '@type': 'JobPosting', title: 'Too deep' };
    for (let i = 0; i < 50; i++) deep = { wrap: deep };
    const odd = [null, 3, 'text', { '@type': 'JobPosting', title: 7, hiringOrganization: [null, { name: 'Array Co' }], jobLocation: 'Oslo' }];
    const { document } = pageFromHtml(block(deep) + block(odd), 'https://x.example/');
    expect(readJobPostingJsonLd(document)).toEqual([{ title: '7', company: 'Array Co', location: 'Oslo' }]);
  });
});

describe('jsonld adapter', () => {
  it('reads the open job with the h1 that shows its title (not the cookie dialog)', () => {
    const page = loadFixture('jsonld', 'careers-job.html', 'https://careers.northwind.example/jobs/5551234-applied-ml-engineer');
    const { cards, detail } = readPage(jsonld, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({ id: '5551234', title: 'Applied ML Engineer', company: 'Northwind Robotics' });
    expect(detail!.element).toBe(page.document.querySelector('h1.job-title'));
    expect(detail!.badgeAnchor).toBe(detail!.element);
  });

  it('falls back to the URL for the id and to the body for the element', () => {
    const html = block({ '@type': 'JobPosting', title: 'Forward Deployed Engineer' });
    const page = pageFromHtml(html, 'https://jobs.example/openings/778899-forward-deployed-engineer?ref=feed');
    const detail = jsonld.detail!(page);
    expect(detail).toMatchObject({ id: '778899', title: 'Forward Deployed Engineer' });
    expect(detail!.element).toBe(page.document.body);
    const noId = pageFromHtml(html, 'https://jobs.example/openings/forward-deployed-engineer');
    expect(jsonld.detail!(noId)!.id).toBe('https://jobs.example/openings/forward-deployed-engineer');
  });

  it('picks the job whose URL is the page among several', () => {
    const page = loadFixture('jsonld', 'list-of-jobs.html', 'https://jobs.bluefin.example/roles/data-platform-engineer-8812');
    expect(jsonld.detail!(page)).toMatchObject({ id: '8812', title: 'Data Platform Engineer' });
  });

  it('has no detail on a page without a job', () => {
    expect(readPage(jsonld, loadFixture('jsonld', 'no-job.html', 'https://quiet.example/about')).detail).toBeNull();
  });
});
