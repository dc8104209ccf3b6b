// Every fixture page of the real-browser tests, read outside the browser: each listing's badge goes inside the element
// marked for it (five job pages' headings outside their postings' blocks were caught by the Firefox run at stop 43;
// readDetail now widens a detail's element to its anchor, and cards are each adapter's own to get right).
import { describe, expect, it } from 'vitest';
import { adapterForPage } from '../../lib/sites';
import { readPage } from '../../lib/sites/read-page';
// @ts-expect-error: a plain JavaScript module of the real-browser tests
import { SITE_PAGES } from '../e2e/site-pages.mjs';
import { loadFixture } from './site-fixture';

const pages = SITE_PAGES as { site: string; kind: string; file: string; url: string }[];

describe('badges go inside the elements marked for their listings', () => {
  it.each(pages.map((p) => [p.file, p.url]))('%s at %s', (file, url) => {
    const [site, name] = file.split('/');
    const page = loadFixture(site, name, url);
    const adapter = adapterForPage(page.url);
    expect(adapter).toBeDefined();
    const { cards, detail } = readPage(adapter!, page);
    for (const { element, job } of cards) if (job.badgeAnchor) expect(element.contains(job.badgeAnchor), `${job.id}'s badge`).toBe(true);
    if (detail?.badgeAnchor) expect(detail.element.contains(detail.badgeAnchor), `${detail.id}'s badge`).toBe(true);
  });
});
