import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkedin } from '../../lib/sites/linkedin';
import { jobIdFromHref } from '../../lib/sites/linkedin/urls';
import { readVoyagerJob } from '../../lib/sites/linkedin/voyager';
import { matchesPattern } from '../../lib/sites/match-pattern';
import { cardElements, readPage } from '../../lib/sites/read-page';
import type { PageContext } from '../../lib/sites/types';

function load(name: string, url: string): PageContext {
  const html = readFileSync(resolve('tests/fixtures/linkedin', name), 'utf8');
  return { url: new URL(url), document: new DOMParser().parseFromString(html, 'text/html') };
}

function listings(page: PageContext) {
  return readPage(linkedin, page).cards.map(({ job }) => ({
    id: job.id,
    title: job.title,
    company: job.company,
    location: job.location,
  }));
}

const cards = linkedin.cards!;

describe('linkedin pages and hosts', () => {
  it('treats every example URL as a job page and every non-job URL as not', () => {
    for (const url of linkedin.exampleUrls) expect(linkedin.isJobPage(new URL(url)), url).toBe(true);
    for (const url of linkedin.nonJobExampleUrls ?? []) expect(linkedin.isJobPage(new URL(url)), url).toBe(false);
  });

  it('runs on www and on country sites, not on other hosts', () => {
    const runsOn = (url: string) => linkedin.matches.some((pattern) => matchesPattern(pattern, new URL(url)));
    expect(runsOn('https://www.linkedin.com/jobs/search/')).toBe(true);
    expect(runsOn('https://it.linkedin.com/jobs/view/x-3946498763')).toBe(true);
    expect(runsOn('https://www.linkedin.com.evil.example/jobs/search/')).toBe(false);
    expect(runsOn('http://www.linkedin.com/jobs/search/')).toBe(false);
  });

  it('finds the job id in each link shape', () => {
    expect(jobIdFromHref('/jobs/view/4240183672/?eBP=abc&refId=x')).toBe('4240183672');
    expect(jobIdFromHref('https://it.linkedin.com/jobs/view/data-analyst-at-rai-3946498763?position=1')).toBe('3946498763');
    expect(jobIdFromHref('/jobs/collections/similar-jobs/?referenceJobId=4374244548&currentJobId=4373329616')).toBe('4373329616');
    expect(jobIdFromHref('/jobs/search/?currentJobId=4222119551&keywords=x')).toBe('4222119551');
    expect(jobIdFromHref('/jobs/collections/similar-jobs/?referenceJobId=4374244548')).toBeUndefined();
    expect(jobIdFromHref('/company/acme-4374244548/')).toBeUndefined();
    expect(jobIdFromHref(null)).toBeUndefined();
  });
});

