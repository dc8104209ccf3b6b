import { describe, expect, it } from 'vitest';
import { IMAGE_PLACEHOLDER, MAX_SNAPSHOT_BYTES, cleanUrl, sanitizeSnapshot, utf8Length } from '../../lib/snapshot/sanitize';
import { readPage } from '../../lib/sites/read-page';
import { indeed } from '../../lib/sites/indeed';
import { jsonld } from '../../lib/sites/jsonld';

// A hostile page of our own making: every kind of thing the snapshot must drop, next to job markup
// (LinkedIn-like and Indeed-like cards, JSON-LD, Inertia data-page) that it must keep.
const USER_NAME = 'Jane Q. Tester';
const USER_EMAIL = 'jane.tester@example.org';
const LD = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Forward Deployed Engineer',
  identifier: { '@type': 'PropertyValue', value: 'fde-77' },
  hiringOrganization: { '@type': 'Organization', name: 'Acme Robotics' },
  jobLocation: { '@type': 'Place', address: { addressLocality: 'Denver', addressCountry: 'US' } },
  description: '<p>Work with customers on site.</p>',
  url: 'https://jobs.example.com/fde-77',
  currentUser: { email: USER_EMAIL, name: USER_NAME },
};
const DATA_PAGE = JSON.stringify({
  component: 'Jobs/Show',
  props: { currentUser: { email: USER_EMAIL }, csrfToken: 'CSRF-DATA-PAGE', job: { id: 93768, title: 'Backend Engineer' } },
});

