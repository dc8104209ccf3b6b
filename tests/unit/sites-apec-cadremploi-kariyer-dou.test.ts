import { describe, expect, it } from 'vitest';
import { apec } from '../../lib/sites/apec';
import { cadremploi } from '../../lib/sites/cadremploi';
import { dou } from '../../lib/sites/dou';
import { kariyer } from '../../lib/sites/kariyer';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('APEC', () => {
  it("reads each card, one link to its offer: the offer number, the title (markup kept as text), company, the place its icon marks", () => {
    const { cards } = readPage(apec, loadFixture('apec', 'search.html', 'https://www.apec.fr/candidat/recherche-emploi.html/emploi?motsCles=ia'));
    expect(cardRows(cards)).toEqual([
      ['178500101W', 'Forward Deployed AI Engineer F/H', 'MISTRAL DES ALPES', 'Paris 09 - 75'],
      ['178500102W', 'Ingénieur plateforme ML (MLOps) F/H', 'CALANQUES COMPUTE', 'Marseille - 13'],
      ['178500103W', 'Responsable commercial <img src=x onerror=alert(1)>', 'BOULANGERIE DU LOT', 'Cahors - 46'],
    ]);
    expect(cards[0].job.url).toBe('https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/178500101W');
  });

  it("reads an offer's heading, the company and place of its facts list, and its posting", () => {
    const url = 'https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/178500101W';
    const { detail } = readPage(apec, loadFixture('apec', 'job.html', `${url}?motsCles=ia`));
    expect(detail).toMatchObject({ id: '178500101W', title: 'Forward Deployed AI Engineer F/H', company: 'MISTRAL DES ALPES', location: 'Paris 09 - 75', url });
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
  });

  it('reads no offer while the app has not drawn it', () => {
    expect(readPage(apec, pageFromHtml('<apec-root></apec-root>', 'https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/178500101W')).detail).toBeNull();
  });
});

describe('Cadremploi', () => {
  it("reads each card: the offer its link names, the title, company, and the line that is neither contract nor pay as the place", () => {
    const { cards } = readPage(cadremploi, loadFixture('cadremploi', 'search.html', 'https://www.cadremploi.fr/emploi/liste_offres?motscles=ia'));
    expect(cardRows(cards)).toEqual([
      ['157100000000000101', 'Forward Deployed AI Engineer H/F', 'Brume IA', 'Paris 9e - 75'],
      ['157100000000000102', 'Ingénieur plateforme ML H/F', 'Mistral Compute', 'Lyon 3e - 69'],
      ['157100000000000103', 'Responsable comptable <img src=x onerror=alert(1)> H/F', 'Cabinet Lavande', 'Nantes - 44'],
    ]);
    expect(cards[0].job.url).toBe('https://www.cadremploi.fr/emploi/detail_offre?offreId=157100000000000101');
  });

  it("reads an offer as a posting under its heading, the company under its Entreprise label (not the board's own name)", () => {
    const url = 'https://www.cadremploi.fr/emploi/detail_offre?offreId=157100000000000101';
    const { detail } = readPage(cadremploi, loadFixture('cadremploi', 'job.html', `${url}#offre-postuler`));
    expect(detail).toMatchObject({ id: '157100000000000101', title: 'Forward Deployed AI Engineer H/F', company: 'Brume IA', url });
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
    const unlabelled = loadFixture('cadremploi', 'job.html', url);
    unlabelled.document.querySelectorAll('h2').forEach((h) => h.textContent === 'Entreprise' && h.remove());
    expect(readPage(cadremploi, unlabelled).detail?.company).toBeUndefined();
  });
});

describe('Kariyer.net', () => {
  it("reads each ad card by its test hooks: the id its link names, the title (markup kept as text), the company (whole from the logo's alt where cut short), the place", () => {
    const { cards } = readPage(kariyer, loadFixture('kariyer', 'search.html', 'https://www.kariyer.net/is-ilanlari?kw=yapay+zeka'));
    expect(cardRows(cards)).toEqual([
      ['4460000101', 'Forward Deployed AI Engineer', 'Boğaziçi Yapay Zeka A.Ş.', 'İstanbul(Avr.) +2 il daha'],
      ['4460000102', 'ML Platform Mühendisi', 'Kapadokya Bulut Bilişim ve Danışmanlık Hizmetleri A.Ş.', 'Ankara'],
      ['4460000103', 'Satış Danışmanı <img src=x onerror=alert(1)>', 'Ege Market Ltd. Şti.', 'İzmir'],
    ]);
  });

  it("reads a job page's title, company, place and posting (not the similar ads beside it)", () => {
    const url = 'https://www.kariyer.net/is-ilani/bogazici-yapay-zeka-a-s-forward-deployed-ai-engineer-4460000101';
    const { cards, detail } = readPage(kariyer, loadFixture('kariyer', 'job.html', `${url}#apply`));
    expect(detail).toMatchObject({ id: '4460000101', title: 'Forward Deployed AI Engineer', company: 'Boğaziçi Yapay Zeka A.Ş.', location: 'İstanbul(Avr.)', url });
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
    expect(detail!.description).not.toContain('ML Platform');
    expect(cards).toEqual([]);
  });
});

describe('DOU', () => {
  it('reads each vacancy: the id its title link names, the title (markup kept as text), the company, the places', () => {
    const { cards } = readPage(dou, loadFixture('dou', 'list.html', 'https://jobs.dou.ua/vacancies/?category=AI%2FML'));
    expect(cardRows(cards)).toEqual([
      ['410101', 'Forward Deployed AI Engineer', 'Dnipro AI', 'Київ, віддалено'],
      ['410102', 'Senior ML Platform Engineer', 'Karpaty Compute', 'Львів'],
      ['410103', 'Sales Manager <img src=x onerror=alert(1)>', 'Odesa Market', 'Одеса'],
    ]);
    expect(cards[0].job.url).toBe('https://jobs.dou.ua/companies/dnipro-ai/vacancies/410101/');
  });

  it("reads a job page's heading, company (not the link to its other jobs), place and posting, and the other jobs listed beside it", () => {
    const url = 'https://jobs.dou.ua/companies/dnipro-ai/vacancies/410101/';
    const { cards, detail } = readPage(dou, loadFixture('dou', 'job.html', `${url}?from=list_hot`));
    expect(detail).toMatchObject({ id: '410101', title: 'Forward Deployed AI Engineer', company: 'Dnipro AI', location: 'Київ, віддалено', url });
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
    expect(cardRows(cards)).toEqual([
      ['410102', 'Senior ML Platform Engineer', 'Karpaty Compute', 'Львів'],
      ['410104', 'Data Engineer', 'Poltava Data', 'віддалено'],
    ]);
  });
});
