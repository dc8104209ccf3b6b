import { describe, expect, it } from 'vitest';
import { habr } from '../../lib/sites/habr';
import { nav } from '../../lib/sites/nav';
import { nhsjobs } from '../../lib/sites/nhsjobs';
import { oleeo } from '../../lib/sites/oleeo';
import { readPage } from '../../lib/sites/read-page';
import { workua } from '../../lib/sites/workua';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('NHS Jobs', () => {
  it("reads each card: the advert its title link names, the title (markup kept as text), the employer and the place (without the screen readers' sentence)", () => {
    const { cards } = readPage(nhsjobs, loadFixture('nhsjobs', 'search.html', 'https://www.jobs.nhs.uk/candidate/search/results?keyword=machine%20learning'));
    expect(cardRows(cards)).toEqual([
      ['E9001-26-0101', 'Machine Learning Engineer - Clinical Imaging', 'Severn Valley NHS Foundation Trust', 'Shrewsbury SY3 8XQ'],
      ['C9002-26-0102', 'AI Deployment Lead, embedded with GP practices', 'Mercia Integrated Care Board', 'Birmingham B1 1AA'],
      ['C9003-SC-103', 'Staff Nurse <img src=x onerror=alert(1)>', 'Tamar Community Health CIC', 'Plymouth PL4 6QT'],
    ]);
    expect(cards[0].job.url).toBe('https://www.jobs.nhs.uk/candidate/jobadvert/E9001-26-0101');
  });

  it("reads an advert: heading, employer, each place once, and its sections as a browser parses them (not the employer's blurb, nor the details)", () => {
    const url = 'https://www.jobs.nhs.uk/candidate/jobadvert/E9001-26-0101';
    const { detail } = readPage(nhsjobs, loadFixture('nhsjobs', 'job.html', `${url}?keyword=&language=en`));
    expect(detail).toMatchObject({ id: 'E9001-26-0101', title: 'Machine Learning Engineer - Clinical Imaging', company: 'Severn Valley NHS Foundation Trust', location: 'Shrewsbury SY3 8XQ; Telford TF1 6TF', url });
    for (const line of ['find fractures in X-ray images', 'Fine-tune vision models', 'Experience with PyTorch', 'A degree in computer science']) expect(detail!.description).toContain(line);
    for (const line of ['NHS Pension', 'Date posted', 'About us', 'Main duties of the job']) expect(detail!.description).not.toContain(line);
  });

  it('reads no advert at its apply step, nor off the candidate pages', () => {
    expect(nhsjobs.isJobPage(new URL('https://www.jobs.nhs.uk/candidate/jobadvert/E9001-26-0101/ats-direct-apply'))).toBe(false);
    expect(readPage(nhsjobs, pageFromHtml('<h1 id="heading">ML Engineer</h1>', 'https://www.jobs.nhs.uk/candidate/jobadvert/E9001-26-0101/ats-direct-apply')).detail).toBeNull();
  });
});

