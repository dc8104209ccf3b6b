import { describe, expect, it } from 'vitest';
import { eures } from '../../lib/sites/eures';
import { hrmanager } from '../../lib/sites/hrmanager';
import { readPage } from '../../lib/sites/read-page';
import { simplify } from '../../lib/sites/simplify';
import { trademe } from '../../lib/sites/trademe';
import { varbi } from '../../lib/sites/varbi';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('EURES', () => {
  it('reads each result: the id its title link names, title (markup kept as text), employer, every place as "region, country"', () => {
    const { cards } = readPage(eures, loadFixture('eures', 'search.html', 'https://europa.eu/eures/portal/jv-se/search?page=1&keywordsEverywhere=ai&lang=en'));
    expect(cardRows(cards)).toEqual([
      ['OTAwMDAxIDI', 'Machine Learning Engineer (LLM Training)', 'Rhein KI GmbH', 'Cologne, urban district, Germany'],
      ['OTAwMDAyIDQy', 'Forward Deployed Engineer', 'Lisboa Agents Lda', 'Lisboa, Portugal; Porto, Portugal'],
      ['OTAwMDAzIDI', 'Koch <img src=x onerror=alert(1)>', undefined, 'Austria'],
    ]);
    expect(cards[0].job.url).toBe('https://europa.eu/eures/portal/jv-se/jv-details/OTAwMDAxIDI');
  });

  it("reads a job's page: heading, employer, place from its parts, posting; not when its handle names another job", () => {
    const url = 'https://europa.eu/eures/portal/jv-se/jv-details/OTAwMDAyIDQy?lang=en';
    const { detail } = readPage(eures, loadFixture('eures', 'job.html', url));
    expect(detail).toMatchObject({
      id: 'OTAwMDAyIDQy',
      title: 'Forward Deployed Engineer',
      company: 'Lisboa Agents Lda',
      location: 'Lisboa, Área Metropolitana de Lisboa, Portugal',
      url: 'https://europa.eu/eures/portal/jv-se/jv-details/OTAwMDAyIDQy',
    });
    expect(detail!.description).toContain('deploy our AI agents');
    // The "next" button moved the address on before the page was drawn again.
    expect(readPage(eures, loadFixture('eures', 'job.html', 'https://europa.eu/eures/portal/jv-se/jv-details/OTAwMDAxIDI')).detail).toBeNull();
  });

  it('takes ids written with escapes or padding as the site writes them, and nothing else', () => {
    expect(eures.isJobPage(new URL('https://europa.eu/eures/portal/jv-se/jv-details/YWJj%2BZA%3D%3D'))).toBe(true);
    expect(readPage(eures, pageFromHtml('<h1 id="jv-title">X</h1>', 'https://europa.eu/eures/portal/jv-se/jv-details/YWJj%2BZA%3D%3D')).detail?.id).toBe('YWJj+ZA');
    expect(eures.isJobPage(new URL('https://europa.eu/eures/portal/jv-se/jv-details/%E0%A4%A'))).toBe(false);
    expect(eures.isJobPage(new URL('https://europa.eu/eures/portal/jv-se/jv-details/abc%20def'))).toBe(false);
  });
});

describe('Trade Me Jobs', () => {
  it("reads each card and promoted listing: the id its link names (from the site's root or the app's base), title (markup kept as text), employer, place", () => {
    const { cards } = readPage(trademe, loadFixture('trademe', 'search.html', 'https://www.trademe.co.nz/a/jobs/search?search_string=ai'));
    expect(cardRows(cards)).toEqual([
      ['5100000001', 'Machine Learning Engineer - Ranking', undefined, undefined],
      ['5100000002', 'Forward Deployed Engineer', 'Kea Agents Ltd', 'Wellington City, Wellington'],
      ['5100000003', 'Chef <img src=x onerror=alert(1)>', 'Harbour Kitchen', 'Christchurch City, Canterbury'],
    ]);
    expect(cards[1].job.url).toBe('https://www.trademe.co.nz/a/jobs/it/programming-development/wellington/wellington-city/listing/5100000002');
  });

  it("reads a listing's page: heading, employer, the first key detail's value, posting", () => {
    const url = 'https://www.trademe.co.nz/a/jobs/it/programming-development/wellington/wellington-city/listing/5100000002';
    const { detail } = readPage(trademe, loadFixture('trademe', 'job.html', url));
    expect(detail).toMatchObject({ id: '5100000002', title: 'Forward Deployed Engineer', company: 'Kea Agents Ltd', location: 'Wellington City, Wellington', url });
    expect(detail!.description).toContain('deploy our AI agents');
    expect(trademe.isJobPage(new URL('https://www.trademe.co.nz/a/marketplace/listing/5100000002'))).toBe(false);
  });
});

