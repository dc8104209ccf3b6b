import { describe, expect, it } from 'vitest';
import { ams } from '../../lib/sites/ams';
import { freework } from '../../lib/sites/freework';
import { nationalevacaturebank } from '../../lib/sites/nationalevacaturebank';
import { readPage } from '../../lib/sites/read-page';
import { remoteco } from '../../lib/sites/remoteco';
import { shine } from '../../lib/sites/shine';
import { tecnoempleo } from '../../lib/sites/tecnoempleo';
import { timesjobs } from '../../lib/sites/timesjobs';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Tecnoempleo', () => {
  it("reads each card: the rf id its title link names, the title (markup kept as text), the company where shown, the place's bold words", () => {
    const { cards } = readPage(tecnoempleo, loadFixture('tecnoempleo', 'search.html', 'https://www.tecnoempleo.com/ofertas-trabajo/?te=machine+learning'));
    expect(cardRows(cards)).toEqual([
      ['a1b2c3d4e5f6a7b8c9d0', 'ML Engineer (LLM)', 'Iberia AI', 'Madrid'],
      ['b2c3d4e5f6a7b8c9d0e1', 'Forward Deployed Engineer', 'Datos Sur', '100% remoto'],
      ['c3d4e5f6a7b8c9d0e1f2', 'Técnico de soporte <img src=x onerror=alert(1)>', undefined, 'Sevilla'],
    ]);
  });

  it("reads a job's page: heading, the JSON-LD's company, the place its facts name, the posting", () => {
    const url = 'https://www.tecnoempleo.com/forward-deployed-engineer-datos-sur/llm/rf-b2c3d4e5f6a7b8c9d0e1';
    const { detail } = readPage(tecnoempleo, loadFixture('tecnoempleo', 'job.html', url));
    expect(detail).toMatchObject({ id: 'b2c3d4e5f6a7b8c9d0e1', title: 'Forward Deployed Engineer', company: 'Datos Sur', location: '100% En remoto', url });
    expect(detail!.description).toContain("Integrate our platform with each customer's systems");
    expect(detail!.description).not.toContain('Descripción');
  });
});

describe('Free-Work', () => {
  it("reads each job's wide copy once: the two slugs as the id, title (markup kept as text), company, the panel's place; an imported job by its narrow copy's link", () => {
    const { cards } = readPage(freework, loadFixture('freework', 'jobs.html', 'https://www.free-work.com/fr/tech-it/jobs?query=llm'));
    expect(cardRows(cards)).toEqual([
      ['data-scientist/ingenieur-machine-learning-llm-h-f', 'Ingénieur Machine Learning LLM H/F', 'Loire Intelligence', 'Nantes, Pays de la Loire'],
      ['ingenieur-ia/forward-deployed-engineer-2', 'Forward Deployed Engineer <img src=x onerror=alert(1)>', 'Rhône Data', 'Lyon, Auvergne-Rhône-Alpes'],
    ]);
    expect(cards.map(({ element }) => element.className)).toEqual(['mb-4 hidden lg:block', 'mb-4 hidden lg:block']);
  });

  it("reads a job's page: the heading without its kind, the header's company, the posting and the profile sought (not the company's own text)", () => {
    const url = 'https://www.free-work.com/fr/tech-it/job-mission/ingenieur-ia/forward-deployed-engineer-2';
    const { detail } = readPage(freework, loadFixture('freework', 'job.html', url));
    expect(detail).toMatchObject({ id: 'ingenieur-ia/forward-deployed-engineer-2', title: 'Forward Deployed Engineer', company: 'Rhône Data', location: 'Lyon, FR', url });
    expect(detail!.description).toContain('deploy our LLM agents');
    expect(detail!.description).toContain('Experience with Python and LLM APIs');
    expect(detail!.description).not.toContain('40 employees');
  });
});