describe('Oleeo (tal.net)', () => {
  it("reads the table layout's rows: the id the row and its link agree on, the place by its column's header, the address without the session's parts", () => {
    const { cards } = readPage(oleeo, loadFixture('oleeo', 'table.html', 'https://northbank.tal.net/vx/lang-en-GB/mobile-0/appcentre-1/brand-2/xf-0a1b2c3d4e5f/candidate/jobboard/vacancy/1/adv/'));
    expect(cardRows(cards)).toEqual([
      ['4101', '2027 Machine Learning Engineering Summer Internship', undefined, 'London'],
      ['4102', 'Applied AI Engineer, Client Solutions', undefined, 'New York'],
      ['4103', 'Operations Analyst <img src=x onerror=alert(1)>', undefined, 'Glasgow'],
    ]);
    expect(cards[1].job.url).toBe('https://northbank.tal.net/vx/lang-en-GB/mobile-0/appcentre-1/brand-2/candidate/so/pm/1/pl/1/opp/4102-Applied-AI-Engineer-Client-Solutions/en-GB');
  });

  it("reads the tile layout's fields by their labels (the organisation where a board names one), each tile once", () => {
    const { cards } = readPage(oleeo, loadFixture('oleeo', 'tiles.html', 'https://publicjobs.tal.net/vx/lang-en-GB/mobile-0/appcentre-ext/brand-4/xf-9f8e7d6c5b4a/candidate/jobboard/vacancy/3/adv/'));
    expect(cardRows(cards)).toEqual([
      ['7201', 'Data Scientist (Machine Learning)', 'Office of Public Works', 'Dublin'],
      ['7202', 'Clerical Officer', undefined, 'Cork'],
    ]);
  });

  it('reads no row whose own id and link name different jobs', () => {
    const html = `<table><tbody><tr data-oppid="4101"><td><a class="subject" href="https://northbank.tal.net/candidate/so/pm/1/pl/1/opp/4999-Other/en-GB">Other</a></td></tr></tbody></table>`;
    expect(readPage(oleeo, pageFromHtml(html, 'https://northbank.tal.net/candidate/jobboard/vacancy/1/adv/')).cards).toEqual([]);
  });

  it("reads a job's page: heading, its labelled fields (place, the posting's fields, not the benefits), the tenant after the title in the page's title, not its apply step", () => {
    const url = 'https://northbank.tal.net/vx/lang-en-GB/mobile-0/brand-2/xf-0a1b2c3d4e5f/candidate/so/pm/1/pl/1/opp/4102-Applied-AI-Engineer-Client-Solutions/en-GB';
    const { detail } = readPage(oleeo, loadFixture('oleeo', 'job.html', url));
    expect(detail).toMatchObject({ id: '4102', title: 'Applied AI Engineer, Client Solutions', company: 'Northbank', location: 'New York', url: url.replace('/xf-0a1b2c3d4e5f', '') });
    expect(detail!.description).toContain('work embedded with our institutional clients');
    expect(detail!.description).not.toContain('Gym membership');
    expect(readPage(oleeo, loadFixture('oleeo', 'job.html', 'https://northbank.tal.net/vx/candidate/so/pm/1/pl/1/opp/4102/apply/en-GB')).detail).toBeNull();
    const titled = (title: string) => oleeo.detail!(pageFromHtml(`<title>${title}</title><h1 class="section">Quant Analyst</h1>`, url))?.company;
    expect(titled('Quant Analyst - BlackRock')).toBe('BlackRock');
    expect(titled('Quant Analyst - Programme - London - BlackRock')).toBeUndefined();
    expect(titled('Graduate Programmes - BlackRock')).toBeUndefined();
  });
});

describe('Work.ua', () => {
  it('reads each card by the icons that name its lines: id, title (markup kept as text), company (not the pay), the place without the distance; not an ad', () => {
    const { cards } = readPage(workua, loadFixture('workua', 'list.html', 'https://www.work.ua/jobs-kyiv-machine+learning/'));
    expect(cardRows(cards)).toEqual([
      ['8600101', 'Machine Learning Engineer (LLM)', 'Дніпро Компʼютинг', 'Київ'],
      ['8600102', 'Forward Deployed Engineer', 'Карпати AI', 'Дистанційно'],
      ['8600103', 'Бухгалтер <img src=x onerror=alert(1)>', 'ТОВ «Облік»', 'Львів'],
    ]);
    expect(cards[0].job.url).toBe('https://www.work.ua/jobs/8600101/');
  });

  it('reads the English list, the place after the company on its line, and a card without icons (the pay left out)', () => {
    const { cards } = readPage(workua, loadFixture('workua', 'list-en.html', 'https://www.work.ua/en/jobs/?search=AI%20Engineer'));
    expect(cardRows(cards)).toEqual([['8600201', 'AI Platform Engineer', 'Bug Hunters LLC', 'Kyiv']]);
    const plain = `<div class="card job-link"><h2><a href="/jobs/8600301/">Data Engineer</a></h2><div class="mt-xs"><span class="strong-600">За результатами співбесіди</span></div>
      <div class="mt-xs"><span class="mr-xs"><span class="strong-600">Omega Soft</span></span><span>Одеса</span></div></div>`;
    expect(cardRows(readPage(workua, pageFromHtml(plain, 'https://www.work.ua/jobs-data/')).cards)).toEqual([['8600301', 'Data Engineer', 'Omega Soft', 'Одеса']]);
  });

  it("reads a job's page: heading, company link, the city of the address line, the posting", () => {
    const { detail } = readPage(workua, loadFixture('workua', 'job.html', 'https://www.work.ua/jobs/8600102/'));
    expect(detail).toMatchObject({ id: '8600102', title: 'Forward Deployed Engineer', company: 'Карпати AI', location: 'Київ', url: 'https://www.work.ua/jobs/8600102/' });
    expect(detail!.description).toContain('deploy our LLM agents');
  });
});

