import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, SUPPORTED_MATCHES } from '../../lib/sites';
import { SITES } from '../../lib/sites/catalog';
import { matchesPattern } from '../../lib/sites/match-pattern';

// Each supported site has its own content script (entrypoints/<site>.content.ts), so a page loads
// only its own adapter's code. These checks keep that list and the registry (lib/sites/index.ts) one.
const ENTRYPOINTS = join(__dirname, '..', '..', 'entrypoints');
const injected = ADAPTERS.filter((adapter) => adapter.matches.length > 0);

describe('one content script per site', () => {
  it('every site with host patterns has its entrypoint, and there is no other', () => {
    const files = readdirSync(ENTRYPOINTS).filter((name) => /\.content\.[jt]sx?$/.test(name)).sort();
    expect(files).toEqual(injected.map((adapter) => `${adapter.id}.content.ts`).sort());
  });

  for (const adapter of injected) {
    it(`${adapter.id}: its content script runs on exactly the adapter's hosts`, async () => {
      const entry = (await import(`../../entrypoints/${adapter.id}.content.ts`)).default;
      expect(entry.matches).toEqual([...adapter.matches]);
      // In frames only where the site's boards are embedded in other pages (Greenhouse).
      expect(entry.allFrames ?? false).toBe(adapter.framed ?? false);
      expect(entry.includeGlobs).toEqual(adapter.includeGlobs ? [...adapter.includeGlobs] : undefined);
      expect(typeof entry.main).toBe('function');
    });
  }

  it('together they cover the supported matches, and no page gets two of them', () => {
    expect(injected.flatMap((adapter) => adapter.matches).sort()).toEqual([...SUPPORTED_MATCHES].sort());
    for (const adapter of injected) {
      for (const href of [...adapter.exampleUrls, ...(adapter.nonJobExampleUrls ?? [])]) {
        const url = new URL(href);
        const others = injected.filter((other) => other !== adapter && other.matches.some((pattern) => matchesPattern(pattern, url)));
        expect(others.map((other) => other.id), href).toEqual([]);
      }
    }
  });
});

/** A manifest glob as the browser reads it: `*` any run of characters, `?` any one, against the whole address. */
const globMatches = (glob: string, href: string) =>
  new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`).test(href);

describe('content scripts narrowed by include_globs', () => {
  const globbed = injected.filter((adapter) => adapter.includeGlobs);
  it("let in every one of the adapter's example job addresses, and not its other pages that are no job page", () => {
    expect(globbed.map((adapter) => adapter.id)).toEqual(['googlejobs']);
    for (const adapter of globbed) {
      for (const href of adapter.exampleUrls) expect(adapter.includeGlobs!.some((glob) => globMatches(glob, href)), href).toBe(true);
      for (const href of adapter.nonJobExampleUrls ?? []) expect(adapter.includeGlobs!.some((glob) => globMatches(glob, href)), href).toBe(false);
    }
  });
});

describe("the popup's site catalog", () => {
  it('names exactly the sites with a content script, in the registry\'s order, as their adapters do', () => {
    expect(SITES).toEqual(injected.map(({ id, name }) => ({ id, name })));
  });
});

describe('code that runs in content scripts', () => {
  it("never iterates a URL's search parameters through keys(), values() or entries(): in Firefox a content script gets iterators it cannot spread from them (FindAPhD read nothing there)", () => {
    const lib = join(__dirname, '..', '..', 'lib');
    const files = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    const offending = files.filter((name) => /searchParams\s*\.\s*(?:keys|values|entries)\s*\(/.test(readFileSync(join(lib, name), 'utf8')));
    expect(files.length).toBeGreaterThan(100);
    expect(offending).toEqual([]);
  });
});
