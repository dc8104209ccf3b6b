import { describe, expect, it } from 'vitest';
import { jsonld, readJobPostingJsonLd } from '../../lib/sites/jsonld';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const block = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;
const rawBlock = (text: string) => `<script type="application/ld+json">${text}</script>`;
const JOB = '{"@type": "JobPosting", "title": "Applied AI Engineer", "hiringOrganization": {"name": "Quokka Labs"}}';

describe('readJobPostingJsonLd', () => {
  it('finds a JobPosting inside @graph with a @type array, skipping a broken block before it', () => {
    const { document } = loadFixture('jsonld', 'careers-job.html', 'https://careers.northwind.example/jobs/5551234-applied-ml-engineer');
    const [job, ...others] = readJobPostingJsonLd(document);
    expect(others).toEqual([]);
    expect(job).toMatchObject({
      id: '5551234',
      title: 'Applied ML Engineer',
      company: 'Northwind Robotics',
      location: 'Remote (Portugal); Lisbon, PT; Porto, PT',
    });
  });

  it('decodes an HTML-escaped description into plain lines', () => {
    const { document } = loadFixture('jsonld', 'careers-job.html', 'https://careers.northwind.example/jobs/5551234-applied-ml-engineer');
    expect(readJobPostingJsonLd(document)[0].description).toBe(
      'About us We build warehouse robots & the models that drive them.\nShip models to production\nOwn the evaluation harness',
    );
  });

  it('reads a top-level array, string hiringOrganization, name instead of title, full-IRI @type', () => {
    const { document } = loadFixture('jsonld', 'list-of-jobs.html', 'https://jobs.bluefin.example/roles');
    expect(readJobPostingJsonLd(document)).toEqual([
      {
        title: 'Data Platform Engineer',
        company: 'Bluefin Analytics',
        location: 'Austin, TX, US',
        url: 'https://jobs.bluefin.example/roles/data-platform-engineer-8812',
      },
      { title: 'Solutions Engineer & Trainer', location: 'Remote' },
    ]);
  });

  it('keeps hostile values as plain text and never adds elements to the page', () => {
    const { document } = loadFixture('jsonld', 'hostile.html', 'https://careers.mallory.example/jobs/4242');
    const [job] = readJobPostingJsonLd(document);
    expect(job.title).toBe('<img src=x onerror=alert(1)> Prompt Engineer');
    expect(job.company).toBe('Mallory Inc');
    expect(job.description).toBe('Hello\nWorld');
    expect(job.id).toBe('4242');
    expect(document.querySelectorAll('img').length).toBe(0);
  });

  it('returns nothing for pages without a titled JobPosting', () => {
    const { document } = loadFixture('jsonld', 'no-job.html', 'https://quiet.example/about');
    expect(readJobPostingJsonLd(document)).toEqual([]);
    expect(readJobPostingJsonLd(pageFromHtml('', 'https://quiet.example/').document)).toEqual([]);
  });

  it('bounds its work on thousands of blocks', () => {
    const job = (i: number) => ({ '@type': 'JobPosting', title: `Role ${i}`, identifier: String(i) });
    const noise = Array.from({ length: 3000 }, (_, i) => block({ '@type': 'WebPage', name: `page ${i}` })).join('');
    const jobs = Array.from({ length: 500 }, (_, i) => block(job(i))).join('');
    const { document } = pageFromHtml(`<html><head>${noise}${jobs}</head><body></body></html>`, 'https://x.example/');
    const started = performance.now();
    const found = readJobPostingJsonLd(document);
    expect(found.length).toBeLessThanOrEqual(50);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].title).toBe('Role 0');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('takes the job id from an identifier given as an address, and no comma left between list items for a line', () => {
    const { document } = pageFromHtml(
      block({
        '@type': 'JobPosting',
        title: 'Data Engineer',
        identifier: { '@type': 'URL', value: 'https://job-boards.greenhouse.io/quillmark/jobs/7000123?utm_source=aggregator' },
        description: '<ul><li>Own the pipelines</li>,<li>Ship the models</li></ul>',
      }),
      'https://aggregator.example/jobs/abc123',
    );
    const [job] = readJobPostingJsonLd(document);
    expect(job.id).toBe('7000123');
    expect(job.description).toBe('Own the pipelines\nShip the models');
  });

  it('adds the lines of responsibilities, qualifications and skills its description does not hold, and none twice', () => {
    const job = (extra: object) =>
      readJobPostingJsonLd(
        pageFromHtml(block({ '@type': 'JobPosting', title: 'Conseiller clientèle (H/F)', description: '<p>Vous accueillez nos clients.</p><ul><li>Vous traitez leurs demandes.</li></ul>', ...extra }), 'https://quillon.example/jobs/1').document,
      )[0].description;
    expect(job({ qualifications: '<p>Titulaire d&#39;un bac +2.</p><p>Aisance au téléphone.</p>' })).toBe(
      "Vous accueillez nos clients.\nVous traitez leurs demandes.\nTitulaire d'un bac +2.\nAisance au téléphone.",
    );
    expect(job({ responsibilities: 'Vous traitez leurs demandes.', skills: 'Vous accueillez nos clients.' })).toBe('Vous accueillez nos clients.\nVous traitez leurs demandes.');
    expect(job({ responsibilities: 'Vous traitez leurs demandes.\nVous suivez les dossiers.', skills: ['not', 'a string'] })).toBe(
      'Vous accueillez nos clients.\nVous traitez leurs demandes.\nVous suivez les dossiers.',
    );
  });

  it('caps a 1 MB description instead of failing', () => {
    const description = `<p>${'model serving '.repeat(80_000)}</p>`;
    const { document } = pageFromHtml(block({ '@type': 'JobPosting', title: 'Big', description }), 'https://x.example/');
    const [job] = readJobPostingJsonLd(document);
    expect(description.length).toBeGreaterThan(1_000_000);
    expect(job.description!.length).toBeLessThanOrEqual(200_000);
    expect(job.description!.startsWith('model serving model serving')).toBe(true);
  });

  it('ignores deeply nested or odd values without throwing', () => {
    let deep: unknown = { '@type': 'JobPosting', title: 'Too deep' };
    for (let i = 0; i < 50; i++) deep = { wrap: deep };
    const odd = [null, 3, 'text', { '@type': 'JobPosting', title: 7, hiringOrganization: [null, { name: 'Array Co' }], jobLocation: 'Oslo' }];
    const { document } = pageFromHtml(block(deep) + block(odd), 'https://x.example/');
    expect(readJobPostingJsonLd(document)).toEqual([{ title: '7', company: 'Array Co', location: 'Oslo' }]);
  });
});

