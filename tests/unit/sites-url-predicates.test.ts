import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForPage } from '../../lib/sites';
import { matchesPattern } from '../../lib/sites/match-pattern';

// Every adapter's own example URLs pick that adapter, its non-job examples pick none, and no other
// adapter claims either. New adapters are covered as they are added to ADAPTERS.
describe.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s URL predicates', (_id, adapter) => {
  const others = ADAPTERS.filter((other) => other !== adapter);
  const claimedBy = (url: URL) =>
    others.filter((other) => other.matches.some((p) => matchesPattern(p, url)) && other.isJobPage(url)).map((o) => o.id);

  it.each(adapter.exampleUrls.map((href) => [href]))('job page %s', (href) => {
    const url = new URL(href);
    expect(adapterForPage(url)?.id).toBe(adapter.id);
    expect(claimedBy(url)).toEqual([]);
  });

  it.each((adapter.nonJobExampleUrls ?? []).map((href) => [href]))('not a job page %s', (href) => {
    const url = new URL(href);
    expect(adapter.matches.some((p) => matchesPattern(p, url))).toBe(true);
    expect(adapter.isJobPage(url)).toBe(false);
    expect(adapterForPage(url)).toBeNull();
    expect(claimedBy(url)).toEqual([]);
  });

  it('declares match patterns unless it is the schema.org fallback or a vendor with no host of its own (read where recognized)', () => {
    if (adapter.id === 'jsonld' || adapter.id === 'bullhorn') expect(adapter.matches).toEqual([]);
    else expect(adapter.exampleUrls.length).toBeGreaterThan(0);
    if (adapter.id === 'bullhorn') expect(adapter.recognizes).toBeTypeOf('function');
  });
});

describe('matchesPattern', () => {
  const at = (href: string) => new URL(href);
  it.each([
    ['https://*.lever.co/*', 'https://jobs.lever.co/acme/123', true],
    ['https://*.lever.co/*', 'https://lever.co/', true],
    ['https://*.lever.co/*', 'https://notlever.co/x', false],
    ['https://*.lever.co/*', 'http://jobs.lever.co/x', false],
    ['*://news.ycombinator.com/*', 'http://news.ycombinator.com/item?id=1', true],
    ['*://news.ycombinator.com/*', 'ftp://news.ycombinator.com/item', false],
    ['https://www.linkedin.com/jobs/*', 'https://www.linkedin.com/jobs/view/1/', true],
    ['https://www.linkedin.com/jobs/*', 'https://www.linkedin.com/feed/', false],
    ['https://www.example.com/a*b?x=*', 'https://www.example.com/a-b?x=1', true],
    ['https://www.example.com/a.b', 'https://www.example.com/aXb', false],
    ['https://*/*', 'https://anything.test/', true],
    ['https://*.bamboohr.com/careers*', 'https://acme.bamboohr.com/careers', true],
    ['https://*.bamboohr.com/careers*', 'https://acme.bamboohr.com/careers/36', true],
    ['https://*.bamboohr.com/careers*', 'https://acme.bamboohr.com/home', false],
    ['not a pattern', 'https://www.linkedin.com/', false],
  ])('%s vs %s → %s', (pattern, href, expected) => {
    expect(matchesPattern(pattern, at(href))).toBe(expected);
    expect(matchesPattern(pattern, at(href))).toBe(expected); // the compiled pattern, cached
  });
});
