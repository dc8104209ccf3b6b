import { describe, expect, it } from 'vitest';
import { teamtailor } from '../../lib/sites/teamtailor';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://norrbacka.teamtailor.com/jobs';
const JOB = 'https://norrbacka.teamtailor.com/jobs/4410001-applied-ml-engineer';

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(teamtailor, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

describe('teamtailor board', () => {
  const page = loadFixture('teamtailor', 'board.html', BOARD);

  it('reads #jobs_list_container cards: id, title, company from the subdomain, workplace and place', () => {
    expect(rows(page)).toEqual([
      ['4410001', 'Applied ML Engineer', 'Norrbacka', 'Hybrid · Stockholm', JOB],
      ['4410002', 'Office Coordinator', 'Norrbacka', 'Göteborg', 'https://norrbacka.teamtailor.com/jobs/4410002-office-coordinator'],
      [
        '4410003',
        'Data Labeling Lead <script>alert(1)</script>',
        'Norrbacka',
        'Fully remote · Malmö',
        'https://norrbacka.teamtailor.com/jobs/4410003-data-labeling-lead',
      ],
    ]);
  });

  it('skips a card with no job link, keeps hostile title text as text, badges the title link', () => {
    const { cards, detail } = readPage(teamtailor, page);
    expect(page.document.querySelectorAll('#jobs_list_container > li').length).toBe(4);
    expect(page.document.querySelectorAll('script').length).toBe(0);
    expect(cards[0].element).toBe(page.document.querySelector('#jobs_list_container > li'));
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('a[href*="/jobs/4410001"]'));
    expect(detail).toBeNull();
  });
});