describe('readJobPostingJsonLd: blocks JSON.parse rejects', () => {
  it.each([
    ['raw newlines and tabs inside strings', '{"@type": "JobPosting", "title": "Applied AI\tEngineer", "hiringOrganization": {"name": "Quokka\nLabs"}}'],
    ['an HTML comment around the JSON', `<!-- ${JOB} -->`],
    ['a CDATA section around the JSON', `<![CDATA[${JOB}]]>`],
    ['a CDATA section behind // comments', `\n//<![CDATA[\n${JOB}\n//]]>\n`],
    ['a CDATA section behind /* */ comments', `/*<![CDATA[*/ ${JOB} /*]]>*/`],
    ['a trailing semicolon', `${JOB};`],
    ['a leading byte order mark', `\uFEFF${JOB}`],
    ['several at once', `\uFEFF<!--\n//<![CDATA[\n${JOB.replace('Labs', 'Labs\n')};\n//]]>\n-->`],
  ])('recovers %s', (_, text) => {
    const { document } = pageFromHtml(rawBlock(text), 'https://x.example/');
    expect(readJobPostingJsonLd(document)).toEqual([{ title: 'Applied AI Engineer', company: 'Quokka Labs' }]);
  });

  it('reads a CMS page with wrapped blocks and raw line breaks in a description, skipping one still broken', () => {
    const { document } = loadFixture('jsonld', 'broken-blocks.html', 'https://careers.tallowpine.example/jobs/TP-1187');
    expect(readJobPostingJsonLd(document)).toEqual([
      {
        id: 'TP-1187',
        title: 'Applied Scientist, Forecasting',
        company: 'Tallow & Pine',
        description: 'About the role\nBuild demand forecasts for 400 stores\nShip them to production',
      },
      { title: 'Solutions Engineer', company: 'Tallow & Pine', location: 'Bristol, GB' },
    ]);
  });

  it('leaves escapes, and text that looks like a wrapper inside strings, alone', () => {
    const json = '{"@type": "JobPosting", "title": "Engineer \\"//]]>\\" -->;", "description": "a\\\\\nb"}';
    const { document } = pageFromHtml(rawBlock(`<!--${json}-->`), 'https://x.example/');
    expect(readJobPostingJsonLd(document)).toEqual([{ title: 'Engineer "//]]>" -->;', description: 'a\\\nb' }]);
  });

  it('skips what is still not JSON, and never runs it', () => {
    (globalThis as { ranBlock?: boolean }).ranBlock = false;
    const html = [
      rawBlock('{"@type": "JobPosting", "title": "Half written"'),
      rawBlock('({"@type": "JobPosting", "title": (globalThis.ranBlock = true) && "Code"})'),
      rawBlock("{'@type': 'JobPosting', 'title': 'Single quotes'}"),
      rawBlock(JOB),
    ].join('');
    const { document } = pageFromHtml(html, 'https://x.example/');
    expect(readJobPostingJsonLd(document)).toEqual([{ title: 'Applied AI Engineer', company: 'Quokka Labs' }]);
    expect((globalThis as { ranBlock?: boolean }).ranBlock).toBe(false);
  });

  it('repairs a block of nearly 3 MB in linear time', () => {
    const description = 'model serving\n\t'.repeat(180_000);
    const text = `<!--{"@type": "JobPosting", "title": "Big", "description": "${description}"};-->`;
    const { document } = pageFromHtml(rawBlock(text), 'https://x.example/');
    const started = performance.now();
    const [job] = readJobPostingJsonLd(document);
    expect(text.length).toBeGreaterThan(2_500_000);
    expect(job.title).toBe('Big');
    expect(job.description!.length).toBeLessThanOrEqual(200_000);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('readJobPostingJsonLd: references by @id', () => {
  it('names the employer and place a @graph gives by reference', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'JobPosting', title: 'Data Engineer', hiringOrganization: { '@id': '#/Organization/9' }, jobLocation: { '@id': '#/Place/3' } },
        { '@type': 'Organization', '@id': '#/Organization/9', name: 'Brightwater Co' },
        { '@type': 'Place', '@id': '#/Place/3', address: { addressLocality: 'Mombasa', addressCountry: 'KE' } },
        { '@type': 'JobPosting', title: 'Unknown employer', hiringOrganization: { '@id': '#/Organization/404' } },
      ],
    };
    const { document } = pageFromHtml(block(graph), 'https://x.example/');
    expect(readJobPostingJsonLd(document)).toEqual([
      { title: 'Data Engineer', company: 'Brightwater Co', location: 'Mombasa, KE' },
      { title: 'Unknown employer' },
    ]);
  });
});