describe('linkedin logged out (2024–2025)', () => {
  it('reads search cards: URN id, visible title once, company with a literal "|"', () => {
    const page = load('guest-search.html', 'https://www.linkedin.com/jobs/search?keywords=platform');
    expect(listings(page)).toEqual([
      { id: '4100000001', title: 'ML Platform Engineer', company: 'Quillworks', location: 'Springfield, Oregon, United States' },
      { id: '4100000002', title: 'Forward Deployed Engineer', company: 'Tern | Labs', location: 'Remote' },
    ]);
    expect(linkedin.detail!(page)).toBeNull();
  });

  it('reads the job page of a country site in Italian, id from the slug in the URL, its similar jobs and those people also viewed', () => {
    const page = load('guest-job-it.html', 'https://it.linkedin.com/jobs/view/ml-platform-engineer-at-quillworks-4100000003?position=1&trk=x');
    const detail = linkedin.detail!(page)!;
    expect(detail).toMatchObject({ id: '4100000003', title: 'ML Platform Engineer', company: 'Quillworks', location: 'Milano' });
    expect(detail.description).toBe('Cerchiamo un ingegnere per la nostra piattaforma di machine learning.\nPipeline di addestramento\nServizio dei modelli');
    expect(detail.badgeAnchor?.tagName).toBe('H1');
    // The similar jobs below it and those people also viewed beside it are cards of their own makes.
    expect(listings(page)).toEqual([
      { id: '4100000031', title: 'Inference Engineer', company: 'Tern | Labs', location: 'Torino' },
      { id: '4100000032', title: 'Forward Deployed Engineer', company: 'Quillworks', location: 'Roma' },
    ]);
  });

  it('reads the guest APIs\' bare fragments as scrapers save them: more search cards, and one job\'s top card', () => {
    const list = load('guest-api-list.html', 'https://www.linkedin.com/jobs-guest/jobs/api/seeMoreJobPostings/search?keywords=ml&start=25');
    expect(listings(list)).toEqual([
      { id: '4100000022', title: 'ML Platform Engineer', company: 'Quillworks', location: 'Austin, TX' },
      { id: '4100000023', title: 'Data Engineer', company: 'Fjord Analytics', location: 'Stockholm, Sweden' },
    ]);
    const job = linkedin.detail!(load('guest-api-job.html', 'https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/4100000021'))!;
    expect(job).toMatchObject({ id: '4100000021', title: 'Forward Deployed Engineer', company: 'Tern | Labs', location: 'New York, NY' });
    expect(job.description).toMatch(/^About the role\nYou will work on site with our customers/);
    expect(job.badgeAnchor?.tagName).toBe('H2');
  });

  it('falls back to JSON-LD when a job page has no top card (closed or unrendered)', () => {
    const page = load('guest-job-jsonld-only.html', 'https://www.linkedin.com/jobs/view/4100000008/');
    expect(linkedin.detail!(page)).toMatchObject({
      id: '4100000008',
      title: 'Solutions Engineer, Field AI',
      company: 'Brightmoor Systems',
      description: expect.stringContaining('no longer accepting applications'),
    });
  });
});

describe('linkedin logged in, 2023 Ember markup', () => {
  const url = 'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3700000001';

  it('lists rendered cards and skips empty lazy placeholders', () => {
    const page = load('collections-2023.html', url);
    expect(listings(page)).toEqual([
      { id: '3700000001', title: 'Applied AI Engineer', company: 'Harrow & Finch', location: 'Ohio, United States (Remote)' },
      { id: '3700000003', title: 'Staff Engineer, Model Serving', company: 'Cobalt Reach', location: 'Austin, TX (Hybrid)' },
    ]);
    const placeholder = page.document.querySelector('li[data-occludable-job-id="3700000002"]')!;
    expect(cardElements(cards, page.document)).toContain(placeholder);
    expect(cards.read(placeholder, page)).toBeNull();
  });

  it('reads the pane: title, company, the loose location text, description without its heading', () => {
    const detail = linkedin.detail!(load('collections-2023.html', url))!;
    expect(detail).toMatchObject({
      id: '3700000001',
      title: 'Applied AI Engineer',
      company: 'Harrow & Finch',
      location: 'Ohio, United States (Remote)',
      description: 'You will ship retrieval features with customers.\nPython\nEvaluation',
    });
    expect(detail.badgeAnchor?.tagName).toBe('H2');
    expect(detail.element.matches('.job-view-layout')).toBe(true);
  });

  it('takes the id of a /jobs/view page from the URL, and reads "more jobs" cards by currentJobId', () => {
    const page = load('jobview-2023.html', 'https://www.linkedin.com/jobs/view/3600000001/');
    expect(linkedin.detail!(page)).toMatchObject({
      id: '3600000001',
      title: 'Senior Inference Engineer',
      company: 'Marlow Robotics',
      location: 'Denver, CO (Remote)',
      description: 'Make our models fast on customer hardware.',
    });
    expect(listings(page)).toEqual([
      { id: '3600000002', title: 'Lead Evaluation Engineer', company: 'Sable AI', location: 'United States (Remote)' },
    ]);
  });
});

