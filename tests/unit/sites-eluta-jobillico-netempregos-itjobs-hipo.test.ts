import { describe, expect, it } from 'vitest';
import { eluta } from '../../lib/sites/eluta';
import { hipo } from '../../lib/sites/hipo';
import { itjobs } from '../../lib/sites/itjobs';
import { jobillico } from '../../lib/sites/jobillico';
import { netempregos } from '../../lib/sites/netempregos';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Eluta', () => {
  it('reads each card by the job its data-url names (its title link goes nowhere): id, title (markup kept as text), employer, place', () => {
    const { cards } = readPage(eluta, loadFixture('eluta', 'search.html', 'https://www.eluta.ca/search?q=ai'));
    expect(cardRows(cards)).toEqual([
      ['0a0b0c0d0e0f00000000000000000001', 'Machine Learning Engineer', 'Maple AI Inc.', 'Toronto, ON'],
      ['0a0b0c0d0e0f00000000000000000002', 'Forward Deployed Engineer', 'Rideau Agents', 'Ottawa, ON'],
      ['0a0b0c0d0e0f00000000000000000003', 'Line Cook <img src=x onerror=alert(1)>', undefined, 'Halifax, NS'],
    ]);
    expect(cards[0].job.url).toBe('https://www.eluta.ca/spl/machine-learning-engineer-toronto-on-0a0b0c0d0e0f00000000000000000001');
  });

  it("reads a job's page from its microdata: the job's place, not the employer's address", () => {
    const url = 'https://www.eluta.ca/spl/forward-deployed-engineer-ottawa-on-0a0b0c0d0e0f00000000000000000002?imo=12';
    const { detail } = readPage(eluta, loadFixture('eluta', 'job.html', url));
    expect(detail).toMatchObject({ id: '0a0b0c0d0e0f00000000000000000002', title: 'Forward Deployed Engineer', company: 'Rideau Agents', location: 'Ottawa, ON' });
    expect(detail!.url).toBe('https://www.eluta.ca/spl/forward-deployed-engineer-ottawa-on-0a0b0c0d0e0f00000000000000000002');
    expect(detail!.description).toContain('deploy our AI agents');
  });
});