describe('arbeidsplassen.nav.no', () => {
  it('reads each result by the rows its hidden labels name: id, title (markup kept as text), employer, places', () => {
    const { cards } = readPage(nav, loadFixture('nav', 'search.html', 'https://arbeidsplassen.nav.no/stillinger?q=maskinl%C3%A6ring'));
    expect(cardRows(cards)).toEqual([
      ['0b5e1c2a-1111-4a2b-9c3d-00000000a001', 'Maskinlæringsingeniør (LLM-plattform)', 'Fjord AI AS', 'Oslo'],
      ['0b5e1c2a-1111-4a2b-9c3d-00000000a002', 'Forward Deployed Engineer', 'Nordlys Data AS', 'Bergen, Trondheim'],
      ['0b5e1c2a-1111-4a2b-9c3d-00000000a003', 'Sykepleier <img src=x onerror=alert(1)>', undefined, 'Vestmarka'],
    ]);
  });

  it("reads a job's page: heading, the rows its icons' titles name, the posting (not the employer's own description), and the similar jobs below as cards", () => {
    const url = 'https://arbeidsplassen.nav.no/stillinger/stilling/0b5e1c2a-1111-4a2b-9c3d-00000000a002';
    const { cards, detail } = readPage(nav, loadFixture('nav', 'job.html', url));
    expect(detail).toMatchObject({ id: '0b5e1c2a-1111-4a2b-9c3d-00000000a002', title: 'Forward Deployed Engineer', company: 'Nordlys Data AS', location: 'Bryggen 3, 5003 Bergen', url });
    expect(detail!.description).toContain('deploy our AI agents');
    expect(detail!.description).not.toContain('80 employees');
    expect(cardRows(cards)).toEqual([['0b5e1c2a-1111-4a2b-9c3d-00000000a004', 'AI-ingeniør', 'Fjord AI AS', undefined]]);
  });
});

describe('Habr Career', () => {
  it("reads each card: id, title (markup kept as text), company, the places of its placemark chips (not the format chip), or the older city link", () => {
    const { cards } = readPage(habr, loadFixture('habr', 'list.html', 'https://career.habr.com/vacancies?q=ml&type=all'));
    expect(cardRows(cards)).toEqual([
      ['1000170001', 'ML Platform Engineer (LLM inference)', 'Волга AI', 'Москва, Казань'],
      ['1000170002', 'Forward Deployed Engineer', 'Урал Дата', undefined],
      ['1000170003', 'Бухгалтер <img src=x onerror=alert(1)>', 'Счёт', 'Санкт-Петербург'],
    ]);
  });

  it("takes a card's title from the link over it when its title link is missing", () => {
    const html = `<div class="vacancy-card"><a aria-label="AI Engineer" class="vacancy-card__backdrop-link" href="/vacancies/1000170005"></a></div>`;
    expect(cardRows(readPage(habr, pageFromHtml(html, 'https://career.habr.com/vacancies')).cards)).toEqual([['1000170005', 'AI Engineer', undefined, undefined]]);
  });

  it("reads a job's page: heading, company, the place chip, the posting, and the sidebar's jobs as cards", () => {
    const { cards, detail } = readPage(habr, loadFixture('habr', 'job.html', 'https://career.habr.com/vacancies/1000170002'));
    expect(detail).toMatchObject({ id: '1000170002', title: 'Forward Deployed Engineer', company: 'Урал Дата', location: 'Екатеринбург', url: 'https://career.habr.com/vacancies/1000170002' });
    expect(detail!.description).toContain('deploy our LLM agents');
    expect(cardRows(cards)).toEqual([['1000170009', 'Applied AI Engineer', 'Кама ML', 'Москва']]);
  });

  it('reads topic lists as lists, never as a job', () => {
    expect(habr.isJobPage(new URL('https://career.habr.com/vacancies/rust_developer'))).toBe(true);
    expect(readPage(habr, pageFromHtml('<h1 class="page-title__title">Rust</h1>', 'https://career.habr.com/vacancies/rust_developer')).detail).toBeNull();
  });
});