describe('linkedin logged in, 2025 Ember markup (Italian UI)', () => {
  const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4200000005&keywords=ingegnere';

  it('reads the visible title once, without the " with verification" copy; skips the recommendations module', () => {
    const page = load('search-2025-it.html', url);
    expect(listings(page)).toEqual([
      { id: '4200000001', title: 'Ingegnere di piattaforma IA', company: 'Lanterna Dati', location: 'Torino, Piemonte, Italia (Ibrido)' },
      { id: '4200000002', title: 'Tecnico "sul campo" per clienti', company: 'Officine Brenta', location: 'Padova, Veneto, Italia (In sede)' },
    ]);
    const badge = cards.read(page.document.querySelector('li[data-occludable-job-id="4200000001"]')!, page)!.badgeAnchor!;
    expect(badge.matches('a.job-card-container__link')).toBe(true);
  });

  it('reads the pane of a job that is not in the list', () => {
    const detail = linkedin.detail!(load('search-2025-it.html', url))!;
    expect(detail).toMatchObject({
      id: '4200000005',
      title: 'Responsabile MLOps',
      company: 'Vela Analitica',
      location: 'Bologna, Emilia-Romagna, Italia',
      description: 'Chi siamo\nPortiamo i modelli in produzione per i nostri clienti.\nLavorerai con il team piattaforma.',
    });
  });

  it("falls back to the title link's aria-label, without the screen-reader suffix", () => {
    const page = load('search-2025-it.html', url);
    const item = page.document.querySelector('li[data-occludable-job-id="4200000001"]')!;
    item.querySelector('a.job-card-container__link')!.replaceChildren();
    expect(cards.read(item, page)).toMatchObject({ id: '4200000001', title: 'Ingegnere di piattaforma IA' });
  });

  it("trusts the pane's own job link over a URL that has already moved on", () => {
    const detail = linkedin.detail!(load('search-2025-it.html', 'https://www.linkedin.com/jobs/search/?currentJobId=4200000002'));
    expect(detail?.id).toBe('4200000005');
  });

  it('reads the new job when a card is refilled with another job (list recycling)', () => {
    const page = load('search-2025-it.html', url);
    const item = page.document.querySelector('li[data-occludable-job-id="4200000001"]')!;
    expect(cards.read(item, page)?.id).toBe('4200000001');
    const card = item.querySelector('[data-job-id]')!;
    const link = item.querySelector('a.job-card-container__link')!;
    item.setAttribute('data-occludable-job-id', '4200000077');
    card.setAttribute('data-job-id', '4200000077');
    link.setAttribute('href', '/jobs/view/4200000077/');
    link.querySelector('strong')!.textContent = 'Ingegnere dati';
    expect(cards.read(item, page)).toMatchObject({ id: '4200000077', title: 'Ingegnere dati' });
  });

  it('reads a placeholder once LinkedIn fills it in', () => {
    const page = load('search-2025-it.html', url);
    const item = page.document.querySelector('li[data-occludable-job-id="4200000003"]')!;
    expect(cards.read(item, page)).toBeNull();
    const filled = page.document.querySelector('li[data-occludable-job-id="4200000002"] > div')!.cloneNode(true) as Element;
    filled.querySelector('[data-job-id]')!.setAttribute('data-job-id', '4200000003');
    filled.querySelector('a')!.setAttribute('href', '/jobs/view/4200000003/');
    item.appendChild(filled);
    expect(cards.read(item, page)).toMatchObject({ id: '4200000003', title: 'Tecnico "sul campo" per clienti' });
  });
});