describe('readJobPostingJsonLd: microdata', () => {
  it('reads a job page described only in microdata: title, employer, place, description, id, url', () => {
    const { document } = loadFixture('jsonld', 'microdata-job.html', 'https://careers.larkspur.example/jobs/LF-2291-forward-deployed-ai-engineer');
    expect(readJobPostingJsonLd(document)).toEqual([
      {
        id: 'LF-2291',
        title: 'Forward Deployed AI Engineer',
        company: 'Larkspur Freight',
        location: 'Rotterdam, South Holland, NL',
        description:
          'Larkspur moves containers through six ports.\nWhat you will do\nWork on site with terminal operators and ship planning models into their yards.\nIntegrate forecasts with customer systems.',
        url: 'https://careers.larkspur.example/jobs/LF-2291-forward-deployed-ai-engineer',
      },
    ]);
  });

  it('reads a SuccessFactors job page: employer from the head, the region once', () => {
    const { document } = loadFixture('jsonld', 'successfactors-job.html', 'https://jobs.vantor.example/job/Durham-Applied-Machine-Learning-Scientist/2047711/');
    expect(readJobPostingJsonLd(document)).toEqual([
      {
        title: 'Applied Machine Learning Scientist',
        company: 'Vantor Biologics',
        location: 'Durham, NC, US',
        description: 'Your role\nTrain and evaluate protein models used by every lab team.\nOwn the model evaluation pipeline',
      },
    ]);
  });

  it('reads every job of a list page once, and nothing of the items around them', () => {
    const { document } = loadFixture('jsonld', 'microdata-list.html', 'https://jobs.fenwick.example/roles');
    expect(readJobPostingJsonLd(document)).toEqual([
      { title: 'ML Platform Engineer', company: 'Fenwick Grid', location: 'Glasgow', url: 'https://jobs.fenwick.example/roles/8101' },
      { title: 'Solutions Engineer, Utilities', company: 'Fenwick Grid', location: 'Remote, UK', url: 'https://jobs.fenwick.example/roles/8102' },
      { title: 'Data Engineer', location: 'Edinburgh', url: 'https://jobs.fenwick.example/roles/8104' },
    ]);
  });

  it("takes a card's address from its title's link when it gives no url property", () => {
    const card = (slug: string, title: string) =>
      `<li itemscope itemtype="https://schema.org/JobPosting"><a href="https://quillon.example/recrutement/${slug}" class="title" itemprop="title">${title}</a><p itemprop="description">Lyon</p><a href="/recrutement/${slug}" class="btn">Voir le post</a></li>`;
    const page = pageFromHtml(`<ul>${card('job-developpeur-web', 'Développeur·euse web')}${card('job-chef-de-projet', 'Chef·fe de projet')}</ul>`, 'https://quillon.example/recrutement');
    expect(readJobPostingJsonLd(page.document).map((job) => [job.title, job.url])).toEqual([
      ['Développeur·euse web', 'https://quillon.example/recrutement/job-developpeur-web'],
      ['Chef·fe de projet', 'https://quillon.example/recrutement/job-chef-de-projet'],
    ]);
  });

  it('reads the SmartRecruiters job page, which has only microdata', () => {
    const { document } = loadFixture('smartrecruiters', 'job.html', 'https://jobs.smartrecruiters.com/Quillmark/744000123456789-applied-ai-engineer');
    const [job, ...others] = readJobPostingJsonLd(document);
    expect(others).toEqual([]);
    expect(job).toMatchObject({ title: 'Applied AI Engineer', company: 'Quillmark Robotics', location: 'Lisbon, Portugal' });
    expect(job.description).toMatch(/^Company Description\nQuillmark builds robots that sort recycling\.\n/);
  });

  it('keeps markup in microdata text as text and never adds elements to the page', () => {
    const { document } = loadFixture('jsonld', 'microdata-hostile.html', 'https://careers.mallory.example/jobs/4242');
    const elements = document.querySelectorAll('*').length;
    expect(readJobPostingJsonLd(document)).toEqual([
      {
        id: '<b>4242',
        title: '<img src=x onerror=alert(1)> Prompt Engineer',
        company: '<script>alert(2)</script>Mallory Inc',
        location: '<iframe src=javascript:alert(3)>',
        description: 'Hello\n<img src=x onerror=alert(5)>World',
      },
    ]);
    expect(document.querySelectorAll('*').length).toBe(elements);
    expect(document.querySelectorAll('img, iframe').length).toBe(0);
  });

  it('prefers the JSON-LD of a page that describes its jobs both ways', () => {
    const { document } = loadFixture('jsonld', 'both-forms.html', 'https://orrin.example/jobs/OS-77');
    expect(readJobPostingJsonLd(document)).toEqual([
      { id: 'OS-77', title: 'Inference Engineer', company: 'Orrin Systems', location: 'Lyon, FR', description: 'Serve models fast.' },
    ]);
  });

  it('gives the jsonld adapter the open job from microdata', () => {
    const page = loadFixture('jsonld', 'successfactors-job.html', 'https://jobs.vantor.example/job/Durham-Applied-Machine-Learning-Scientist/2047711/');
    const detail = jsonld.detail!(page);
    expect(detail).toMatchObject({ id: '2047711', title: 'Applied Machine Learning Scientist', company: 'Vantor Biologics' });
    expect(detail!.element).toBe(page.document.querySelector('h1'));
  });

  it('bounds its work on thousands of items and a deep, huge one', () => {
    const item = (i: number) => `<li itemscope itemtype="http://schema.org/JobPosting"><span itemprop="title">Role ${i}</span></li>`;
    const many = pageFromHtml(`<ul>${Array.from({ length: 5000 }, (_, i) => item(i)).join('')}</ul>`, 'https://x.example/');
    let started = performance.now();
    const found = readJobPostingJsonLd(many.document);
    expect(found.length).toBe(50);
    expect(found[0].title).toBe('Role 0');
    expect(performance.now() - started).toBeLessThan(1000);

    // Only so many items are looked at: a title-less crowd hides a job that comes after it.
    const untitled = '<div itemscope itemtype="http://schema.org/JobPosting"><meta itemprop="url" content="https://x.example/j"></div>';
    const crowd = pageFromHtml(untitled.repeat(300) + item(1), 'https://x.example/');
    expect(readJobPostingJsonLd(crowd.document)).toEqual([]);

    const deep = '<div>'.repeat(2000) + `<p itemprop="description">${'model serving '.repeat(100_000)}</p>` + '</div>'.repeat(2000);
    const props = '<i itemprop="skills">x</i>'.repeat(5000);
    const huge = pageFromHtml(`<main itemscope itemtype="https://schema.org/JobPosting">${props}<h1 itemprop="title">Big</h1>${deep}</main>`, 'https://x.example/');
    started = performance.now();
    const [job] = readJobPostingJsonLd(huge.document);
    expect(job.title).toBe('Big');
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('jsonld adapter', () => {
  it('reads the open job with the h1 that shows its title (not the cookie dialog)', () => {
    const page = loadFixture('jsonld', 'careers-job.html', 'https://careers.northwind.example/jobs/5551234-applied-ml-engineer');
    const { cards, detail } = readPage(jsonld, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({ id: '5551234', title: 'Applied ML Engineer', company: 'Northwind Robotics' });
    expect(detail!.element).toBe(page.document.querySelector('h1.job-title'));
    expect(detail!.badgeAnchor).toBe(detail!.element);
  });

  it('falls back to the URL for the id and to the body for the element', () => {
    const html = block({ '@type': 'JobPosting', title: 'Forward Deployed Engineer' });
    const page = pageFromHtml(html, 'https://jobs.example/openings/778899-forward-deployed-engineer?ref=feed');
    const detail = jsonld.detail!(page);
    expect(detail).toMatchObject({ id: '778899', title: 'Forward Deployed Engineer' });
    expect(detail!.element).toBe(page.document.body);
    const noId = pageFromHtml(html, 'https://jobs.example/openings/forward-deployed-engineer');
    expect(jsonld.detail!(noId)!.id).toBe('https://jobs.example/openings/forward-deployed-engineer');
  });

  it('picks the job whose URL is the page among several', () => {
    const page = loadFixture('jsonld', 'list-of-jobs.html', 'https://jobs.bluefin.example/roles/data-platform-engineer-8812');
    expect(jsonld.detail!(page)).toMatchObject({ id: '8812', title: 'Data Platform Engineer' });
  });

  it('takes no open job from a list of postings none of which is the page\'s own: it lists them all', () => {
    const list = readPage(jsonld, loadFixture('jsonld', 'list-of-jobs.html', 'https://jobs.bluefin.example/roles'));
    expect(list.detail).toBeNull();
    expect(list.cards.map(({ job, embedded }) => [job.id, job.title, embedded])).toEqual([
      ['8812', 'Data Platform Engineer', true],
      ['https://jobs.bluefin.example/roles#2', 'Solutions Engineer & Trainer', true],
    ]);
    // A job page with related postings in its data: the one its main heading shows is its own.
    const related = (title: string) => ({ '@type': 'JobPosting', title, hiringOrganization: 'Quillmark' });
    const page = pageFromHtml(`${block([related('Data Engineer'), related('ML Engineer')])}<h1>ML Engineer</h1>`, 'https://quillmark.example/careers/open-role?ref=x');
    expect(readPage(jsonld, page).detail).toMatchObject({ title: 'ML Engineer' });
    expect(readPage(jsonld, page).cards).toEqual([]);
  });

  it('reads an address field given as a list ("addressLocality": ["Lviv"])', () => {
    const job = { '@type': 'JobPosting', title: 'Middle iOS Developer', identifier: '841370', jobLocation: { '@type': 'Place', address: { addressLocality: ['Lviv'], addressCountry: 'Ukraine' } } };
    expect(readPage(jsonld, pageFromHtml(block(job), 'https://jobs.example/jobs/841370-middle-ios-developer')).detail?.location).toBe('Lviv, Ukraine');
  });

  it("lists postings of different titles that all give the careers page's address, each apart; the same posting twice is one", () => {
    const posting = (title: string, city: string) => ({
      '@type': 'JobPosting',
      title,
      url: 'https://www.kettlemed.example/karriere',
      hiringOrganization: { '@id': 'https://www.kettlemed.example/#org' },
      jobLocation: { '@type': 'Place', address: { addressLocality: city, addressCountry: 'DE' } },
    });
    const graph = { '@graph': [{ '@type': 'Organization', '@id': 'https://www.kettlemed.example/#org', name: 'Kettlemed GmbH' }, posting('Systemberater Ultraschall (m/w/d)', 'Dortmund'), posting('Servicetechniker (m/w/d)', 'Essen')] };
    const page = pageFromHtml(`${block(graph)}<h1>Karriere</h1>`, 'https://www.kettlemed.example/karriere');
    const { cards, detail } = readPage(jsonld, page);
    expect(detail).toBeNull();
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['https://www.kettlemed.example/karriere#1', 'Systemberater Ultraschall (m/w/d)', 'Kettlemed GmbH', 'Dortmund, DE'],
      ['https://www.kettlemed.example/karriere#2', 'Servicetechniker (m/w/d)', 'Kettlemed GmbH', 'Essen, DE'],
    ]);
    const twice = pageFromHtml(`${block(posting('Servicetechniker (m/w/d)', 'Essen'))}${block(posting('Servicetechniker (m/w/d)', 'Essen'))}`, 'https://www.kettlemed.example/karriere');
    expect(readPage(jsonld, twice).detail).toMatchObject({ title: 'Servicetechniker (m/w/d)', location: 'Essen, DE' });
  });

  it('has no detail on a page without a job', () => {
    expect(readPage(jsonld, loadFixture('jsonld', 'no-job.html', 'https://quiet.example/about')).detail).toBeNull();
  });

  it("takes no open job from a careers page's data dressed as one: a slogan for a title, no id and no address", () => {
    const about = (title: string) =>
      block({ '@context': 'https://schema.org', '@type': 'AboutPage', name: 'Careers | Quokka', mainEntity: { '@type': 'JobPosting', title, jobLocation: { '@type': 'Place', address: { addressCountry: 'US' } } } });
    const at = 'https://www.quokka.example/careers';
    expect(readPage(jsonld, pageFromHtml(`${about("Join Quokka's Mission")}<h1>Life at Quokka</h1>`, at)).detail).toBeNull();
    expect(readPage(jsonld, pageFromHtml(`${about('Inference Engineer')}<h1>Inference Engineer</h1>`, at)).detail).toMatchObject({ title: 'Inference Engineer' });
  });
});