describe('teamtailor job page', () => {
  it('reads the heading, the body and the facts list; the company from the JSON-LD', () => {
    const page = loadFixture('teamtailor', 'job.html', `${JOB}?utm_source=x`);
    const { cards, detail } = readPage(teamtailor, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '4410001',
      title: 'Applied ML Engineer',
      company: 'Norrbacka Labs AB',
      // The way of working from the facts list's "Remote status", written as the cards write it.
      location: 'Hybrid · Stockholm; Uppsala',
      url: JOB,
      description:
        'Norrbacka Labs builds route planning for bus operators.\nWhat you will do:\nTrain models on ticketing data.\nPut them in production with the platform team.',
    });
    expect(detail!.description).not.toMatch(/Apply for this job|Department/);
    expect(detail!.element).toBe(page.document.querySelector('h1.font-company-header'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1.font-company-header'));
  });

  it('reads the way of working from the cover\'s icon span over the heading, in any language, and no place from it', () => {
    const cover =
      '<main><div class="w-full mb-8"><span>Teknik</span><span class="mx-[2px]">·</span><span>London</span><span class="mx-[2px]">·</span>' +
      '<span class="inline-flex items-center">Distans<svg aria-hidden="true"></svg></span></div><h1 class="font-company-header">Senior Software Engineer</h1></main>';
    expect(teamtailor.detail!(pageFromHtml(cover, JOB))?.location).toBe('Distans · London');
  });

  it('reads the JSON-LD alone (doubly escaped description) when the page body is not rendered', () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Applied ML Engineer","identifier":{"value":"4410001"},"hiringOrganization":{"name":"Norrbacka Labs AB"},"description":"&lt;p&gt;Route planning.&lt;/p&gt;","jobLocation":[{"@type":"Place","address":{"addressLocality":"Stockholm","addressCountry":"SE"}}]}</script>`;
    const detail = teamtailor.detail!(pageFromHtml(html, JOB));
    expect(detail).toMatchObject({
      id: '4410001',
      title: 'Applied ML Engineer',
      company: 'Norrbacka Labs AB',
      location: 'Stockholm, SE',
      description: 'Route planning.',
    });
    expect(detail!.badgeAnchor).toBeUndefined();
  });

  it("reads a closed job's description from its JSON-LD, not from the site's \"About\" block below the notice", () => {
    const html =
      `<script type="application/ld+json">{"@type":"JobPosting","title":"Applied ML Engineer","identifier":{"value":"4410001"},"description":"Train ranking models."}</script>` +
      '<main><h1 class="font-company-header">Applied ML Engineer</h1><h2>This position is no longer active</h2>' +
      '<section class="block--about company-links"><h2>About Norrbacka</h2><div class="prose prose-block font-company-body">We build the AI platform for ports.</div></section></main>';
    expect(teamtailor.detail!(pageFromHtml(html, JOB))!.description).toBe('Train ranking models.');
  });

  it("ignores another job's JSON-LD", () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Other","identifier":{"value":"4410009"}}</script>`;
    expect(teamtailor.detail!(pageFromHtml(html, JOB))).toBeNull();
  });

  it('finds nothing, without error, on an empty page, an empty board or broken JSON-LD', () => {
    expect(readPage(teamtailor, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
    const empty = `<ul id="jobs_list_container" class="company-links"></ul>`;
    expect(readPage(teamtailor, pageFromHtml(empty, BOARD))).toEqual({ cards: [], detail: null });
    const broken = `<script type="application/ld+json">{"@type":"JobPosting","title":"X",</script>`;
    expect(readPage(teamtailor, pageFromHtml(broken, JOB))).toEqual({ cards: [], detail: null });
  });
});

describe('teamtailor on a company\'s own career domain (recognized by markup, for parse and "Analyze this page")', () => {
  const OWN_BOARD = 'https://jobs.norrbacka-labs.example/jobs';
  const OWN_JOB = 'https://jobs.norrbacka-labs.example/jobs/4410001-applied-ml-engineer';
  const OWN_CARDS = 'https://careers.tallbacken.example/jobs?department=Operations';
  const recognizes = (page: ReturnType<typeof loadFixture>) => teamtailor.recognizes!(page);
  const ownBoard = (url: string) => loadFixture('teamtailor', 'own-domain-board.html', url);
  const ownJob = (url: string) => loadFixture('teamtailor', 'own-domain-job.html', url);

  it('recognizes its job lists and job pages there, by address and markup, and no content script claims them', () => {
    expect(teamtailor.isJobPage(new URL(OWN_BOARD))).toBe(false);
    expect(teamtailor.isJobPage(new URL(OWN_JOB))).toBe(false);
    expect(recognizes(ownBoard(OWN_BOARD))).toBe(true);
    expect(recognizes(ownBoard(`${OWN_BOARD}?query=ml&department=Engineering`))).toBe(true);
    expect(recognizes(loadFixture('teamtailor', 'own-domain-cards.html', OWN_CARDS))).toBe(true);
    expect(recognizes(ownJob(OWN_JOB))).toBe(true);
    expect(recognizes(ownJob('https://jobs.norrbacka-labs.example/jobs/4410001'))).toBe(true);
    expect(recognizedAdapter(ownBoard(OWN_BOARD))).toBe(teamtailor);
    expect(recognizedAdapter(ownJob(OWN_JOB))).toBe(teamtailor);
  });

  it('reads a job\'s application form: heading, place from its cover, the job page\'s address; there as on teamtailor.com', () => {
    const apply = 'jobs/4410001-applied-ml-engineer/applications/new';
    const own = loadFixture('teamtailor', 'own-domain-apply.html', `https://jobs.norrbacka-labs.example/${apply}`);
    expect(recognizedAdapter(own)).toBe(teamtailor);
    const expected = { id: '4410001', title: 'Applied ML Engineer', company: 'Norrbacka Labs', location: 'Malmö (HQ)', description: undefined };
    expect(teamtailor.detail!(own)).toMatchObject({ ...expected, url: OWN_JOB });
    expect(teamtailor.isJobPage(new URL(`https://norrbacka.teamtailor.com/${apply}`))).toBe(true);
    const hosted = loadFixture('teamtailor', 'own-domain-apply.html', `https://norrbacka.teamtailor.com/${apply}`);
    expect(teamtailor.detail!(hosted)).toMatchObject({ ...expected, url: JOB });
    const otherJob = loadFixture('teamtailor', 'own-domain-apply.html', 'https://jobs.norrbacka-labs.example/jobs/4410002-designer/applications/new');
    expect(recognizes(otherJob), 'the form is for another job').toBe(false);
  });

  it('reads the job list on the career site\'s front page, there as on teamtailor.com', () => {
    for (const front of ['https://jobs.norrbacka-labs.example/', 'https://jobs.norrbacka-labs.example/sv']) {
      const page = ownBoard(front);
      expect(recognizes(page)).toBe(true);
      expect(rows(page).map(([id]) => id)).toEqual(rows(ownBoard(OWN_BOARD)).map(([id]) => id));
    }
    expect(rows(loadFixture('teamtailor', 'board.html', 'https://norrbacka.teamtailor.com/')).map(([id]) => id)).toEqual(['4410001', '4410002', '4410003']);
    // A front page with no job list is nothing.
    const cdn = '<link rel="icon" href="https://images.teamtailor-cdn.com/images/favicon.png">';
    expect(recognizes(pageFromHtml(`<html><head>${cdn}</head><body data-controller="careersite--ready"><h1>Life at Norrbacka</h1></body></html>`, 'https://jobs.norrbacka-labs.example/'))).toBe(false);
  });

  it('does not recognize its markup at an address that is no job list or job page', () => {
    // The same jobs block on the career site's people or department pages.
    for (const path of ['/people', '/sv/people', '/departments/engineering', '/jobs/show_more?page=2', '/jobs/4410001-applied-ml-engineer/applications/new']) {
      expect(recognizes(ownBoard(`https://jobs.norrbacka-labs.example${path}`))).toBe(false);
    }
    // A job page's markup at the list address; another job's page at this job's address.
    expect(recognizes(ownJob(OWN_BOARD))).toBe(false);
    expect(recognizes(ownJob('https://jobs.norrbacka-labs.example/jobs/4410002-office-coordinator'))).toBe(false);
    // The list's markup at a job address (a job page is known by its own markup).
    expect(recognizes(ownBoard(OWN_JOB))).toBe(false);
  });

  it('does not recognize another site at a list or job address, however alike its markup', () => {
    const cdn = '<link rel="icon" type="image/png" href="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/favicon-v3/image_uploads/00000000-0000-4000-8000-000000000002/original.png">';
    const list = '<ul id="jobs_list_container"><li><a href="/jobs/4410001-welder">Welder</a></li></ul>';
    const body = (attrs: string, inner: string) => `<html><head>${cdn}</head><body ${attrs}>${inner}</body></html>`;
    // The list's id alone, or with only one of Teamtailor's two page marks.
    expect(recognizes(pageFromHtml(`<body>${list}</body>`, OWN_BOARD))).toBe(false);
    expect(recognizes(pageFromHtml(`<body data-controller="careersite--ready">${list}</body>`, OWN_BOARD))).toBe(false);
    expect(recognizes(pageFromHtml(`<head>${cdn}</head><body>${list}</body>`, OWN_BOARD))).toBe(false);
    // A look-alike CDN host, or the controller name as part of another.
    const fake = '<link rel="icon" href="https://teamtailor-cdn.com.evil.example/favicon.png">';
    expect(recognizes(pageFromHtml(`<head>${fake}</head><body data-controller="careersite--ready">${list}</body>`, OWN_BOARD))).toBe(false);
    expect(recognizes(pageFromHtml(body('data-controller="my-careersite--ready"', list), OWN_BOARD))).toBe(false);
    // Teamtailor's page without its job list, or a job page without the job's id.
    expect(recognizes(pageFromHtml(body('data-controller="careersite--ready"', '<ul id="jobs"></ul>'), OWN_BOARD))).toBe(false);
    expect(recognizes(pageFromHtml(body('data-controller="careersite--ready"', '<main><h1 class="font-company-header">Welder</h1></main>'), OWN_JOB))).toBe(false);
    expect(recognizedAdapter(pageFromHtml('<h1>Jobs</h1>', OWN_BOARD))).toBeNull();
    expect(recognizes(pageFromHtml('', OWN_JOB))).toBe(false);
  });

  it('reads the same jobs there as on teamtailor.com, with the links of the company\'s domain', () => {
    const own = rows(ownBoard(OWN_BOARD));
    const hosted = rows(loadFixture('teamtailor', 'board.html', BOARD));
    const core = (r: typeof own) => r.map(([id, title, , location]) => [id, title, location]);
    expect(core(own)).toEqual(core(hosted));
    expect(own.map((r) => r[4])).toEqual([OWN_JOB, 'https://jobs.norrbacka-labs.example/jobs/4410002-office-coordinator', 'https://jobs.norrbacka-labs.example/jobs/4410003-data-labeling-lead']);
    // The company from the site's name (og:site_name), not from the host's first label ("Jobs").
    expect(own.map((r) => r[2])).toEqual(['Norrbacka Labs', 'Norrbacka Labs', 'Norrbacka Labs']);
    const detail = teamtailor.detail!(ownJob(`${OWN_JOB}?utm_source=x`));
    const hostedDetail = teamtailor.detail!(loadFixture('teamtailor', 'job.html', JOB));
    expect(detail).toMatchObject({
      id: '4410001',
      title: hostedDetail!.title,
      company: 'Norrbacka Labs AB',
      location: hostedDetail!.location,
      description: hostedDetail!.description,
      url: OWN_JOB,
    });
  });

  it('reads the card layout: the title span, not the meta line the link also wraps', () => {
    const page = loadFixture('teamtailor', 'own-domain-cards.html', OWN_CARDS);
    expect(rows(page)).toEqual([
      [
        '9120001',
        'Machine Learning Engineer, Speech',
        'Tallbacken Audio',
        'Uppsala, Västerås',
        'https://careers.tallbacken.example/jobs/9120001-machine-learning-engineer-speech',
      ],
      ['9120002', 'Warehouse Planner', 'Tallbacken Audio', 'Örebro', 'https://careers.tallbacken.example/jobs/9120002-warehouse-planner'],
    ]);
  });

  it("reads a title the card cuts short from its title attribute, and the meta line under it in the newer build's class", () => {
    const page = loadFixture('teamtailor', 'own-domain-cards.html', OWN_CARDS);
    const span = page.document.querySelector('span[title="Machine Learning Engineer, Speech"]')!;
    span.setAttribute('title', 'Machine Learning Engineer, Speech and Hearing Research');
    span.textContent = 'Machine Learning Engineer, Speech and Hea...';
    page.document.querySelector('.mt-1')!.className = 'text-md mt-4';
    const first = readPage(teamtailor, page).cards[0].job;
    expect([first.title, first.location]).toEqual(['Machine Learning Engineer, Speech and Hearing Research', 'Uppsala, Västerås']);
    // A title attribute that says something else is not the title.
    span.setAttribute('title', 'Speech team');
    expect(readPage(teamtailor, page).cards[0].job.title).toBe('Machine Learning Engineer, Speech and Hea...');
  });

  it("reads the meta line after the title link in the newer build's list, where it has no class of its own", () => {
    const card = (id: string, title: string, meta: string) =>
      `<li class="w-full"><div class="relative flex"><a class="flex" href="https://careers.tallbacken.example/jobs/${id}-x"><span class="absolute inset-0"></span>${title}</a><div class="text-md mt-4">${meta}</div></div></li>`;
    const html = `<ul id="jobs_list_container">${card('9120011', 'Maintenance Engineer', '<span>Site Manufacturing</span><span>·</span><span>Vlissingen</span><span>·</span><span class="inline-flex items-center">Onsite <i class="fas fa-wifi"></i></span>')}${card('9120012', 'Data Engineer', '<span>Data</span><span>·</span><span>Antwerp - Remote</span>')}</ul>`;
    const page = pageFromHtml(`<html><body data-controller="careersite--ready">${html}</body></html>`, OWN_CARDS);
    expect(readPage(teamtailor, page).cards.map(({ job }) => [job.title, job.location])).toEqual([
      ['Maintenance Engineer', 'Onsite · Vlissingen'],
      ['Data Engineer', 'Antwerp - Remote'],
    ]);
  });

  it('on teamtailor.com reads as before: a link off the career sites is not a job, whatever its origin', () => {
    const html = `<ul id="jobs_list_container"><li><a href="https://www.teamtailor.com/jobs/4410009-sales">Sales</a></li></ul>`;
    expect(readPage(teamtailor, pageFromHtml(html, 'https://www.teamtailor.com/jobs')).cards).toEqual([]);
    expect(teamtailor.detail!(pageFromHtml('<h1 class="font-company-header">Sales</h1>', 'https://www.teamtailor.com/jobs/4410009-sales'))).toBeNull();
  });
});

describe('teamtailor career sites in a language of their own, of a brand in a group', () => {
  const card = (href: string, title: string, place: string) =>
    `<li class="w-full"><div><a class="flex" href="${href}"><span class="absolute inset-0"></span>${title}</a><div class="mt-1 text-md"><span>Produktion</span><span>·</span><span>${place}</span></div></div></li>`;
  const html = `<html><head><meta property="og:site_name" content="FutureLoom"></head><body data-controller="careersite--ready"><ul id="jobs_list_container">
    ${card('https://group-futureloom.teamtailor.com/de-inf/jobs/5548595-produktionsmitarbeiter-in-f-m-d', 'Produktionsmitarbeiter:in (f/m/d)', 'Memmingen')}
    ${card('/en-GB/jobs/8219719-application-management-lead', 'Application Management Lead', 'Zürich')}
    ${card('/jobs/8219720-data-engineer', 'Data Engineer', 'Berlin')}</ul></body></html>`;

  it('reads job addresses after a language ("/de-inf/jobs/ID-slug"), and the company by the site\'s name, not its subdomain', () => {
    const page = pageFromHtml(html, 'https://group-futureloom.teamtailor.com/de-inf/jobs');
    expect(teamtailor.isJobPage(page.url)).toBe(true);
    expect(readPage(teamtailor, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['5548595', 'Produktionsmitarbeiter:in (f/m/d)', 'FutureLoom', 'Memmingen'],
      ['8219719', 'Application Management Lead', 'FutureLoom', 'Zürich'],
      ['8219720', 'Data Engineer', 'FutureLoom', 'Berlin'],
    ]);
    expect(teamtailor.postingIdOf!(new URL('https://group-futureloom.teamtailor.com/sv/jobs/5548595-x'))).toBe('5548595');
  });
});