describe('Jobillico', () => {
  it("reads each card (not a partner's): the id its data and link agree on, title (markup kept as text), company, place", () => {
    const { cards } = readPage(jobillico, loadFixture('jobillico', 'search.html', 'https://www.jobillico.com/search-jobs?skwd=ai'));
    expect(cardRows(cards)).toEqual([
      ['18000001', 'Machine Learning Engineer', 'Saint-Laurent IA', 'Montréal - QC'],
      ['18000002', 'Forward Deployed Engineer', 'Agents Laurentides', 'Québec - QC'],
      ['18000003', 'Cuisinier <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
    expect(cards[0].job.url).toBe('https://www.jobillico.com/en/job-offer/saint-laurent-ia/machine-learning-engineer/18000001');
  });

  it("reads a job's page from its JobPosting JSON-LD (beside another block), only where it names this job", () => {
    const url = 'https://www.jobillico.com/en/job-offer/agents-laurentides/forward-deployed-engineer/18000002';
    const { detail } = readPage(jobillico, loadFixture('jobillico', 'job.html', url));
    expect(detail).toMatchObject({ id: '18000002', title: 'Forward Deployed Engineer', company: 'Agents Laurentides', location: 'Québec, QC, CA' });
    expect(readPage(jobillico, loadFixture('jobillico', 'job.html', 'https://www.jobillico.com/en/job-offer/x/y/18000009')).detail).toBeNull();
  });
});

describe('Net-Empregos', () => {
  it('reads each card: id, title (markup kept as text), and the company and place its icons name ("all zones" is no place); not the pager', () => {
    const { cards } = readPage(netempregos, loadFixture('netempregos', 'search.html', 'https://www.net-empregos.com/pesquisa-empregos.asp?chaves=ia'));
    expect(cardRows(cards)).toEqual([
      ['16000001', 'Engenheiro de Machine Learning', 'Tejo IA, Lda', 'Lisboa'],
      ['16000002', 'Forward Deployed Engineer', 'Douro Agentes, S.A.', undefined],
      ['16000003', 'Cozinheiro <img src=x onerror=alert(1)>', undefined, 'Porto'],
    ]);
  });

  it("reads a job's page: heading, company, the posting drawn", () => {
    const { detail } = readPage(netempregos, loadFixture('netempregos', 'job.html', 'https://www.net-empregos.com/16000002/forward-deployed-engineer/'));
    expect(detail).toMatchObject({ id: '16000002', title: 'Forward Deployed Engineer', company: 'Douro Agentes, S.A.' });
    expect(detail!.location).toBeUndefined();
    expect(detail!.description).toContain('agentes de IA');
  });
});

describe('ITjobs.pt', () => {
  it("reads each card: id, title (markup kept as text), company, the place out of the card's details", () => {
    const { cards } = readPage(itjobs, loadFixture('itjobs', 'search.html', 'https://www.itjobs.pt/emprego?q=ia'));
    expect(cardRows(cards)).toEqual([
      ['600001', 'Machine Learning Engineer', 'Tejo IA', 'Lisboa'],
      ['600002', 'Forward Deployed Engineer', 'Douro Agentes', 'Porto'],
      ['600003', 'Barista <img src=x onerror=alert(1)>', undefined, 'Remoto'],
    ]);
  });

  it("reads a job's page: heading, the posting drawn, company and place from its JSON-LD", () => {
    const { detail } = readPage(itjobs, loadFixture('itjobs', 'job.html', 'https://www.itjobs.pt/oferta/600002/forward-deployed-engineer'));
    expect(detail).toMatchObject({ id: '600002', title: 'Forward Deployed Engineer', company: 'Douro Agentes', location: 'Porto, PT' });
    expect(detail!.description).toContain('agentes de IA');
  });
});

describe('Hipo.ro', () => {
  it('reads each card: id, title (markup kept as text), company (not the placeholder), places', () => {
    const { cards } = readPage(hipo, loadFixture('hipo', 'search.html', 'https://www.hipo.ro/locuri-de-munca/cautajob/IT-Software/Toate-Orasele'));
    expect(cardRows(cards)).toEqual([
      ['300001', 'Inginer Machine Learning', 'Carpati AI SRL', 'Cluj-Napoca'],
      ['300002', 'Forward Deployed Engineer (m/f/d)', undefined, 'Bucuresti, Iasi'],
      ['300003', 'Barista <img src=x onerror=alert(1)>', 'Cafenea Veche', undefined],
    ]);
    expect(cards[1].job.url).toBe('https://www.hipo.ro/locuri-de-munca/locuri_de_munca/300002/Dunarea-Agents/Forward-Deployed-Engineer-%28m/f/d%29');
  });

  it("reads a job's page: the advert (without its styles), company and place from the JSON-LD", () => {
    const url = 'https://www.hipo.ro/locuri-de-munca/locuri_de_munca/300002/Dunarea-Agents/Forward-Deployed-Engineer-%28m/f/d%29';
    const { detail } = readPage(hipo, loadFixture('hipo', 'job.html', url));
    expect(detail).toMatchObject({ id: '300002', title: 'Forward Deployed Engineer (m/f/d)', company: 'Dunarea Agents SRL', location: 'Bucuresti' });
    expect(detail!.description).toContain('agentii nostri AI');
    expect(detail!.description).not.toContain('margin');
  });

  it('reads no job where the page has no heading', () => {
    expect(readPage(hipo, pageFromHtml('<div id="anunt-content"><p>Text</p></div>', 'https://www.hipo.ro/locuri-de-munca/locuri_de_munca/300009/A/B')).detail).toBeNull();
  });
});
