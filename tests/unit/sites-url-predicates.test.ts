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

  it('declares match patterns unless it is the schema.org fallback', () => {
    if (adapter.id === 'jsonld') expect(adapter.matches).toEqual([]);
    else expect(adapter.exampleUrls.length).toBeGreaterThan(0);
  });
});