describe('Nationale Vacaturebank and Intermediair', () => {
  it('reads each card (one link): the UUID its address names, the title (markup kept as text), company, place', () => {
    const { cards } = readPage(nationalevacaturebank, loadFixture('nationalevacaturebank', 'search.html', 'https://www.nationalevacaturebank.nl/vacature/zoeken?query=machine%20learning'));
    expect(cardRows(cards)).toEqual([
      ['2b1c0e55-1111-4a2b-9c3d-00000000b001', 'Machine Learning Engineer', 'Polder AI B.V.', 'Utrecht'],
      ['2b1c0e55-1111-4a2b-9c3d-00000000b002', 'Forward Deployed Engineer', 'Delta Data', 'Rotterdam'],
      ['2b1c0e55-1111-4a2b-9c3d-00000000b003', 'Chauffeur <img src=x onerror=alert(1)>', 'Transport Oost', 'Enschede'],
    ]);
  });

  it("reads a job's page from its JSON-LD, badged at the heading; the search is no job", () => {
    const url = 'https://www.intermediair.nl/vacature/2b1c0e55-1111-4a2b-9c3d-00000000b002/forward-deployed-engineer';
    const { detail } = readPage(nationalevacaturebank, loadFixture('nationalevacaturebank', 'job.html', url));
    expect(detail).toMatchObject({ id: '2b1c0e55-1111-4a2b-9c3d-00000000b002', title: 'Forward Deployed Engineer', company: 'Delta Data', url });
    expect(detail!.description).toContain('deploy our AI agents');
    expect(detail!.badgeAnchor?.tagName).toBe('H2');
    expect(readPage(nationalevacaturebank, loadFixture('nationalevacaturebank', 'job.html', 'https://www.nationalevacaturebank.nl/vacature/zoeken')).detail).toBeNull();
  });
});

describe('AMS alle jobs', () => {
  it('reads each result within itself (its ids repeat on every result): the UUID its link names, title (markup kept as text), company, place', () => {
    const { cards } = readPage(ams, loadFixture('ams', 'search.html', 'https://jobs.ams.at/public/emps/jobs?query=KI'));
    expect(cardRows(cards)).toEqual([
      ['3c1d2e4f-0a1b-3c2d-9e8f-00000000c001', 'Machine Learning Engineer (LLM)', 'Donau KI GmbH', '1010 Wien'],
      ['3c1d2e4f-0a1b-3c2d-9e8f-00000000c002', 'Forward Deployed Engineer', 'Alpen Data GmbH', '5020 Salzburg'],
      ['3c1d2e4f-0a1b-3c2d-9e8f-00000000c003', 'Koch/Köchin <img src=x onerror=alert(1)>', 'Gasthof Post', '6020 Innsbruck'],
    ]);
  });

  it("reads a job's page: the title without \"Details:\", company, place, posting; the same job at its uuid/ address", () => {
    for (const url of ['https://jobs.ams.at/public/emps/jobs/3c1d2e4f-0a1b-3c2d-9e8f-00000000c002', 'https://jobs.ams.at/public/emps/jobs/uuid/3c1d2e4f-0a1b-3c2d-9e8f-00000000c002']) {
      const { detail } = readPage(ams, loadFixture('ams', 'job.html', url));
      expect(detail).toMatchObject({ id: '3c1d2e4f-0a1b-3c2d-9e8f-00000000c002', title: 'Forward Deployed Engineer', company: 'Alpen Data GmbH', location: '5020, Salzburg' });
      expect(detail!.description).toContain("Integrate our platform with each customer's systems.");
    }
  });
});

describe('Remote.co', () => {
  it('reads each link to a job that holds a heading: the UUID, the title (markup kept as text), the company where shown; not other links', () => {
    const { cards } = readPage(remoteco, loadFixture('remoteco', 'search.html', 'https://remote.co/remote-jobs/developer'));
    expect(cardRows(cards)).toEqual([
      ['4e2f1a3b-1111-4a2b-9c3d-00000000d001', 'Machine Learning Engineer', 'Kestrel AI', undefined],
      ['4e2f1a3b-1111-4a2b-9c3d-00000000d002', 'Forward Deployed Engineer', undefined, undefined],
      ['4e2f1a3b-1111-4a2b-9c3d-00000000d003', 'Customer Support Rep <img src=x onerror=alert(1)>', 'Harbor Co', undefined],
    ]);
  });

  it("reads a job's page by its heading (the JSON-LD's title names company and place too), the company under it, the labelled place, the posting", () => {
    const url = 'https://remote.co/job-details/forward-deployed-engineer-4e2f1a3b-1111-4a2b-9c3d-00000000d002';
    const { detail } = readPage(remoteco, loadFixture('remoteco', 'job.html', url));
    expect(detail).toMatchObject({ id: '4e2f1a3b-1111-4a2b-9c3d-00000000d002', title: 'Forward Deployed Engineer', company: 'Osprey Data', location: 'Hybrid Remote in Denver, CO', url });
    expect(detail!.description).toBe('You will work on site with our customers and deploy our AI agents on their own data.');
  });
});