const HOSTILE = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Jobs | Example</title>
<meta name="csrf-token" content="CSRF-META-SECRET">
<meta name="_csrf" content="CSRF-META-2">
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<meta name="member-id" content="urn:li:member:123456">
<meta name="description" content="Software jobs">
<meta property="og:url" content="https://www.indeed.com/jobs?q=ai&trk=OG-TRK&utm_source=OGUTM">
<link rel="stylesheet" href="https://cdn.example/site.css">
<link rel="preload" as="script" href="https://cdn.example/app.js">
<link rel="alternate icon" href="https://cdn.example/favicon.png">
<link rel="canonical" href="https://www.indeed.com/jobs?q=ai&utm_campaign=CANON-UTM&fbclid=CANON-FB">
<style>.card { background: url(https://tracker.example/bg.gif) }</style>
<script>window.__USER__ = { email: "${USER_EMAIL}" };</script>
<script src="https://cdn.example/app.js" nonce="NONCE-SECRET"></script>
<script type="module">import('https://cdn.example/m.js')</script>
<script type="application/json" id="__NEXT_DATA__">{"props":{"session":"SESSION-NEXT"}}</script>
<script type="application/ld+json">${JSON.stringify(LD)}</script>
<script type="application/ld+json">{ this is not json "${USER_EMAIL}" </script>
<!-- server: build 42, user ${USER_EMAIL} -->
</head>
<body onload="steal()" style="margin:0; background:url(https://tracker.example/p.gif)">
<header id="global-nav" class="global-nav">
  <nav aria-label="Primary">
    <a href="/feed/?trk=nav_home" aria-label="Home">Home</a>
    <a href="/jobs/?trk=nav_jobs">Jobs</a>
    <div class="global-nav__me"><button class="global-nav__primary-link-me-menu-trigger">
      <img class="global-nav__me-photo" alt="${USER_NAME}" src="https://media.licdn.com/dms/image/profile-displayphoto-shrink_100_100/0/1?e=1&t=PHOTO-TOKEN">
      <span>Me</span></button>
      <div class="global-nav__me-content">${USER_NAME} · Staff Engineer at Initech</div>
    </div>
    <button aria-label="Me" data-view-name="navigation-settings"><span>Me</span></button>
    <button aria-label="Open account menu">${USER_NAME}</button>
  </nav>
</header>
<div id="gnav-main-container">
  <a data-gnav-element-name="Profile" href="https://profile.indeed.com/?hl=en">Profile of ${USER_NAME}</a>
  <button id="AccountMenu" data-gnav-element-name="AccountMenu" aria-label="Account">${USER_EMAIL}</button>
</div>
<p class="greeting">Welcome back, ${USER_NAME}! Signed in as ${USER_EMAIL}.</p>
<form action="/jobs?q=ai&trk=FORM-TRK" method="get">
  <input type="email" name="email" value="${USER_EMAIL}">
  <input type="hidden" name="csrf" value="CSRF-HIDDEN-INPUT">
  <textarea name="cover">TEXTAREA-SECRET</textarea>
  <select name="pref"><option selected value="SELECT-SECRET">SELECT-SECRET</option></select>
  <button type="submit">Search</button>
</form>
<iframe src="https://ads.example/frame?trk=IFRAME"></iframe>
<object data="https://ads.example/x.swf"></object>
<embed src="https://ads.example/y.swf">
<noscript><img src="https://px.example/pixel.gif?uid=NOSCRIPT-PIXEL"></noscript>
<template><script>TEMPLATE-SCRIPT()</script></template>
<code style="display: none" id="bpr-guid-123">{"miniProfile":{"firstName":"Jane","publicIdentifier":"BPR-BLOB"}}</code>
<a href="javascript:alert('JSURL-1')">bad 1</a>
<a href=" jAvA&#x09;ScRiPt:alert('JSURL-2')">bad 2</a>
<a href="data:text/html;base64,PHNjcmlwdD4=">bad 3</a>
<img src="x" onerror="alert('ONERROR')">
<svg onload="alert('SVGLOAD')"><path d="M0 0 L10 10"></path></svg>
<div onmouseover="alert('HOVER')" ping="https://ping.example/" data-ga-lbl="GA-LABEL" data-impression-id="IMPRESSION-1">hover me</div>
<div data-page='${DATA_PAGE.replace(/'/g, '&#39;')}'></div>
<role-lens-badge data-rolelens-label="other">BADGE</role-lens-badge>

<ul class="jobs-search__results-list">
  <li data-occludable-job-id="4001" class="scaffold-layout__list-item">
    <div class="job-card-container" data-job-id="4001" data-tracking-control-name="TRK-CONTROL" data-tracking-will-navigate="" data-rolelens-job="4001">
      <a class="job-card-container__link" aria-label="Account Executive" href="/jobs/view/4001/?refId=REFID-1&trackingId=TRACKINGID-1&trk=TRK-1&eBP=EBP-1">
        <strong>Account Executive</strong></a>
      <div class="artdeco-entity-lockup__subtitle" style="color:red; font-weight: bold">Globex</div>
      <img class="company-logo" alt="Globex logo" src="https://media.licdn.com/dms/image/company-logo_100_100/0/1?e=1&t=LOGO-TOKEN" srcset="https://media.licdn.com/a 1x, https://media.licdn.com/b 2x">
    </div>
  </li>
  <li data-occludable-job-id="4002"></li>
</ul>

<div id="mosaic-jobResults"><ul>
  <li><div class="job_seen_beacon"><table><tbody><tr><td>
    <h2 class="jobTitle"><a data-jk="4c819be57353b91d" href="/rc/clk?jk=4c819be57353b91d&tk=TK-1&from=serp&utm_source=UTM-1&vjs=3" onclick="track()">
      <span id="jobTitle-4c819be57353b91d" title="Machine Learning Platform Engineer">Machine Learning Platform Engineer</span></a></h2>
    <span data-testid="company-name">Initrode</span>
    <div data-testid="text-location">Remote</div>
  </td></tr></tbody></table></div></li>
  <li aria-hidden="true"><div class="job_seen_beacon"><h2 class="jobTitle"><a data-jk="0bb0c82f1ebd7121" href="/rc/clk?jk=0bb0c82f1ebd7121">
      <span id="jobTitle-0bb0c82f1ebd7121" title="Decoy">Decoy</span></a></h2></div></li>
  <li><div class="job_seen_beacon" style="display: none !important"><h2 class="jobTitle"><a data-jk="1111222233334444" href="/rc/clk?jk=1111222233334444">
      <span id="jobTitle-1111222233334444" title="Hidden Role">Hidden Role</span></a></h2></div></li>
</ul></div>
<!-- trailing comment with ${USER_EMAIL} -->
</body></html>`;

const NOW = new Date('2026-11-29T12:00:00.000Z');
const PAGE_URL = 'https://www.indeed.com/jobs?q=machine+learning&l=Remote&utm_source=newsletter&trk=HDR-TRK&fbclid=FBCLID-HDR&vjk=4c819be57353b91d';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function snapshot(html = HOSTILE, maxBytes?: number): { out: string; doc: Document; parsed: Document } {
  const doc = parse(html);
  const out = sanitizeSnapshot(doc, { url: PAGE_URL, now: NOW, maxBytes });
  return { out, doc, parsed: parse(out) };
}

function allElements(doc: Document): Element[] {
  return [...doc.querySelectorAll('*')];
}

describe('sanitizeSnapshot', () => {
  const { out, parsed } = snapshot();

  it('starts with a header naming the page (tracking parameters stripped) and the date', () => {
    expect(out.startsWith('<!-- Role Lens page snapshot: https://www.indeed.com/jobs?q=machine+learning&l=Remote&vjk=4c819be57353b91d, 2026-11-29T12:00:00.000Z -->\n')).toBe(true);
    expect(out.split('\n')[1]).toBe('<!DOCTYPE html>');
  });

  it('removes executable and styling elements, frames, embeds, form controls and templates', () => {
    for (const selector of ['script:not([type="application/ld+json"])', 'style', 'link[rel~="stylesheet"]', 'link[rel~="preload"]', 'link[rel~="icon"]', 'iframe', 'object', 'embed', 'noscript', 'input', 'textarea', 'select', 'option', 'template', 'role-lens-badge']) {
      expect(parsed.querySelectorAll(selector).length, selector).toBe(0);
    }
    for (const secret of ['window.__USER__', 'cdn.example', 'SESSION-NEXT', 'TEXTAREA-SECRET', 'SELECT-SECRET', 'CSRF-HIDDEN-INPUT', 'NOSCRIPT-PIXEL', 'TEMPLATE-SCRIPT', 'IFRAME', 'x.swf', 'y.swf', 'SVG-SCRIPT', 'BPR-BLOB', 'tracker.example', 'BADGE']) {
      expect(out, secret).not.toContain(secret);
    }
  });

  it('removes every on* handler, javascript: and data:text/html address, ping and nonce', () => {
    for (const el of allElements(parsed)) {
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
        expect(['ping', 'nonce', 'srcset'].includes(attr.name), `${el.tagName} ${attr.name}`).toBe(false);
        expect(/^(javascript|vbscript|data:text)/i.test(attr.value.replace(/[\u0000-\u0020]/g, '')), `${attr.name}=${attr.value}`).toBe(false);
      }
    }
    for (const marker of ['JSURL-1', 'JSURL-2', 'PHNjcmlwdD4', 'ONERROR', 'SVGLOAD', 'HOVER', 'steal()', 'track()']) expect(out).not.toContain(marker);
    // The links themselves stay (their text may matter to a fixture), only the address goes.
    expect(parsed.body.textContent).toContain('bad 2');
  });

  it('removes scripts inside SVG (built with the DOM: happy-dom cannot parse <script> in <svg>)', () => {
    const doc = parse('<html><body><div id="job" data-job-id="9">Role</div></body></html>');
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const script = doc.createElementNS('http://www.w3.org/2000/svg', 'script');
    script.textContent = "alert('SVG-SCRIPT')";
    svg.appendChild(script);
    svg.setAttribute('onload', "alert('SVG-ONLOAD')");
    doc.body.appendChild(svg);
    const result = sanitizeSnapshot(doc, { url: PAGE_URL, now: NOW });
    expect(result).not.toContain('SVG-SCRIPT');
    expect(result).not.toContain('SVG-ONLOAD');
    expect(result).toContain('data-job-id="9"');
  });

  it('keeps only a hiding inline style', () => {
    const styles = allElements(parsed).map((el) => el.getAttribute('style')).filter((s) => s !== null);
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(['display:none', 'visibility:hidden']).toContain(style);
    expect(out).not.toContain('font-weight');
    expect(parsed.querySelector('[data-jk="1111222233334444"]')?.closest('.job_seen_beacon')?.getAttribute('style')).toBe('display:none');
  });

  it('removes tracking attributes and tracking query parameters, keeps the rest of each address', () => {
    for (const el of allElements(parsed)) {
      for (const attr of el.attributes) expect(attr.name, attr.name).not.toMatch(/^data-(tracking|ga-|impression|rolelens)/);
    }
    for (const marker of ['TRK-CONTROL', 'GA-LABEL', 'IMPRESSION-1', 'REFID-1', 'TRACKINGID-1', 'TRK-1', 'EBP-1', 'TK-1', 'UTM-1', 'OG-TRK', 'OGUTM', 'CANON-UTM', 'CANON-FB', 'FORM-TRK', 'HDR-TRK', 'FBCLID-HDR', 'trk=nav_']) {
      expect(out, marker).not.toContain(marker);
    }
    expect(parsed.querySelector('a.job-card-container__link')?.getAttribute('href')).toBe('/jobs/view/4001/');
    expect(parsed.querySelector('a[data-jk="4c819be57353b91d"]')?.getAttribute('href')).toBe('/rc/clk?jk=4c819be57353b91d&from=serp&vjs=3');
    expect(parsed.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://www.indeed.com/jobs?q=ai');
    expect(parsed.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe('https://www.indeed.com/jobs?q=ai');
  });

  it('removes CSRF and other non-content meta, keeps description and og:*', () => {
    expect(parsed.querySelectorAll('meta[http-equiv]').length).toBe(0);
    for (const marker of ['CSRF-META-SECRET', 'CSRF-META-2', 'member-id', 'urn:li:member', 'evil.example']) expect(out).not.toContain(marker);
    expect(parsed.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Software jobs');
  });

  it('removes comments (all but its own header)', () => {
    expect(out.indexOf('<!--', 1)).toBe(-1);
    expect(out).not.toContain('build 42');
  });

  it("strips the person's own profile chrome, name and e-mail address everywhere", () => {
    expect(out).not.toContain(USER_NAME);
    expect(out).not.toContain(USER_EMAIL);
    expect(out).not.toContain('Initech');
    expect(out).not.toContain('PHOTO-TOKEN');
    for (const selector of ['.global-nav__me', '.global-nav__me-photo', '[data-view-name="navigation-settings"]', '[data-gnav-element-name="Profile"]', '#AccountMenu']) {
      expect(parsed.querySelector(selector), selector).toBeNull();
    }
    // The rest of the navigation stays.
    expect(parsed.querySelector('#global-nav a[aria-label="Home"]')).not.toBeNull();
    expect(parsed.querySelector('.greeting')?.textContent).toBe('Welcome back, [redacted]! Signed in as [redacted].');
  });

  it('replaces image addresses with the placeholder', () => {
    const images = [...parsed.querySelectorAll('img')];
    expect(images.length).toBeGreaterThan(0);
    for (const img of images) expect(img.getAttribute('src')).toBe(IMAGE_PLACEHOLDER);
    expect(out).not.toContain('LOGO-TOKEN');
    expect(parsed.querySelector('img.company-logo')?.getAttribute('alt')).toBe('Globex logo');
  });

  it('keeps job markup: cards, ids, titles, JSON-LD and data-page (scrubbed of the viewer)', () => {
    const card = parsed.querySelector('li[data-occludable-job-id="4001"] > div.job-card-container[data-job-id="4001"]');
    expect(card).not.toBeNull();
    // "Account Executive" is a job title, not an account menu.
    expect(card?.querySelector('a[aria-label="Account Executive"] strong')?.textContent).toBe('Account Executive');
    expect(card?.querySelector('.artdeco-entity-lockup__subtitle')?.textContent).toBe('Globex');
    expect(parsed.querySelector('li[data-occludable-job-id="4002"]')).not.toBeNull();
    expect(parsed.querySelector('#jobTitle-4c819be57353b91d')?.getAttribute('title')).toBe('Machine Learning Platform Engineer');
    expect(parsed.querySelector('li[aria-hidden="true"] a[data-jk="0bb0c82f1ebd7121"]')).not.toBeNull();

    const ld = [...parsed.querySelectorAll('script[type="application/ld+json"]')];
    expect(ld.length).toBe(1); // the broken block goes (not JSON: cannot be scrubbed), the good one stays
    const kept = JSON.parse(ld[0].textContent ?? '');
    expect(kept.title).toBe('Forward Deployed Engineer');
    expect(kept.hiringOrganization.name).toBe('Acme Robotics');
    expect(kept.currentUser).toBeUndefined();

    const data = JSON.parse(parsed.querySelector('[data-page]')?.getAttribute('data-page') ?? '');
    expect(data.props.job).toEqual({ id: 93768, title: 'Backend Engineer' });
    expect(data.props.currentUser).toBeUndefined();
    expect(data.props.csrfToken).toBeUndefined();
  });

  it('reads the same jobs from the snapshot as from the page (it can become a fixture)', () => {
    const original = parse(HOSTILE);
    const url = new URL(PAGE_URL);
    for (const adapter of [indeed, jsonld]) {
      const before = readPage(adapter, { url, document: original });
      const after = readPage(adapter, { url, document: parsed });
      const jobs = (r: typeof before) => ({ cards: r.cards.map((c) => c.job && { ...c.job, badgeAnchor: undefined }), detail: r.detail && { ...r.detail, element: undefined, badgeAnchor: undefined } });
      expect(jobs(after), adapter.id).toEqual(jobs(before));
    }
    // And the adapters do find them (the comparison above is not between two empty reads).
    expect(readPage(indeed, { url, document: parsed }).cards.map((c) => c.job.id)).toContain('4c819be57353b91d');
    expect(readPage(jsonld, { url: new URL('https://jobs.example.com/fde-77'), document: parsed }).detail?.title).toBe('Forward Deployed Engineer');
  });

  it('never changes the live document', () => {
    const doc = parse(HOSTILE);
    const before = doc.documentElement.outerHTML;
    const nodes = doc.querySelectorAll('*').length;
    const photo = doc.querySelector('.global-nav__me-photo');
    sanitizeSnapshot(doc, { url: PAGE_URL, now: NOW });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelectorAll('*').length).toBe(nodes);
    expect(photo?.isConnected).toBe(true);
    expect(photo?.getAttribute('src')).toContain('PHOTO-TOKEN');
  });

  it('is idempotent on its own output (apart from the header)', () => {
    const again = sanitizeSnapshot(parsed, { url: PAGE_URL, now: NOW });
    // Modulo whitespace: the parser moves the text after </html> into the body.
    const body = (s: string) => s.slice(s.indexOf('<html')).replace(/\s+/g, ' ').trim();
    expect(body(again)).toBe(body(out));
  });
});

describe('size bound', () => {
  // Few elements, much text (long descriptions, multi-byte characters): over the bound without a
  // DOM so big that happy-dom takes minutes to parse it.
  const prose = 'Rôle — ingénieur·e 🚀 platform ML, évaluation des modèles. '.repeat(200);
  const card = (i: number) =>
    `<li data-occludable-job-id="${i}"><div class="job-card-container" data-job-id="${i}"><a href="/jobs/view/${i}/">Role ${i}</a><p>${prose}</p></div></li>`;
  const huge = `<html><body><ul>${Array.from({ length: 250 }, (_, i) => card(i)).join('')}</ul></body></html>`;

  it('truncates a huge page to the bound with a marker, never inside a tag or a character', () => {
    const doc = parse(huge);
    const full = sanitizeSnapshot(doc, { url: 'https://www.linkedin.com/jobs/search/', now: NOW, maxBytes: Number.MAX_SAFE_INTEGER });
    expect(utf8Length(full)).toBeGreaterThan(MAX_SNAPSHOT_BYTES);
    const out = sanitizeSnapshot(doc, { url: 'https://www.linkedin.com/jobs/search/', now: NOW });
    const size = utf8Length(out);
    expect(size).toBeLessThanOrEqual(MAX_SNAPSHOT_BYTES);
    expect(size).toBeGreaterThan(MAX_SNAPSHOT_BYTES - 4096);
    expect(out).toMatch(new RegExp(`<!-- Role Lens: snapshot truncated at ${MAX_SNAPSHOT_BYTES} bytes of ${utf8Length(full)} -->\\n$`));
    const kept = out.slice(0, out.lastIndexOf('\n<!-- Role Lens: snapshot truncated'));
    expect(kept).not.toMatch(/<[^>]*$/); // not inside a tag
    expect(kept).not.toMatch(/&[#\w]*$/); // nor inside an entity
    expect(full.startsWith(kept)).toBe(true);
    expect(kept).not.toMatch(/[\uD800-\uDBFF]$/); // never half an emoji
  }, 60_000);

  it('respects small custom bounds, cutting before a tag or an entity it would split', () => {
    const doc = parse(HOSTILE);
    const full = utf8Length(sanitizeSnapshot(doc, { url: PAGE_URL, now: NOW }));
    for (let maxBytes = 600; maxBytes < full; maxBytes += 97) {
      const out = sanitizeSnapshot(doc, { url: PAGE_URL, now: NOW, maxBytes });
      expect(utf8Length(out)).toBeLessThanOrEqual(maxBytes);
      expect(out).toContain(`snapshot truncated at ${maxBytes} bytes`);
      const kept = out.slice(0, out.lastIndexOf('\n<!-- Role Lens: snapshot truncated'));
      expect(kept, String(maxBytes)).not.toMatch(/<[^>]*$/);
      expect(kept, String(maxBytes)).not.toMatch(/&[#\w]*$/);
    }
  });

  it('leaves a page under the bound whole', () => {
    const { out } = snapshot();
    expect(out).not.toContain('snapshot truncated');
    expect(out.trimEnd().endsWith('</html>')).toBe(true);
  });
});

describe('cleanUrl', () => {
  it.each([
    ['/jobs/view/1/?trk=a&refId=b&trackingId=c&currentJobId=1', '/jobs/view/1/?currentJobId=1'],
    ['https://x.test/?utm_source=a&UTM_MEDIUM=b&q=ai#frag', 'https://x.test/?q=ai#frag'],
    ['https://x.test/?email=a%40b.co&to=jane%40example.org&ok=1', 'https://x.test/?ok=1'],
    ['https://x.test/?latLong=31.9,-81.1&l=Remote', 'https://x.test/?l=Remote'],
    ['/path', '/path'],
    ['?trk=only', ''],
    ['JAVASCRIPT:alert(1)', null],
    ['\u0001 java\nscript:alert(1)', null],
    ['vbscript:x', null],
    ['data:text/html,<b>x</b>', null],
  ])('%s', (input, expected) => {
    expect(cleanUrl(input)).toBe(expected);
  });

  it('cleans addresses nested in a parameter', () => {
    const nested = `https://x.test/logout?continue=${encodeURIComponent('https://www.indeed.com/jobs?q=ai&latLong=1,2&tk=abc')}`;
    expect(decodeURIComponent(cleanUrl(nested) ?? '')).toBe('https://x.test/logout?continue=https://www.indeed.com/jobs?q=ai');
  });
});