describe('linkedin logged in, 2024 Ember markup', () => {
  const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4010000001&keywords=platform%20engineer';

  it('reads the pane location from the first line of the primary description (no tertiary class yet)', () => {
    const page = load('search-2024-pane.html', url);
    expect(listings(page)).toEqual([
      { id: '4010000001', title: 'Platform Engineer', company: 'Larkspur Systems', location: 'Lisbon, Portugal (Hybrid)' },
    ]);
    const detail = linkedin.detail!(page);
    expect(detail).toMatchObject({
      id: '4010000001',
      title: 'Platform Engineer',
      company: 'Larkspur Systems',
      location: 'Lisbon, Lisbon, Portugal',
      description: 'Run the build and deploy platform for our product teams.',
    });
  });
});

describe('linkedin logged in, 2026 server-driven UI (hashed classes)', () => {
  const url = 'https://www.linkedin.com/jobs/view/4300000001/';

  it('reads the job from componentkey, the first paragraph and the company link', () => {
    const detail = linkedin.detail!(load('jobview-sdui-2026.html', url))!;
    expect(detail).toMatchObject({
      id: '4300000001',
      title: 'Field AI Engineer',
      company: 'Ostrava Labs',
      location: 'Brno, South Moravia, Czechia',
      description: 'You will sit with customers and deploy our agents.\nWhat you will do\nIntegrate with customer systems\nReport product gaps',
    });
    expect(detail.element.getAttribute('data-view-name')).toBe('job-detail-page');
  });

  it('takes the id from the componentkey, not from an address that says otherwise', () => {
    const detail = linkedin.detail!(load('jobview-sdui-2026.html', 'https://www.linkedin.com/jobs/search-results/?currentJobId=4399999999'));
    expect(detail?.id).toBe('4300000001');
  });

  it('reads cards: visible title without "(Verified job)", id from the link or from tracking data', () => {
    const found = listings(load('jobview-sdui-2026.html', url)).sort((a, b) => a.id.localeCompare(b.id));
    expect(found).toEqual([
      { id: '4300000002', title: 'Agent Platform Engineer', company: 'Kestrel Data s.r.o.', location: 'Prague (Hybrid)' },
      { id: '4300000007', title: 'Inference Platform Lead', company: 'Ostrava Labs', location: 'Brno (Remote)' },
    ]);
  });

  it('falls back to the document title when the top card has no paragraph yet', () => {
    const page = load('jobview-sdui-2026.html', url);
    for (const p of page.document.querySelectorAll('[data-view-name="job-detail-page"] p')) p.remove();
    expect(linkedin.detail!(page)?.title).toBe('Field AI Engineer');
  });
});

describe('linkedin logged in, 2026 semantic search list (server-driven UI)', () => {
  const url = 'https://www.linkedin.com/jobs/search-results/?currentJobId=4400000011&keywords=applied%20ai';

  it('reads componentkey cards with no link and no view name, and tracking-data cards', () => {
    expect(listings(load('search-sdui-2026.html', url))).toEqual([
      { id: '4400000011', title: 'Applied AI Engineer', company: 'Harbourline', location: 'Rotterdam, South Holland, Netherlands (Hybrid)' },
      { id: '4400000012', title: 'Forward Deployed Engineer, Agents', company: 'Kelpfield Systems', location: 'Remote' },
      { id: '4400000013', title: 'ML Inference Engineer', company: 'Quayside Robotics', location: 'Gdańsk, Poland' },
    ]);
  });

  it('marks the outer card once (its key repeats on the inner element) and badges the title line', () => {
    const page = load('search-sdui-2026.html', url);
    const found = readPage(linkedin, page).cards;
    expect(found.map((c) => c.element.getAttribute('role') ?? c.element.getAttribute('data-view-name'))).toEqual([
      'button',
      'button',
      'job-search-job-card',
    ]);
    expect(found[0].job.badgeAnchor?.tagName).toBe('P');
  });

  it('reads the open job from the SemanticJobDetails pane beside the list', () => {
    const detail = linkedin.detail!(load('search-sdui-2026.html', url))!;
    expect(detail).toMatchObject({
      id: '4400000011',
      title: 'Applied AI Engineer',
      company: 'Harbourline',
      location: 'Rotterdam, South Holland, Netherlands',
      description: 'You will take our models to customer data.\nPython and evaluation experience.',
    });
    expect(detail.element.getAttribute('data-sdui-screen')).toMatch(/SemanticJobDetails$/);
  });

  it('takes the card id from the componentkey when the card is the keyed element itself', () => {
    const page = load('search-sdui-2026.html', url);
    const card = page.document.querySelector('[componentkey="job-card-component-ref-4400000012"]')!;
    card.querySelector('[componentkey]')!.removeAttribute('componentkey');
    expect(cards.read(card, page)?.id).toBe('4400000012');
  });

  it('finds no listing in a results column without job cards (headers, pagination, empty state)', () => {
    const page = load('search-sdui-2026.html', url);
    for (const card of page.document.querySelectorAll('[componentkey^="job-card-component-ref-"], [data-view-name="job-search-job-card"]')) card.remove();
    expect(listings(page)).toEqual([]);
  });
});

