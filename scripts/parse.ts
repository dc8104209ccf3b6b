// npm run -s parse -- [--url URL] FILE.html   (a URL no adapter claims is read as "Analyze this page" reads it: a known
// vendor's career-site markup, else the page's schema.org JobPosting data, else its links to postings on job sites, as site
// "links", else the one job its main heading and text describe, as site "page", else its links to job pages of its own
// site, as site "links", else the roles it writes out under their headings, as site "page"; see lib/page/read-any-page.ts)
// Prints {"site", "listings": [{id,title,company,location,url}], "detail": null | {id,title,company,location,description}}
import { readFileSync } from 'node:fs';
import { adapterForPage } from '../lib/sites';
import { adapterRead, readAnyPage } from '../lib/page/read-any-page';
import { exitQuietlyWhenReaderCloses } from './lib-cli/closed-pipe';
import { loadPage } from './lib-parse/load-page';

function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n`);
  process.exit(2);
}

const USAGE = 'usage: npm run -s parse -- [--url URL] FILE.html';
const args = process.argv.slice(2);
const urlAt = args.indexOf('--url');
if (urlAt >= 0 && urlAt + 1 >= args.length) fail(USAGE);
const urlArg = urlAt >= 0 ? args[urlAt + 1] : undefined;
const file = args.filter((_, i) => urlAt < 0 || (i !== urlAt && i !== urlAt + 1))[0];
if (!file) fail(USAGE);

let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}

let url: URL;
try {
  url = new URL(urlArg ?? 'https://unknown.invalid/');
} catch {
  fail(`not a URL: ${urlArg}`);
}

let loaded: ReturnType<typeof loadPage>;
try {
  loaded = loadPage(html, url);
} catch (error) {
  fail(`cannot parse ${file} as HTML: ${(error as Error).message}`);
}
const { document, close } = loaded;
// A supported site's page; else the first of the fallback readers that finds a job (as "Analyze this page").
const adapter = adapterForPage(url);
const read = adapter ? adapterRead(adapter, { url, document }) : readAnyPage({ url, document });
const openJob = read.detail;

const out = {
  site: read.reader,
  listings: read.listed.map(({ job }) => ({
    id: job.id,
    title: job.title,
    company: job.company ?? null,
    location: job.location ?? null,
    url: job.url ?? null,
  })),
  detail: openJob && {
    id: openJob.id,
    title: openJob.title,
    company: openJob.company ?? null,
    location: openJob.location ?? null,
    description: openJob.description ?? null,
  },
};
exitQuietlyWhenReaderCloses();
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
await close();
