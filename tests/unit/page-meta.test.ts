import { describe, expect, it } from 'vitest';
import { careersSiteCompany, declaredUrls, idFromUrl, jobAddress, jobIdParam, logoName, metaContent, sameSite, siteCompany } from '../../lib/sites/page-meta';
import { pageFromHtml } from './site-fixture';

describe('metaContent', () => {
  it('decodes entities a page escaped twice, as text', () => {
    const { document } = pageFromHtml('<meta name="description" content="Sales &amp;amp; Marketing &amp;lt;b&amp;gt;now&amp;#39;s&amp;#x1F44B;">', 'https://acme.example/');
    expect(metaContent(document, ['description'])).toBe("Sales & Marketing <b>now's👋");
    const once = pageFromHtml('<meta property="og:title" content="R&amp;D Engineer &amp;bogus; &amp;#99999999;">', 'https://acme.example/');
    expect(metaContent(once.document, ['og:title'])).toBe('R&D Engineer &bogus; &#99999999;');
  });
});

describe('declaredUrls', () => {
  it("takes the address a page declares, but not its site's front page declared by a page below it", () => {
    const declared = (head: string, url: string) => declaredUrls(pageFromHtml(head, url).document, new URL(url)).map((u) => u.href);
    const both = '<meta property="og:url" content="https://immudb.example"><link rel="canonical" href="https://immudb.example/">';
    expect(declared(both, 'https://immudb.example/careers/senior-go-engineer.html')).toEqual([]);
    expect(declared(both, 'https://immudb.example/')).toEqual(['https://immudb.example/', 'https://immudb.example/']);
    expect(declared('<link rel="canonical" href="/careers/senior-go-engineer">', 'https://immudb.example/careers/senior-go-engineer?ref=x')).toEqual([
      'https://immudb.example/careers/senior-go-engineer',
    ]);
  });
});

describe('careersSiteCompany', () => {
  it('reads the company a careers page\'s title names, after any separator and in the languages of Europe', () => {
    const company = (title: string) => careersSiteCompany(pageFromHtml(`<title>${title}</title>`, 'https://acme.example/').document);
    expect(company('Neubloc > Kariera')).toBe('Neubloc');
    expect(company('Acme | Careers')).toBe('Acme');
    expect(company('Lediga jobb – Acme')).toBe('Acme');
    // The site's name or tagline after a dash: "Empleo en DISID - DISID, Be Software".
    expect(company('Empleo en Quillon - Quillon, Be Software')).toBe('Quillon');
    expect(company('Werken bij Quillon – Quillon')).toBe('Quillon');
    expect(company('Jobs at Fugro Germany GmbH | JOIN')).toBe('Fugro Germany GmbH');
    // An invitation after the page's name, and a bullet before it.
    expect(company('3QS • Careers - Join Our Team!')).toBe('3QS');
    expect(company('Quillon Careers | We’re hiring')).toBe('Quillon');
    expect(company('Quillon Careers - Data Engineer'), "a job's title after the careers page's name").toBeUndefined();
  });

  it("reads the name the site's logo gives, for a page that names its company nowhere else", () => {
    const company = (body: string) => logoName(pageFromHtml(`<title>Jobs</title><header>${body}</header><main><h1>Jobs</h1></main>`, 'https://acme.example/jobs').document);
    expect(company('<a href="/" class="logo"><img src="/img/quillon-logo.png" alt="Quillon"></a>')).toBe('Quillon');
    expect(company('<a href="https://acme.example/"><img src="/img/brand.svg" alt="Quillon logo"></a>')).toBe('Quillon');
    expect(company('<a href="https://acme.example/"><img class="logo" src="data:," alt="Quillon A/S Career Home Page "></a>')).toBe('Quillon A/S');
    expect(company('<img class="header-logo-svg" src="/logo.png" alt="Quillon.ai Header Logo">')).toBe('Quillon.ai');
    expect(company('<a href="/"><img src="/brand.svg" alt="Quillon - Home"></a>')).toBe('Quillon');
    expect(company('<img class="site-logo" src="/q.svg" alt="Logo">'), 'a logo that names no one').toBeUndefined();
    expect(company('<a href="/team"><img src="/img/lydia.jpg" alt="Lydia Marsh"></a>'), 'a photo').toBeUndefined();
    expect(company('<img class="imageborder" src="/Jobs/All/1450/ShowImage/Finance.jpg?ep=/Positions/1450/GetActiveLogo" alt="Finance.jpg">'), "an image's file name").toBeUndefined();
  });
});