describe('linkedin closed job, raw server response', () => {
  const url = 'https://www.linkedin.com/jobs/view/3900000001/';

  it("reads the job from LinkedIn's embedded API data", () => {
    const page = load('jobview-closed-voyager.html', url);
    expect(listings(page)).toEqual([]);
    expect(linkedin.detail!(page)).toMatchObject({
      id: '3900000001',
      title: 'Staff Platform Engineer, Training',
      company: 'Rivermark',
      location: 'United States',
      description: 'Rivermark builds training infrastructure.\nYou will own the cluster scheduler.',
    });
  });

  it('finds nothing for another job id, and survives broken JSON', () => {
    const page = load('jobview-closed-voyager.html', url);
    expect(linkedin.detail!({ ...page, url: new URL('https://www.linkedin.com/jobs/view/3900000002/') })).toBeNull();
    page.document.getElementById('bpr-guid-102')!.textContent = '{"data": {"title": ';
    expect(readVoyagerJob(page.document, '3900000001')).toBeUndefined();
    expect(linkedin.detail!(page)).toBeNull();
  });
});

describe('linkedin bad input', () => {
  it('returns null, never throws, for empty and unrelated markup', () => {
    const page = { url: new URL('https://www.linkedin.com/jobs/view/4300000001/'), document: new DOMParser().parseFromString('', 'text/html') };
    expect(linkedin.detail!(page)).toBeNull();
    const odd = page.document.createElement('div');
    odd.setAttribute('data-view-name', 'job-card');
    odd.setAttribute('data-view-tracking-scope', '[{"breadcrumb":{"content":{"data":[999999,-1,"x"]}}}]');
    odd.innerHTML = '<p></p>';
    expect(cards.read(odd, page)).toBeNull();
    const guest = page.document.createElement('div');
    guest.setAttribute('data-entity-urn', 'urn:li:jobPosting:not-a-number');
    expect(cards.read(guest, page)).toBeNull();
  });
});

