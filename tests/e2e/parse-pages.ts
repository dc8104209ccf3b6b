// Also prints the adapters ({ id, name, matches, showsJobs: whether it reads a job shown in full, showsLists: whether it reads list cards }) and SUPPORTED_MATCHES, so .mjs tests need not import TS.
// Reads many fixture pages in one process, the way `npm run -s parse` (scripts/parse.ts) reads one:
// same happy-dom setup, same adapters and readPage. stdin: [{ url, path }]; stdout: one result each,
// { site, listings: [{ id, title }], detail: null | { id, title }, marked: [id] } where `marked`
// lists what the content script's scanner should mark: every card element the adapter reads (no
// de-duplication by id: each element is marked) and the detail element when it is another element.
// Run by tests/e2e/site-pages.mjs (`node --import tsx tests/e2e/parse-pages.ts`).
import { readFileSync } from 'node:fs';
import { ADAPTERS, SUPPORTED_MATCHES, adapterForPage } from '../../lib/sites';
import { jsonld } from '../../lib/sites/jsonld';
import { cardElements, readCard, readPage } from '../../lib/sites/read-page';
import { loadPage } from '../../scripts/lib-parse/load-page';

const cases = JSON.parse(readFileSync(0, 'utf8')) as { url: string; path: string }[];
const results = [];
for (const { url: href, path } of cases) {
  const url = new URL(href);
  const { document, close } = loadPage(readFileSync(path, 'utf8'), url);
  const page = { url, document };
  const runs = adapterForPage(url);
  const adapter = runs ?? jsonld;
  const { cards, detail } = readPage(adapter, page);
  const marked: string[] = [];
  if (runs) {
    const elements = new Set<Element>();
    if (runs.cards) {
      for (const element of cardElements(runs.cards, document)) {
        const job = readCard(runs.cards, element, page);
        if (job) {
          elements.add(element);
          marked.push(job.id);
        }
      }
    }
    if (detail && !elements.has(detail.element)) marked.push(detail.id);
  }
  results.push({
    url: href,
    site: adapter.id,
    runs: Boolean(runs),
    listings: cards.map(({ job }) => ({ id: job.id, title: job.title })),
    detail: detail && { id: detail.id, title: detail.title },
    marked,
  });
  await close();
}
const adapters = ADAPTERS.map((a) => ({ id: a.id, name: a.name, matches: a.matches, showsJobs: !!a.detail, showsLists: !!a.cards }));
process.stdout.write(JSON.stringify({ adapters, supportedMatches: SUPPORTED_MATCHES, results }));
