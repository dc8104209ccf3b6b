import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wellfound } from '../../lib/sites/wellfound';
import { adapterForPage } from '../../lib/sites';
import { cardElements, readPage } from '../../lib/sites/read-page';
import type { PageContext } from '../../lib/sites/types';

function load(name: string, url: string): PageContext {
  const html = readFileSync(resolve(__dirname, '../fixtures/wellfound', name), 'utf8');
  return { url: new URL(url), document: new DOMParser().parseFromString(html, 'text/html') };
}

describe('wellfound role landing page', () => {
  const page = load('role-landing.html', 'https://wellfound.com/role/machine-learning-engineer');

  it('reads every job row with the company of its block', () => {
    const { cards } = readPage(wellfound, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['4100001', 'ML Platform Engineer', 'Northwind Robotics', 'In office • Berlin'],
      ['4100002', 'Forward Deployed Engineer', 'Northwind Robotics', 'Munich'],
      ['4100003', 'AI Engineer <img src=x onerror=alert(1)>', 'Quillstack', 'Remote only • Canada'],
    ]);
  });

  it('gives absolute job URLs and badges the title link', () => {
    const { cards } = readPage(wellfound, page);
    expect(cards[2].job.url).toBe('https://wellfound.com/jobs/4100003-ai-engineer');
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element);
    expect(cards[0].element.textContent).toBe('ML Platform Engineer ');
  });

  it('skips links that are not job rows (/jobs/applications)', () => {
    const links = cardElements(wellfound.cards!, page.document);
    const nav = links.filter((link) => link.closest('nav'));
    expect(nav.map((link) => link.getAttribute('href'))).toEqual(['/jobs/applications']);
    for (const link of nav) expect(wellfound.cards!.read(link, page)).toBeNull();
  });

  it('keeps hostile text as text', () => {
    readPage(wellfound, page);
    expect(page.document.querySelector('img[onerror]')).toBeNull();
  });

  it('reads a row with no company block around it without a company', () => {
    const doc = new DOMParser().parseFromString('<a href="/jobs/77-data-engineer">Data Engineer</a>', 'text/html');
    const job = wellfound.cards!.read(doc.querySelector('a')!, { url: page.url, document: doc });
    expect(job).toMatchObject({ id: '77', title: 'Data Engineer', company: undefined, location: undefined });
  });

  it('reads the 2025 remote role page, whose company blocks have no marker: the company is the heading of its link', () => {
    const block = (slug: string, name: string, id: string, title: string) =>
      `<div class="mb-6 w-full rounded border"><div class="w-full px-4"><a class="content-center" href="/company/${slug}"><img alt="${name} company logo"></a>` +
      `<div class="pl-2"><a class="text-neutral-1000" href="/company/${slug}"><h2 class="inline text-md">${name}</h2></a></div></div>` +
      `<div class="mb-4 w-full px-4"><a class="mr-2 text-sm font-semibold" href="/jobs/${id}-${title.toLowerCase().replace(/ /g, '-')}">${title}</a><span class="pl-1 text-xs">Remote • India</span></div></div>`;
    const remote = new DOMParser().parseFromString(`<body class="route--LandingRoleRemote">${block('quillon', 'Quillon', '2747178', 'Python Developer')}${block('tessel', 'Tessel', '3275037', 'Data Engineer')}</body>`, 'text/html');
    const found = readPage(wellfound, { url: new URL('https://wellfound.com/role/r/python-developer'), document: remote });
    expect(found.cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([
      ['2747178', 'Python Developer', 'Quillon'],
      ['3275037', 'Data Engineer', 'Tessel'],
    ]);
  });

  it('shows no open job on a list page', () => {
    expect(readPage(wellfound, page).detail).toBeNull();
  });
});

describe('wellfound company overview, 2026 (its jobs listed under the pitch)', () => {
  const page = load('company-overview-2026.html', 'https://wellfound.com/company/quarry-voice');

  it('is a job page for this adapter', () => {
    expect(adapterForPage(page.url)?.id).toBe('wellfound');
  });

  it('reads each job row with the company of the masthead, and its place without pay', () => {
    const { cards } = readPage(wellfound, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['4600001', 'Speech Model Engineer', 'Quarry Voice', 'Remote only • United States'],
      ['4600002', 'Deployment Engineer, Contact Centres', 'Quarry Voice', 'Japan'],
    ]);
  });

  it('lists no "View all jobs" link, category button, company card or footer role link, and no open job', () => {
    const found = readPage(wellfound, page);
    expect(found.cards.map(({ job }) => job.url)).toEqual([
      'https://wellfound.com/jobs/4600001-speech-model-engineer',
      'https://wellfound.com/jobs/4600002-deployment-engineer-contact-centres',
    ]);
    expect(found.detail).toBeNull();
  });
});

describe('wellfound job page', () => {
  const page = load('job-page.html', 'https://wellfound.com/jobs/4100002-forward-deployed-engineer');

  it('reads the open job with its description', () => {
    const detail = readPage(wellfound, page).detail!;
    expect(detail).toMatchObject({ id: '4100002', title: 'Forward Deployed Engineer', company: 'Northwind Robotics' });
    expect(detail.description).toBe(
      'Work on site with our customers to deploy parcel-sorting robots.\nIntegrate our APIs with warehouse systems\nTravel 30%',
    );
    expect(detail.element.contains(detail.badgeAnchor!)).toBe(true);
    expect(detail.badgeAnchor!.tagName).toBe('H1');
  });

  it('lists similar jobs as cards', () => {
    expect(readPage(wellfound, page).cards.map(({ job }) => job.id)).toEqual(['4100001']);
  });
});