describe('linkedin logged out, 2019–2020 result cards', () => {
  const url = 'https://www.linkedin.com/jobs/search?keywords=Data%20Engineer&location=Austin%2C%20Texas';

  it('reads li.result-card with its data-id, the h3 title (not the screen-reader copy) and the company', () => {
    const page = load('guest-search-2020.html', url);
    expect(listings(page)).toEqual([
      { id: '1800000001', title: 'Data Engineer', company: 'Quokka Analytics', location: 'Austin, Texas, United States' },
      { id: '1800000002', title: 'ML Platform Engineer', company: 'Tern Labs', location: 'Round Rock, TX' },
    ]);
    const [first] = readPage(linkedin, page).cards;
    expect(first.element.matches('li.result-card')).toBe(true);
    expect(first.job.url).toBe('https://www.linkedin.com/jobs/view/1800000001/');
    expect(first.job.badgeAnchor?.matches('h3.result-card__title')).toBe(true);
  });

  it('falls back to the job link when a card has no data-id', () => {
    const html = readFileSync(resolve('tests/fixtures/linkedin', 'guest-search-2020.html'), 'utf8').replace(' data-id="1800000002"', '');
    const page = { url: new URL(url), document: new DOMParser().parseFromString(html, 'text/html') };
    expect(listings(page).map((job) => job.id)).toEqual(['1800000001', '1800000002']);
  });

  it('reads the open job of the pane, its id from the title link', () => {
    const detail = linkedin.detail!(load('guest-search-2020.html', url))!;
    expect(detail).toMatchObject({ id: '1800000001', title: 'Data Engineer', company: 'Quokka Analytics', location: 'Austin, TX, US' });
    expect(detail.description).toBe('We build dashboards for public libraries.\nPython and SQL\nAirflow');
    expect(detail.badgeAnchor?.matches('h2.topcard__title')).toBe(true);
  });

  it('reads the 2019–2020 job page (section.topcard)', () => {
    const page = load('guest-job-2020.html', 'https://www.linkedin.com/jobs/view/data-engineer-at-quokka-analytics-1800000001');
    const { cards, detail } = readPage(linkedin, page);
    expect(detail).toMatchObject({ id: '1800000001', title: 'Data Engineer', company: 'Quokka Analytics', location: 'Austin, TX, US' });
    expect(detail!.description).toBe('We build dashboards for public libraries.\nPython and SQL\nAirflow');
    expect(detail!.badgeAnchor?.tagName).toBe('H1');
    expect(cards).toEqual([]);
  });
});

describe('linkedin logged in, 2019–2020 (job-card-search, details top card)', () => {
  const url = 'https://www.linkedin.com/jobs/search/?currentJobId=1900000001&keywords=machine%20learning%20engineer';

  it('reads cards whose ids are URNs, and skips the empty placeholder', () => {
    const page = load('search-2020.html', url);
    expect(listings(page)).toEqual([
      { id: '1900000001', title: 'Applied ML Engineer', company: 'Kestrel Robotics', location: 'Berlin, DE' },
      { id: '1900000002', title: 'Data Scientist, Search', company: 'Brightmoor Systems', location: 'Munich, Bavaria, Germany' },
    ]);
    expect(cardElements(cards, page.document)).toHaveLength(3); // the third is a placeholder
    const [first] = readPage(linkedin, page).cards;
    expect(first.element.matches('li[data-occludable-entity-urn]')).toBe(true);
    expect(first.job.badgeAnchor?.matches('h3.job-card-search__title')).toBe(true);
  });

  it('reads the open job of the pane', () => {
    const detail = linkedin.detail!(load('search-2020.html', url))!;
    expect(detail).toMatchObject({ id: '1900000001', title: 'Applied ML Engineer', company: 'Kestrel Robotics', location: 'Berlin, DE' });
    expect(detail.description).toBe('Train and ship perception models for warehouse robots.\nPyTorch, CUDA, ROS.');
    expect(detail.element.matches('.jobs-details')).toBe(true);
    expect(detail.badgeAnchor?.matches('h2.jobs-details-top-card__job-title')).toBe(true);
  });

  it('reads the job page, with a company that has no page (plain text beside hidden labels)', () => {
    const page = load('jobview-2020.html', 'https://www.linkedin.com/jobs/view/1900000002/');
    const { cards, detail } = readPage(linkedin, page);
    expect(detail).toMatchObject({ id: '1900000002', title: 'Data Scientist, Search', company: 'Brightmoor Systems', location: 'Munich, Bavaria, Germany' });
    expect(detail!.description).toBe('Improve ranking for our catalogue search.\nLearning to rank\nOffline evaluation');
    expect(detail!.badgeAnchor?.tagName).toBe('H1');
    expect(cards).toEqual([]);
  });
});
