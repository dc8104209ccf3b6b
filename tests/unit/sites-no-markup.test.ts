// A page of a supported site in markup no adapter knows (a redesign, an error page, a consent
// wall) must list no jobs: missing a listing is recoverable, inventing one is not.
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/sites';
import { readPage } from '../../lib/sites/read-page';
import { pageFromHtml } from './site-fixture';

const UNRELATED = `<!doctype html>
<html><head><title>Careers | Example</title><meta name="description" content="We are hiring engineers."></head>
<body>
<header><nav><a href="/">Home</a><a href="/about">About</a><a href="/careers">Careers</a><a href="/blog/we-are-hiring">Blog</a></nav></header>
<main>
  <h1>We are hiring</h1>
  <p>Software Engineer, Machine Learning Engineer and Product Designer roles open soon.</p>
  <ul class="list"><li><h3>Software Engineer</h3><p>Remote</p></li><li><h3>Data Scientist</h3><p>Berlin</p></li></ul>
  <div class="card"><h2>Life at Example</h2><p>Teams, offices and benefits.</p><a href="/teams">Meet the teams</a></div>
  <table><tr><td>Engineering</td><td>12 people</td></tr></table>
  <section><h2>Something went wrong</h2><button type="button">Try again</button></section>
</main>
<footer><a href="/privacy">Privacy</a><a href="/terms">Terms</a></footer>
</body></html>`;

describe('a site page with none of the markup an adapter reads', () => {
  for (const adapter of ADAPTERS) {
    for (const href of adapter.exampleUrls) {
      it(`${adapter.id}: no listing at ${href}`, () => {
        expect(readPage(adapter, pageFromHtml(UNRELATED, href)).cards).toEqual([]);
      });
    }
  }
});
