import { describe, expect, it } from 'vitest';
import { weworkremotely } from '../../lib/sites/weworkremotely';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const CATEGORY = 'https://weworkremotely.com/categories/remote-full-stack-programming-jobs';
const JOB = 'https://weworkremotely.com/remote-jobs/lanternfish-labs-applied-ai-engineer';

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(weworkremotely, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

describe('weworkremotely lists', () => {
  it('reads li.new-listing-container cards: slug, title, company without its icon, region chips without flags', () => {
    const page = loadFixture('weworkremotely', 'category.html', CATEGORY);
    expect(rows(page)).toEqual([
      ['lanternfish-labs-applied-ai-engineer', 'Applied AI Engineer', 'Lanternfish Labs', 'Anywhere in the World', JOB],
      [
        'brightwell-data-support-engineer',
        'Support Engineer <script>alert(1)</script>',
        'Brightwell Data',
        'Germany; Poland',
        'https://weworkremotely.com/remote-jobs/brightwell-data-support-engineer',
      ],
    ]);
  });

  it('skips the ad card, "view all" and the nav link; keeps hostile title text as text; badges the title', () => {
    const page = loadFixture('weworkremotely', 'category.html', CATEGORY);
    const { cards, detail } = readPage(weworkremotely, page);
    expect(page.document.querySelectorAll('li.new-listing-container').length).toBe(3);
    expect(page.document.querySelectorAll('script').length).toBe(0);
    expect(cards[0].element).toBe(page.document.querySelector('li.new-listing-container'));
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('.new-listing__header__title__text'));
    expect(detail).toBeNull();
  });

  it('names six places of a card open in many countries and counts the rest', () => {
    const chips = ['Full-Time', 'Bulgaria', 'Cyprus', 'Estonia', 'Hungary', 'Lithuania', 'Latvia', 'Malta', 'Poland', 'Romania'];
    const page = pageFromHtml(
      '<ul><li class="new-listing-container"><a href="/remote-jobs/crane-data-engineer">' +
        '<span class="new-listing__header__title__text">Data Engineer</span><p class="new-listing__company-name">Crane</p>' +
        chips.map((chip) => `<p class="new-listing__categories__category">${chip}</p>`).join('') +
        '</a></li></ul>',
      CATEGORY,
    );
    expect(readPage(weworkremotely, page).cards[0].job.location).toBe('Bulgaria; Cyprus; Estonia; Hungary; Lithuania; Latvia (+3 more)');
  });

  it('reads the 2019–2023 list (span.company, span.title, span.region)', () => {
    const page = loadFixture('weworkremotely', 'classic.html', 'https://weworkremotely.com/');
    expect(rows(page)).toEqual([
      [
        'corvid-analytics-machine-learning-engineer',
        'Machine Learning Engineer',
        'Corvid Analytics',
        'Anywhere in the World',
        'https://weworkremotely.com/remote-jobs/corvid-analytics-machine-learning-engineer',
      ],
      ['pebblestone-ruby-developer-1', 'Ruby Developer', 'Pebblestone', 'USA Only', 'https://weworkremotely.com/remote-jobs/pebblestone-ruby-developer-1'],
    ]);
  });
});

describe('weworkremotely job page', () => {
  it('reads the header, description, sidebar company and regions; related jobs stay cards', () => {
    const page = loadFixture('weworkremotely', 'job.html', `${JOB}?utm_source=x`);
    const { cards, detail } = readPage(weworkremotely, page);
    expect(cards.map((c) => c.job.id)).toEqual(['saltgrass-ml-platform-engineer']);
    expect(detail).toMatchObject({
      id: 'lanternfish-labs-applied-ai-engineer',
      title: 'Applied AI Engineer',
      company: 'Lanternfish Labs',
      location: 'Europe Only; Americas Only',
      url: JOB,
      description:
        'Lanternfish Labs builds tools for fishery logistics.\nWhat you will do\nBuild retrieval and evaluation pipelines for our forecasting models.\nShip model-backed features to every customer.',
    });
    const heading = page.document.querySelector('.lis-container__header__hero__company-info__title');
    expect(detail!.badgeAnchor).toBe(heading);
    expect(detail!.element).toBe(page.document.querySelector('section.lis-container__header'));
  });

  it('reads the 2019–2023 job page', () => {
    const page = loadFixture('weworkremotely', 'job-classic.html', 'https://weworkremotely.com/remote-jobs/corvid-analytics-machine-learning-engineer');
    expect(readPage(weworkremotely, page).detail).toMatchObject({
      id: 'corvid-analytics-machine-learning-engineer',
      title: 'Machine Learning Engineer',
      company: 'Corvid Analytics',
      location: 'Anywhere in the World',
      description: 'Corvid Analytics forecasts retail demand.\nYou will fine-tune and serve demand models.',
    });
  });

  // The raw line break inside the description's paragraph is a space on screen.
  it('reads the JSON-LD alone (raw line breaks in strings), and not another job’s', () => {
    const ld = (url: string) =>
      `<script type="application/ld+json">{"@type":"JobPosting","title":"Applied AI Engineer","url":"${url}","hiringOrganization":{"name":"Lanternfish Labs"},"description":"&lt;p&gt;Fishery
logistics.&lt;/p&gt;"}</script>`;
    expect(weworkremotely.detail!(pageFromHtml(ld(JOB), JOB))).toMatchObject({ title: 'Applied AI Engineer', company: 'Lanternfish Labs', description: 'Fishery logistics.' });
    expect(weworkremotely.detail!(pageFromHtml(ld('https://weworkremotely.com/remote-jobs/other-co-other-role'), JOB))).toBeNull();
  });

  it('finds nothing, without error, on an empty page or an empty list', () => {
    expect(readPage(weworkremotely, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
    expect(readPage(weworkremotely, pageFromHtml('<section class="jobs"><article><ul></ul></article></section>', CATEGORY))).toEqual({ cards: [], detail: null });
  });
});
