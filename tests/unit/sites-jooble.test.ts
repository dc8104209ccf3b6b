import { describe, expect, it } from 'vitest';
import { jooble } from '../../lib/sites/jooble';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Jooble search', () => {
  it('reads each card by its data-test-name hooks: its id, the title link, company and place (not its age)', () => {
    const page = loadFixture('jooble', 'search.html', 'https://uk.jooble.org/SearchResult?ukw=machine%20learning&rgns=London');
    const { cards, detail } = readPage(jooble, page);
    expect(cards.map(({ element, job }) => [element.id, job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['7315520010443812201', '7315520010443812201', 'Senior ML Platform Engineer', 'Thameside Data', 'London', 'https://uk.jooble.org/desc/7315520010443812201'],
      ['-2209451123002200111', '-2209451123002200111', 'AI Solutions Engineer (Customer Deployments)', 'Quillon Ltd', 'Reading', 'https://uk.jooble.org/desc/-2209451123002200111'],
      // A card of 2021: its company had no hook yet (a hashed class only); here its age comes before its place.
      ['984307080289922515', '984307080289922515', 'Office Manager <b>urgent</b>', undefined, 'Croydon', 'https://uk.jooble.org/desc/984307080289922515'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a.job_card_link'));
    expect(detail).toBeNull();
  });

  it("reads no card whose link names another job than its id, and a card with no id of its own by its link's", () => {
    const html = `<div id="111111111" data-test-name="_jobCard"><h2><a href="/desc/222222222">Data Engineer</a></h2></div>
      <div data-test-name="_jobCard"><h2><a class="job_card_link" href="/jdp/333333333">ML Engineer</a></h2><p data-test-name="_companyName">Acme</p></div>`;
    const { cards } = readPage(jooble, pageFromHtml(html, 'https://de.jooble.org/SearchResult?ukw=ml'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([['333333333', 'ML Engineer', 'Acme']]);
  });
});

describe('Jooble job page', () => {
  it('reads the job of the address among the slides beside it: the one whose slide holds its own apply link', () => {
    const page = loadFixture('jooble', 'job.html', 'https://uk.jooble.org/desc/5510000000000000002?ckey=fde&rgn=1&pos=2');
    const { detail } = readPage(jooble, page);
    expect(detail).toMatchObject({
      id: '5510000000000000002',
      title: 'Forward Deployed Engineer',
      company: 'Quillon Ltd',
      location: 'London',
      url: 'https://uk.jooble.org/desc/5510000000000000002',
    });
    expect(detail!.description).toContain('Travel to customer sites.');
    expect(detail!.description).not.toContain('dashboards');
    expect(detail!.badgeAnchor).toBe(page.document.querySelectorAll('h1')[1]);
  });

  it("reads the other slide's job at its own address, a page of one job, and no job when no slide is this one's", () => {
    const page = loadFixture('jooble', 'job.html', 'https://uk.jooble.org/desc/5510000000000000001');
    expect(readPage(jooble, page).detail).toMatchObject({ title: 'Data Analyst', company: 'Kestrel & Co', location: 'Leeds' });
    expect(readPage(jooble, loadFixture('jooble', 'job.html', 'https://uk.jooble.org/desc/5510000000000000009')).detail).toBeNull();
    const one = '<div data-test-name="_jdpHeaderBlock"><h1>Mécanicien Automobile</h1><a data-test-name="_regionLink"><span>Strasbourg</span></a></div><div data-test-name="_jobDescriptionBlock"><p>CDI - Temps plein</p></div>';
    expect(readPage(jooble, pageFromHtml(one, 'https://fr.jooble.org/desc/-5136708324665140466')).detail).toMatchObject({
      id: '-5136708324665140466',
      title: 'Mécanicien Automobile',
      location: 'Strasbourg',
      description: 'CDI - Temps plein',
    });
  });
});