describe('HR Manager (Talentech)', () => {
  it("reads each row of an employer's list: the project its onclick opens, title and place from its data (markup kept as text)", () => {
    const { cards } = readPage(hrmanager, loadFixture('hrmanager', 'list.html', 'https://candidate.hr-manager.net/vacancies/list.aspx?customer=nordlys'));
    expect(cardRows(cards)).toEqual([
      ['300001', 'Machine Learning Engineer', undefined, 'Aarhus'],
      ['300002', 'Forward Deployed Engineer', undefined, 'København'],
      ['300003', 'Kok <img src=x onerror=alert(1)>', undefined, 'Odense'],
    ]);
    expect(cards[1].job.url).toBe('https://candidate.hr-manager.net/ApplicationInit.aspx?cid=9001&ProjectId=300002');
  });

  it("reads an advert: its title, workplace and posting; the application form is no advert", () => {
    const url = 'https://candidate.hr-manager.net/ApplicationInit.aspx?cid=9001&ProjectId=300002&MediaId=5';
    const { detail } = readPage(hrmanager, loadFixture('hrmanager', 'job.html', url));
    expect(detail).toMatchObject({ id: '300002', title: 'Forward Deployed Engineer', location: 'København', url: 'https://candidate.hr-manager.net/ApplicationInit.aspx?cid=9001&ProjectId=300002' });
    expect(detail!.description).toContain('deploy our AI agents');
    expect(readPage(hrmanager, loadFixture('hrmanager', 'job.html', `${url}&SkipAdvertisement=True`)).detail).toBeNull();
  });

  it('reads a title shown as a div ending in a line break, and the og:title where none is drawn', () => {
    const url = 'https://delta.hr-manager.net/ApplicationInit.aspx?cid=12&ProjectId=55';
    expect(readPage(hrmanager, pageFromHtml('<div class="ProjectName">Data Engineer<br></div><div id="AdvertisementInnerContent"><p>Pipelines.</p></div>', url)).detail).toMatchObject({ id: '55', title: 'Data Engineer', description: 'Pipelines.' });
    expect(readPage(hrmanager, pageFromHtml('<meta property="og:title" content="ML Engineer"><div id="AdvertisementInnerContent">Models.</div>', url)).detail?.title).toBe('ML Engineer');
    expect(hrmanager.isJobPage(new URL('https://api.hr-manager.net/ApplicationInit.aspx?ProjectId=55'))).toBe(false);
  });
});

describe('Varbi', () => {
  it('reads each row of the table: the id its link names, title (markup kept as text), the place by its column', () => {
    const { cards } = readPage(varbi, loadFixture('varbi', 'list.html', 'https://norrland.varbi.com/en/'));
    expect(cardRows(cards)).toEqual([
      ['900001', 'Doctoral student in machine learning for speech recognition', undefined, 'Umeå'],
      ['900002', 'Research engineer, AI deployment with partner hospitals', undefined, 'Luleå'],
      ['900003', 'Caretaker <img src=x onerror=alert(1)>', undefined, 'Umeå'],
    ]);
    expect(cards[1].job.url).toBe('https://norrland.varbi.com/en/what:job/jobID:900002/');
  });

  it("reads a job's page: heading, organisation, city and country from its facts, posting; the way to apply is no job page", () => {
    const url = 'https://norrland.varbi.com/en/what:job/jobID:900002/type:job/where:4/';
    const { detail } = readPage(varbi, loadFixture('varbi', 'job.html', url));
    expect(detail).toMatchObject({
      id: '900002',
      title: 'Research engineer, AI deployment with partner hospitals',
      company: 'Norrland University, AI Lab',
      location: 'Luleå, Sweden',
      url: 'https://norrland.varbi.com/en/what:job/jobID:900002/',
    });
    expect(detail!.description).toContain('deploy our AI models');
    expect(varbi.isJobPage(new URL('https://norrland.varbi.com/en/what:login/jobID:900002/type:job/where:4/apply:1/'))).toBe(false);
  });
});

describe('Simplify', () => {
  it('reads a list: each link to a job, its title, company and places from the data it was served with, else from the link (markup kept as text)', () => {
    const { cards } = readPage(simplify, loadFixture('simplify', 'list.html', 'https://simplify.jobs/l/Top-Summer-Internships'));
    expect(cardRows(cards)).toEqual([
      ['0a000000-0000-4000-8000-000000000001', 'Machine Learning Engineer Intern, LLM Evaluation', 'Quokka AI', 'San Francisco, CA; Remote in USA'],
      ['0a000000-0000-4000-8000-000000000002', 'Forward Deployed Engineer, New Grad', 'Wombat Labs', 'New York, NY'],
      ['0a000000-0000-4000-8000-000000000003', 'Marketing Intern <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
  });

  it("reads a job's page from its data (the posting with its points), its heading badged; not another job's data after a move in the app", () => {
    const url = 'https://simplify.jobs/p/0a000000-0000-4000-8000-000000000002/Forward-Deployed-Engineer-New-Grad';
    const { detail } = readPage(simplify, loadFixture('simplify', 'job.html', url));
    expect(detail).toMatchObject({
      id: '0a000000-0000-4000-8000-000000000002',
      title: 'Forward Deployed Engineer, New Grad',
      company: 'Wombat Labs',
      location: 'New York, NY; San Francisco, CA',
      url: 'https://simplify.jobs/p/0a000000-0000-4000-8000-000000000002',
    });
    expect(detail!.description).toContain('deploy our AI agents');
    expect(detail!.description).toContain("Integrate our platform with each customer's systems");
    expect(detail!.badgeAnchor?.tagName).toBe('H1');
    expect(readPage(simplify, loadFixture('simplify', 'job.html', 'https://simplify.jobs/p/0a000000-0000-4000-8000-000000000001/ML-Intern')).detail).toBeNull();
  });

  it('runs only on job pages, lists and companies (not the search, whose cards name no job, nor the tracker)', () => {
    expect(simplify.matches).toEqual(['https://simplify.jobs/p/*', 'https://simplify.jobs/l/*', 'https://simplify.jobs/c/*']);
    expect(simplify.isJobPage(new URL('https://simplify.jobs/jobs?query=ml'))).toBe(false);
  });
});
