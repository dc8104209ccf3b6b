import { describe, expect, it } from 'vitest';
import { karriere } from '../../lib/sites/karriere';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('karriere.at searches', () => {
  it('reads each result with a title link (not the job-alert box): the id, the title (markup in it kept as text), the company, every place', () => {
    const { cards } = readPage(karriere, loadFixture('karriere', 'search.html', 'https://www.karriere.at/jobs/machine-learning/wien'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['7900101', 'Forward Deployed AI Engineer (m/w/d)', 'Donauwerk AI GmbH', 'Wien, Linz', 'https://www.karriere.at/jobs/7900101'],
      ['7900102', 'Senior ML Platform Engineer (w/m/d)', 'Alpenrechen GmbH', 'Graz', 'https://www.karriere.at/jobs/7900102'],
      ['7900103', 'Buchhalter:in <script>alert(1)</script>', 'Kaiser Handel KG', 'Wien', 'https://www.karriere.at/jobs/7900103'],
    ]);
  });

  it("reads the older cards' inner id and a title link without its class, and no card whose id and link disagree", () => {
    const card = (id: string, href: string) => `<li class="m-jobsList__item"><div class="m-jobsListItem" data-id="${id}"><h2 class="m-jobsListItem__title"><a href="${href}">Data Engineer (m/w/d)</a></h2></div></li>`;
    const html = `<ol>${card('7900301', '/jobs/7900301')}${card('7900302', '/jobs/7900399')}</ol>`;
    expect(readPage(karriere, pageFromHtml(html, 'https://www.karriere.at/jobs/data')).cards.map(({ job }) => job.id)).toEqual(['7900301']);
  });

  it("reads a card whose title link has neither class nor heading by its first link to a job (not its company's page)", () => {
    const html = `<ol><li class="m-jobsList__item"><a href="/firmen/donauwerk">Donauwerk AI GmbH</a><div class="m-jobsListItem__box"><a href="https://www.karriere.at/jobs/7900401">ML Engineer (m/w/d)</a></div></li></ol>`;
    expect(readPage(karriere, pageFromHtml(html, 'https://www.karriere.at/jobs/ml')).cards.map(({ job }) => [job.id, job.title])).toEqual([['7900401', 'ML Engineer (m/w/d)']]);
  });

  it('reads the job opened beside the list, named by the address\'s fragment and its header\'s id, and not another', () => {
    const pane = (id: string) => `<li class="m-jobsList__item"><h2><a class="m-jobsListItem__titleLink" href="https://www.karriere.at/jobs/7900101">Forward Deployed AI Engineer</a></h2></li>
      <div class="m-jobDetailContent" data-id="${id}"><div class="m-jobHeader" data-id="${id}" data-company-name="Donauwerk AI GmbH"><h1 class="m-jobHeader__jobTitle">Forward Deployed AI Engineer</h1></div>
      <div class="m-jobContent__jobText"><p>Bei Kunden vor Ort.</p></div><div class="m-keyfactBox__jobLocations">Wien</div></div>`;
    const opened = readPage(karriere, pageFromHtml(pane('7900101'), 'https://www.karriere.at/jobs/machine-learning/wien#7900101')).detail;
    expect(opened).toMatchObject({ id: '7900101', title: 'Forward Deployed AI Engineer', company: 'Donauwerk AI GmbH', location: 'Wien', description: 'Bei Kunden vor Ort.', url: 'https://www.karriere.at/jobs/7900101' });
    expect(readPage(karriere, pageFromHtml(pane('7900999'), 'https://www.karriere.at/jobs/machine-learning/wien#7900101')).detail).toBeNull();
  });
});

describe('karriere.at job page', () => {
  it('reads the header, the company and places among the facts, the ad\'s text, and the similar jobs as cards', () => {
    const { detail, cards } = readPage(karriere, loadFixture('karriere', 'job.html', 'https://www.karriere.at/jobs/7900101?utm_source=linkedin'));
    expect(detail).toMatchObject({ id: '7900101', title: 'Forward Deployed AI Engineer (m/w/d)', company: 'Donauwerk AI GmbH', location: 'Wien, Linz', url: 'https://www.karriere.at/jobs/7900101' });
    expect(detail!.description).toContain('integrierst unsere KI-Modelle in ihre Produktionssysteme');
    expect(detail!.description).not.toContain('Jetzt bewerben');
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['7900201', 'Data Scientist (m/w/d)', 'Datenfluss GmbH', 'Wien']]);
  });
});
