import { describe, expect, it } from 'vitest';
import { getinit } from '../../lib/sites/getinit';
import { infostud } from '../../lib/sites/infostud';
import { jobsbg } from '../../lib/sites/jobsbg';
import { readPage } from '../../lib/sites/read-page';
import { rozee } from '../../lib/sites/rozee';
import { stellenanzeigen } from '../../lib/sites/stellenanzeigen';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Poslovi Infostud', () => {
  it('reads each card: the id its link names, title (markup kept as text), company and place from the data it was served with, else its lines', () => {
    const { cards } = readPage(infostud, loadFixture('infostud', 'search.html', 'https://poslovi.infostud.com/oglasi-za-posao-ai'));
    expect(cardRows(cards)).toEqual([
      ['690001', 'Machine Learning Engineer', 'Dunav AI d.o.o.', 'Novi Sad'],
      ['690002', 'Forward Deployed Engineer', 'Sava Agents d.o.o.', 'Beograd'],
      ['690003', 'Kuvar <img src=x onerror=alert(1)>', 'Restoran Morava', 'Kragujevac'],
    ]);
  });

  it("reads a job's page: heading, the company's text link, the place by its icon, the advert's text (not the JSON-LD's blurb)", () => {
    const url = 'https://poslovi.infostud.com/posao/forward-deployed-engineer/sava-agents-doo/690002';
    const { detail } = readPage(infostud, loadFixture('infostud', 'job.html', url));
    expect(detail).toMatchObject({ id: '690002', title: 'Forward Deployed Engineer', company: 'Sava Agents d.o.o.', location: 'Beograd', url });
    expect(detail!.description).toContain('deploy our AI agents');
    expect(detail!.description).not.toContain('raspisao konkurs');
  });

  it("reads the advert from the page's data when no text is drawn, only when the data is this job's", () => {
    const html = (id: number) =>
      `<h1 id="-job-card-title">Data Engineer</h1><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"job":{"id":${id},"textAd":"<p>Pipelines.</p>"}}}}</script>`;
    const url = 'https://poslovi.infostud.com/posao/data-engineer/acme/690009';
    expect(readPage(infostud, pageFromHtml(html(690009), url)).detail?.description).toBe('Pipelines.');
    expect(readPage(infostud, pageFromHtml(html(690001), url)).detail?.description).toBeUndefined();
  });
});

describe('JobsBG', () => {
  it("reads each card: the id its link names, the title its link's title gives (markup kept as text), company, place without its icon's name", () => {
    const { cards } = readPage(jobsbg, loadFixture('jobsbg', 'search.html', 'https://www.jobs.bg/front_job_search.php?keyword=ai'));
    expect(cardRows(cards)).toEqual([
      ['8600001', 'Machine Learning Engineer', 'Vitosha AI', 'София'],
      ['8600002', 'Forward Deployed Engineer', 'Rila Agents', 'Пловдив'],
      ['8600003', 'Готвач <img src=x onerror=alert(1)>', undefined, 'Варна'],
    ]);
  });

  it("reads a job's page: heading, company, posting", () => {
    const { detail } = readPage(jobsbg, loadFixture('jobsbg', 'job.html', 'https://www.jobs.bg/job/8600002'));
    expect(detail).toMatchObject({ id: '8600002', title: 'Forward Deployed Engineer', company: 'Rila Agents', url: 'https://www.jobs.bg/job/8600002' });
    expect(detail!.description).toContain('deploy our AI agents');
  });
});

