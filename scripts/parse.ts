// npm run -s parse -- [--url URL] FILE.html   (a URL no adapter claims: a known vendor's career-site markup, else the page's
// schema.org JobPosting data, else its links to postings on job sites, as site "links", else the one job its main heading
// and text describe, as site "page", else its links to job pages of its own site, as site "links")
// Prints {"site", "listings": [{id,title,company,location,url}], "detail": null | {id,title,company,location,description}}
import { readFileSync } from 'node:fs';
import { adapterForPage } from '../lib/sites';
import { headedJobPage } from '../lib/sites/headed-job-page';
import { jsonld } from '../lib/sites/jsonld';
import { inlineRoles } from '../lib/sites/inline-roles';
import { linkedPostings } from '../lib/sites/linked-postings';
import { readPage, withinLimits } from '../lib/sites/read-page';
import { recognizedAdapter } from '../lib/sites/recognize';
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
// A supported site's job page; else a vendor's career site on a company's domain, by its markup;
// else the page's schema.org JobPosting data.
const adapter = adapterForPage(url) ?? recognizedAdapter({ url, document }) ?? jsonld;
const read = readPage(adapter, { url, document });
const { detail } = read;
// A page with no job data of its own may link to its postings on job sites ("links": each id is that site's).
const found = detail || read.cards.length;
const linked = adapter === jsonld && !found ? linkedPostings({ url, document }) : [];
// Else a job page in a company's own design, read from its main heading and the posting around it ("page").
const headed = adapter === jsonld && !found && !linked.length ? withinLimits(headedJobPage({ url, document })) : null;
// Else its links to job pages of its own site ("links": a careers page listing its own job pages).
const own = adapter === jsonld && !found && !linked.length && !headed ? linkedPostings({ url, document }, { ownSite: true }) : [];
// Else the roles it writes out under their headings ("page": a careers page with no page per job).
const inline = adapter === jsonld && !found && !linked.length && !headed && !own.length ? inlineRoles({ url, document }) : [];
const cards = linked.length ? linked : own.length ? own : inline.length ? inline : read.cards;
const openJob = detail ?? headed;

const out = {
  site: linked.length || own.length ? 'links' : headed || inline.length ? 'page' : adapter.id,
  listings: cards.map(({ job }) => ({
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
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
await close();