describe('idFromUrl and jobIdParam', () => {
  it('take a query parameter that names the job before the path, and the path when none does', () => {
    expect(jobIdParam(new URL('https://x.example/jobdetail.ftl?lang=en&job=2300012'))).toEqual(['job', '2300012']);
    expect(idFromUrl(new URL('https://x.example/careers/88123-data-engineer?gh_jid=4410001'))).toBe('4410001');
    expect(idFromUrl(new URL('https://x.example/careers/88123-data-engineer?id=top&page=2'))).toBe('88123');
    expect(idFromUrl(new URL('https://x.example/careers/data-engineer?utm_id=123'))).toBeUndefined();
  });

  it("take the job shown from Greenhouse's or Ashby's embedded board on a careers page, and keep only that in its address", () => {
    const embedded = new URL('https://x.example/careers?utm_source=news&ashby_jid=FC868832-3865-4F4A-8222-33422A7D3D96#apply');
    expect(idFromUrl(embedded)).toBe('fc868832-3865-4f4a-8222-33422a7d3d96');
    expect(jobAddress(embedded)).toBe('https://x.example/careers?ashby_jid=fc868832-3865-4f4a-8222-33422a7d3d96');
    expect(jobAddress(new URL('https://x.example/careers/job?4609928006&board=x&gh_jid=4609928006'))).toBe('https://x.example/careers/job?gh_jid=4609928006');
    expect(jobAddress(new URL('https://x.example/careers/88123-data-engineer?utm_medium=feed'))).toBe('https://x.example/careers/88123-data-engineer');
  });

  it('take no year for an id: every job of that year would share it', () => {
    expect(idFromUrl(new URL('https://x.example/jobs/ml-engineer-2025'))).toBeUndefined();
    expect(idFromUrl(new URL('https://x.example/jobs/2025-summer-intern'))).toBeUndefined();
    expect(idFromUrl(new URL('https://x.example/2025/05/ml-engineer'))).toBeUndefined();
    expect(idFromUrl(new URL('https://x.example/jobs/48213/ml-engineer-2025'))).toBe('48213');
    expect(idFromUrl(new URL('https://x.example/jobs/ml-engineer-3025'))).toBe('3025');
    // The address's whole last segment is the job's number, whatever it reads as.
    expect(idFromUrl(new URL('https://x.example/jobs/2025'))).toBe('2025');
  });
});

describe('sameSite', () => {
  const same = (a: string, b: string) => sameSite(new URL(a), new URL(b));
  it('takes any host of the name a site registered as the site itself', () => {
    expect(same('https://jobs.acme.org/x', 'https://www.acme.org/careers')).toBe(true);
    expect(same('https://acme.org/jobs/1', 'https://careers.acme.org/')).toBe(true);
    expect(same('https://jobs.acme.co.uk/1', 'https://www.acme.co.uk/')).toBe(true);
    expect(same('https://www.acme.org/a', 'https://www.acme.org/b')).toBe(true);
  });
  it('keeps other sites apart, also those under the same country\'s second level', () => {
    expect(same('https://jobs.other.org/x', 'https://www.acme.org/')).toBe(false);
    expect(same('https://other.co.uk/x', 'https://acme.co.uk/')).toBe(false);
    expect(same('https://notacme.org/x', 'https://www.acme.org/')).toBe(false);
  });
});

describe('siteCompany', () => {
  const named = (site: string) => siteCompany(pageFromHtml(`<head><meta property="og:site_name" content="${site}"></head>`, 'https://careers.acme.example/').document);
  it('reads the company without "Careers" and without a tagline after a separator', () => {
    expect(named('Acme Careers')).toBe('Acme');
    expect(named('acme Careers - Jobs in Beauty-Tech &amp; E-commerce')).toBe('acme');
    expect(named('Careers | Acme')).toBe('Acme');
    expect(named('Rolls-Royce')).toBe('Rolls-Royce');
    expect(named('Jobs in Shipping, Ports and Logistics'), "a board's description").toBeUndefined();
    expect(named('NORTHWIND Job Portal')).toBe('NORTHWIND');
    expect(named('Northwind Careers Portal')).toBe('Northwind');
  });
});
