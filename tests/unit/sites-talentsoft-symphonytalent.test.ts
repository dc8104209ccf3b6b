import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { symphonytalent } from '../../lib/sites/symphonytalent';
import { talentsoft } from '../../lib/sites/talentsoft';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

const TS_LIST = 'https://careers.safran-group.com/offre-de-emploi/liste-toutes-offres.aspx?LCID=1036';
const TS_JOB = 'https://careers.safran-group.com/offre-de-emploi/emploi-ingenieur-e-ia-deploiement-chez-les-clients-f-h_185101.aspx';

describe('Talentsoft career sites', () => {
  it('reads each offer: the number its title link names, the title (markup kept as text), the employer, the last of its facts as the place', () => {
    const { cards } = readPage(talentsoft, loadFixture('talentsoft', 'list.html', TS_LIST));
    expect(cardRows(cards)).toEqual([
      ['185101', 'Ingénieur(e) IA - Forward Deployed Engineer F/H', 'Safran', '12 rue des Ailes 31700 BLAGNAC'],
      ['185102', 'ML Platform Engineer F/H', 'Safran', '5 avenue des Essais 78140 VÉLIZY-VILLACOUBLAY'],
      ['185103', 'Comptable fournisseurs <img src=x onerror=alert(1)> F/H', 'Safran', 'Rue de la Gare 33700 MÉRIGNAC'],
    ]);
  });

  it("reads an offer's title (not its reference beside it), the entity its logo names, the place, the posting's fields; the offers suggested under it as cards", () => {
    const { cards, detail } = readPage(talentsoft, loadFixture('talentsoft', 'job.html', TS_JOB));
    expect(detail).toMatchObject({ id: '185101', title: 'Ingénieur(e) IA - Forward Deployed Engineer F/H', company: 'Aérolis Systèmes', location: '12 rue des Ailes 31700 BLAGNAC', url: TS_JOB });
    expect(detail!.description).toContain('You deploy our LLM assistants with airline customers');
    expect(cardRows(cards)).toEqual([['185102', 'ML Platform Engineer F/H', 'Safran', 'VÉLIZY-VILLACOUBLAY']]);
  });

  it("reads a tenant's site on talent-soft.com, its company from the tenant's name, and the legacy address of an offer", () => {
    const { cards } = readPage(talentsoft, loadFixture('talentsoft', 'list.html', 'https://longchamp-career.talent-soft.com/job/list-of-jobs.aspx'));
    expect(cards[0].job).toMatchObject({ id: '185101', company: 'Longchamp' });
    const legacy = 'https://longchamp-career.talent-soft.com/Pages/Offre/detailoffre.aspx?idOffre=185101&idOrigine=502&LCID=1036';
    expect(readPage(talentsoft, loadFixture('talentsoft', 'job.html', legacy)).detail).toMatchObject({ id: '185101', url: 'https://longchamp-career.talent-soft.com/Pages/Offre/detailoffre.aspx?idOffre=185101' });
  });

  it("is recognized on another employer's host by its cards or an offer's page, and not without them", () => {
    const own = loadFixture('talentsoft', 'list.html', 'https://recrutement.aerolis.example/offre-de-emploi/liste-toutes-offres.aspx');
    expect(recognizedAdapter(own)).toBe(talentsoft);
    expect(readPage(talentsoft, own).cards.map(({ job }) => job.id)).toEqual(['185101', '185102', '185103']);
    expect(recognizedAdapter(loadFixture('talentsoft', 'job.html', 'https://recrutement.aerolis.example/offre-de-emploi/emploi-ia_185101.aspx'))).toBe(talentsoft);
    expect(recognizedAdapter(pageFromHtml('<h1>Nos offres</h1><ul><li><a href="/offre-de-emploi/emploi-x_1.aspx">X</a></li></ul>', 'https://recrutement.aerolis.example/offre-de-emploi/liste-offres.aspx'))).toBeNull();
  });
});

const ST_LIST = 'https://jobs.adp.com/job-search-results/?keyword=ai';
const ST_JOB = 'https://jobs.adp.com/job/9900101/forward-deployed-ai-engineer/';

describe('Symphony Talent career sites', () => {
  it("reads each result the widget draws: the id its class carries and its title link agreeing, the title (markup kept as text), the employer, the place", () => {
    const { cards } = readPage(symphonytalent, loadFixture('symphonytalent', 'search.html', ST_LIST));
    expect(cardRows(cards)).toEqual([
      ['9900101', 'Forward Deployed AI Engineer', 'ADP', 'Roseland, NJ'],
      ['9900102', 'Machine Learning Platform Engineer', 'ADP', 'Alpharetta, GA'],
      ['9900103', 'Payroll Specialist <img src=x onerror=alert(1)>', 'ADP', 'El Paso, TX'],
    ]);
    const recycled = '<div id="widget-jobsearch-results-list"><div class="job jobid-9900109"><div class="jobTitle"><a href="/job/9900101/x/">X</a></div></div></div>';
    expect(readPage(symphonytalent, pageFromHtml(recycled, ST_LIST)).cards).toEqual([]);
  });

  it("reads a job page's heading, city and state, and posting", () => {
    const { detail } = readPage(symphonytalent, loadFixture('symphonytalent', 'job.html', ST_JOB));
    expect(detail).toMatchObject({ id: '9900101', title: 'Forward Deployed AI Engineer', company: 'ADP', location: 'Roseland, NJ', url: ST_JOB });
    expect(detail!.description).toContain('integrate them with their HR data');
  });

  it("is recognized on another employer's host by the widget's marks with its results or a job's heading", () => {
    expect(recognizedAdapter(loadFixture('symphonytalent', 'search.html', 'https://careers.acme.example/job-search-results/'))).toBe(symphonytalent);
    expect(recognizedAdapter(loadFixture('symphonytalent', 'job.html', 'https://careers.acme.example/job/9900101/forward-deployed-ai-engineer/'))).toBe(symphonytalent);
    expect(recognizedAdapter(pageFromHtml('<div id="widget-jobsearch-results-list"></div>', 'https://careers.acme.example/job-search-results/'))).toBeNull();
  });
});