describe('Rozee.pk', () => {
  it('reads each card (not a placeholder): the id its link names, title (markup kept as text), the company and the place its links make', () => {
    const { cards } = readPage(rozee, loadFixture('rozee', 'search.html', 'https://www.rozee.pk/job/jsearch/q/ai'));
    expect(cardRows(cards)).toEqual([
      ['1800001', 'Machine Learning Engineer', 'Indus AI', 'Lahore, Pakistan'],
      ['1800002', 'Forward Deployed Engineer', 'Ravi Agents', 'Karachi, Pakistan'],
      ['1800003', 'Chef <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
    expect(cards[0].job.url).toBe('https://www.rozee.pk/indus-ai-machine-learning-engineer-lahore-jobs-1800001');
  });

  it("reads a job's page from its JSON-LD, badged at its heading", () => {
    const url = 'https://www.rozee.pk/ravi-agents-forward-deployed-engineer-karachi-jobs-1800002';
    const { detail } = readPage(rozee, loadFixture('rozee', 'job.html', url));
    expect(detail).toMatchObject({ id: '1800002', title: 'Forward Deployed Engineer', company: 'Ravi Agents', url });
    expect(detail!.description).toContain('deploy our AI agents');
    expect(detail!.badgeAnchor?.tagName).toBe('H1');
  });
});

describe('stellenanzeigen.de', () => {
  it('reads each card: the id its link names, the whole title its link carries (not the heading cut short; markup kept as text), company, place', () => {
    const { cards } = readPage(stellenanzeigen, loadFixture('stellenanzeigen', 'search.html', 'https://www.stellenanzeigen.de/suche/?fulltext=ai'));
    expect(cardRows(cards)).toEqual([
      ['17000001', 'Machine Learning Engineer (m/w/d) – LLM Training', 'Isar KI GmbH', 'München'],
      ['17000002', 'Forward Deployed Engineer (m/w/d)', 'Elbe Agents GmbH', 'Hamburg'],
      ['17000003', 'Koch (m/w/d) <img src=x onerror=alert(1)>', 'Spree Kantine', 'Berlin'],
    ]);
  });

  it("reads a job's page from its JSON-LD; the card's own id where its link names none", () => {
    const url = 'https://www.stellenanzeigen.de/job/forward-deployed-engineer-m-w-d-hamburg-17000002/';
    const { detail } = readPage(stellenanzeigen, loadFixture('stellenanzeigen', 'job.html', url));
    expect(detail).toMatchObject({ id: '17000002', title: 'Forward Deployed Engineer (m/w/d)', company: 'Elbe Agents GmbH', url });
    expect(detail!.description).toContain('deploy our AI agents');
    const card = '<div data-jobid="17000009"><a data-testid="qa-hitzone" href="/job/117/x" title="Data Engineer"><h3>Data Engineer</h3></a></div>';
    expect(cardRows(readPage(stellenanzeigen, pageFromHtml(card, 'https://www.stellenanzeigen.de/suche/')).cards)).toEqual([['17000009', 'Data Engineer', undefined, undefined]]);
  });
});

describe('get in IT', () => {
  it('reads each card link: the id it names, title (markup kept as text), company and places from the data the search was served with', () => {
    const { cards } = readPage(getinit, loadFixture('getinit', 'jobsuche.html', 'https://www.get-in-it.de/jobsuche'));
    expect(cardRows(cards)).toEqual([
      ['300001', 'Junior Machine Learning Engineer (m/w/d)', 'Neckar KI GmbH', 'Stuttgart, Remote'],
      ['300002', 'Forward Deployed Engineer (m/w/d)', 'Main Agents GmbH', 'Frankfurt am Main'],
      ['300003', 'Werkstudent IT-Support <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
  });

  it("reads a job's page: heading, company, places, the posting's sections", () => {
    const { detail } = readPage(getinit, loadFixture('getinit', 'job.html', 'https://www.get-in-it.de/jobsuche/p300002'));
    expect(detail).toMatchObject({ id: '300002', title: 'Forward Deployed Engineer (m/w/d)', company: 'Main Agents GmbH', location: 'Frankfurt am Main, Remote', url: 'https://www.get-in-it.de/jobsuche/p300002' });
    expect(detail!.description).toContain("each customer's systems");
  });
});