describe('wellfound URLs', () => {
  it('is a job page on every example URL and resolves to this adapter', () => {
    for (const url of wellfound.exampleUrls) expect(adapterForPage(new URL(url))?.id, url).toBe('wellfound');
  });

  it('is not a job page on home, profiles and a company\'s other tabs', () => {
    expect(wellfound.nonJobExampleUrls!.length).toBeGreaterThan(2);
    for (const url of wellfound.nonJobExampleUrls!) expect(wellfound.isJobPage(new URL(url)), url).toBe(false);
  });
});

describe('wellfound job page with its description only in JSON-LD', () => {
  it('fills company, location and description from JSON-LD', () => {
    const page = load('job-page-jsonld.html', 'https://wellfound.com/jobs/4100004-applied-ai-engineer');
    const detail = readPage(wellfound, page).detail!;
    expect(detail).toMatchObject({ id: '4100004', title: 'Applied AI Engineer', company: 'Quillstack' });
    expect(detail.location).toContain('Toronto');
    expect(detail.description).toBe('Fine-tune and evaluate LLMs for our writing tools.');
    expect(detail.badgeAnchor!.tagName).toBe('H1');
  });
});

describe('wellfound job page, 2026 layout without JSON-LD', () => {
  const page = load('job-page-2026-no-jsonld.html', 'https://wellfound.com/jobs/4400001-inference-platform-engineer');

  it('reads the employer from the company block and the place from the items under the title', () => {
    const detail = readPage(wellfound, page).detail!;
    expect(detail).toMatchObject({
      id: '4400001',
      title: 'Inference Platform Engineer',
      company: 'Tidewater Bookings',
      location: 'Remote (Canada)',
      description: 'Run the model-serving fleet behind our booking assistant.\nOwn GPU scheduling and autoscaling',
    });
    expect(detail.badgeAnchor!.tagName).toBe('H1');
  });

  it('lists no cards (Apply is a button, the nav links to /jobs only)', () => {
    expect(readPage(wellfound, page).cards).toEqual([]);
  });
});

describe('wellfound job opened in a dialog over the job search', () => {
  const page = load('jobs-search-dialog.html', 'https://wellfound.com/jobs?job_listing_slug=5200002-applied-ml-engineer');

  it('reads the job in the dialog, not the search heading behind it', () => {
    const detail = readPage(wellfound, page).detail!;
    expect(detail).toMatchObject({
      id: '5200002',
      title: 'Applied ML Engineer',
      company: 'Harborlight',
      url: 'https://wellfound.com/jobs/5200002-applied-ml-engineer',
      description: 'Train ranking models for harbour logistics.\nOwn the feature store',
    });
    expect(detail.badgeAnchor!.closest('[role="dialog"]')).not.toBeNull();
  });

  it('still lists the result rows behind the dialog', () => {
    expect(readPage(wellfound, page).cards.map(({ job }) => job.id)).toEqual(['5200001', '5200002']);
  });

  it('shows no open job when the dialog is closed', () => {
    const closed = load('jobs-search-dialog.html', 'https://wellfound.com/jobs?job_listing_slug=5200002-applied-ml-engineer');
    closed.document.querySelector('[role="dialog"]')!.remove();
    expect(readPage(wellfound, closed).detail).toBeNull();
  });
});

describe('angel.co / wellfound StartupResult blocks (2020–2025)', () => {
  const page = load('angel-jobs-2021.html', 'https://angel.co/jobs');

  it('reads each job row with the company of its StartupResult block and the place without pay', () => {
    const rows = readPage(wellfound, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);
    expect(rows).toEqual([
      ['1200345', 'Data Scientist', 'Fernhollow', 'Lisbon', 'https://angel.co/company/fernhollow/jobs/1200345-data-scientist'],
      [
        '1200346',
        'ML Engineer <img src=x onerror=alert(1)>',
        'Fernhollow',
        'Remote',
        'https://angel.co/company/fernhollow/jobs/1200346-ml-engineer',
      ],
      ['1200401', 'Detection Engineer', 'Owlgate Security', 'Austin • Remote', 'https://angel.co/company/owlgate-security/jobs/1200401-detection-engineer'],
    ]);
    expect(page.document.querySelector('img[src=x]')).toBeNull();
  });

  it('badges the title link; company and "View all" links are no listings; no open job', () => {
    const { cards, detail } = readPage(wellfound, page);
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element);
    expect(cards[0].element.getAttribute('href')).toBe('/company/fernhollow/jobs/1200345-data-scientist');
    expect(cards).toHaveLength(3);
    expect(detail).toBeNull();
  });

  it('reads the AngelList job page from its data-test fields', () => {
    const job = load('angel-job-2021.html', 'https://angel.co/company/fernhollow/jobs/1200345-data-scientist');
    const { cards, detail } = readPage(wellfound, job);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '1200345',
      title: 'Data Scientist',
      company: 'Fernhollow',
      location: 'Lisbon',
      description: 'Fernhollow forecasts harvests for co-ops.\nYou will build yield models.',
    });
    expect(detail!.badgeAnchor).toBe(job.document.querySelector('h1[data-test="JobTitle"]'));
  });
});

describe('wellfound bot wall (DataDome captcha served at a role URL)', () => {
  const page = load('captcha-datadome.html', 'https://wellfound.com/role/r/software-engineer');

  it('runs there but finds no listing and no job in the captcha page', () => {
    expect(adapterForPage(page.url)).toBe(wellfound);
    expect(cardElements(wellfound.cards!, page.document)).toEqual([]);
    expect(readPage(wellfound, page).cards).toEqual([]);
    expect(wellfound.detail!(page)).toBeNull();
  });
});