describe('Shine.com', () => {
  it('reads each card by its microdata: the id its address ends with, the title (markup kept as text), company, place', () => {
    const { cards } = readPage(shine, loadFixture('shine', 'search.html', 'https://www.shine.com/job-search/machine-learning-jobs'));
    expect(cardRows(cards)).toEqual([
      ['19400101', 'Machine Learning Engineer (LLM)', 'Ganga AI Pvt Ltd', 'Bengaluru'],
      ['19400102', 'Forward Deployed Engineer', 'Yamuna Data', 'Mumbai'],
      ['19400103', 'Accounts Executive <img src=x onerror=alert(1)>', 'Kaveri Traders', undefined],
    ]);
  });

  it("reads the earlier design's cards and a job's page", () => {
    const older = `<div class="jobCard_jobCard__jjUmu white-box-border jobCard"><meta itemprop="url" content="https://www.shine.com/jobs/data-scientist/ganga-ai/19400104"><strong class="jobCard_pReplaceH2__xWmHg"><a href="/jobs/data-scientist/ganga-ai/19400104">Data Scientist</a></strong><div class="jobCard_jobCard_cName__mYnow"><span>Ganga AI</span></div><div class="jobCard_jobCard_lists_item__YxRkV jobCard_locationIcon__zrWt2">Pune</div></div>`;
    expect(cardRows(readPage(shine, pageFromHtml(older, 'https://www.shine.com/job-search/data-jobs')).cards)).toEqual([['19400104', 'Data Scientist', 'Ganga AI', 'Pune']]);
    const { detail } = readPage(shine, loadFixture('shine', 'job.html', 'https://www.shine.com/jobs/forward-deployed-engineer/yamuna-data/19400102'));
    expect(detail).toMatchObject({ id: '19400102', title: 'Forward Deployed Engineer', company: 'Yamuna Data', location: 'Mumbai' });
    expect(detail!.description).toContain('deploy our LLM agents');
  });
});

describe('TimesJobs', () => {
  it('reads both card designs: the encrypted id (its escaped + and / restored), the title (markup kept as text), company, place', () => {
    const { cards } = readPage(timesjobs, loadFixture('timesjobs', 'search.html', 'https://www.timesjobs.com/job-search?keywords=machine+learning'));
    expect(cardRows(cards)).toEqual([
      ['AbCdEf12+GhIj34==', 'Machine Learning Engineer', 'Ganga AI', 'Bengaluru'],
      ['KlMnOp56/QrSt78==', 'Forward Deployed Engineer', 'Yamuna Data', 'Mumbai'],
      ['UvWxYz90+abCD==', 'Accountant <img src=x onerror=alert(1)>', 'Kaveri Traders', 'Chennai'],
    ]);
    expect(cards[0].job.url).toBe('https://www.timesjobs.com/job-detail/machine-learning-engineer-ganga-ai-bengaluru-3-6-years-jobid-AbCdEf12__PLUS__GhIj34==&source=srp');
  });

  it("reads a job's page, whose address glues its source on without a query", () => {
    const { detail } = readPage(timesjobs, loadFixture('timesjobs', 'job.html', 'https://www.timesjobs.com/job-detail/forward-deployed-engineer-yamuna-data-mumbai-2-5-years-jobid-KlMnOp56__SLASH__QrSt78==&source=srp'));
    expect(detail).toMatchObject({ id: 'KlMnOp56/QrSt78==', title: 'Forward Deployed Engineer', company: 'Yamuna Data' });
    expect(detail!.description).toContain('deploy our LLM agents');
    expect(timesjobs.isJobPage(new URL('https://www.timesjobs.com/job-detail/%E0%A4%'))).toBe(false);
  });
});
