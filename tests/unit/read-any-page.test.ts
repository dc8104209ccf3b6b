import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAnyPage } from '../../lib/page/read-any-page';
import { pageFromHtml } from './site-fixture';

const JOB_URL = 'https://www.marrowstone.example/careers/inference-engineer';
/** A job page in a company's own design: the posting only in the page. */
const JOB_PAGE = readFileSync('tests/fixtures/page/job.html', 'utf8');
const withData = (description: string) =>
  JOB_PAGE.replace(
    '</head>',
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Inference Engineer', description, hiringOrganization: 'Marrowstone Labs' })}</script></head>`,
  );

describe('readAnyPage: pages no adapter claims', () => {
  it('reads a job page from its schema.org data, and from the page itself where the data gives only a teaser of the posting', () => {
    const teaser = readAnyPage(pageFromHtml(withData('We are hiring an Inference Engineer.'), JOB_URL));
    expect(teaser.reader).toBe('jsonld');
    expect(teaser.detail).toMatchObject({ title: 'Inference Engineer', company: 'Marrowstone Labs' });
    expect(teaser.detail?.description).toContain('Write and tune GPU kernels for attention');
    expect(teaser.detail?.location, 'the place the page shows, where the data names none').toBe('San Francisco, CA');
    // A description of the posting's own length is the posting: kept as the data gives it.
    const full = `Serve our models. ${'Cut latency at every layer of the stack. '.repeat(10)}`;
    expect(readAnyPage(pageFromHtml(withData(full), JOB_URL)).detail?.description).toBe(full.trim());
  });

  it("reads the page's posting from its title on, without the site's header before it, where the data has no description", () => {
    const page = JOB_PAGE.replace('</head>', `<script type="application/ld+json">{"@type":"JobPosting","title":"Inference Engineer","datePosted":"2026-10-14"}</script></head>`);
    const detail = readAnyPage(pageFromHtml(page, JOB_URL)).detail;
    expect(detail?.description).toContain('Write and tune GPU kernels for attention');
    expect(detail?.description?.split('\n')[0]).not.toMatch(/Inference Engineer|Marrowstone|Careers|Skip/);
  });

  it('keeps the teaser where the page shows no posting of its own to read', () => {
    const html = `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Inference Engineer', description: 'We are hiring.' })}</script><h1>Inference Engineer</h1>`;
    expect(readAnyPage(pageFromHtml(html, JOB_URL)).detail?.description).toBe('We are hiring.');
  });
});
