import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { recruitee } from '../../lib/sites/recruitee';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://fjordline.recruitee.com/';
const OFFER = 'https://fjordline.recruitee.com/o/machine-learning-engineer';

describe('recruitee career site', () => {
  it("reads each offer link with its heading: the slug, the title, the location item, the site's name", () => {
    const page = loadFixture('recruitee', 'board.html', BOARD);
    const { cards, detail } = readPage(recruitee, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['machine-learning-engineer', 'Machine Learning Engineer', 'Fjordline Maritime', 'Bergen, Norway', OFFER],
      ['deck-officer-2', 'Deck Officer <b onmouseover=alert(1)>', 'Fjordline Maritime', 'Stavanger, Norway', 'https://fjordline.recruitee.com/o/deck-officer-2'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h3'));
    expect(page.document.querySelectorAll('b').length).toBe(0);
    expect(detail).toBeNull();
  });
});

describe("recruitee careers site of the newer make, in one language (/l/en/…)", () => {
  const OWN_LIST = 'https://careers.fjordline.example/l/en/vacatures';

  it("is recognized on a company's own domain by its list of offers, and reads each offer's title link with the place beside it", () => {
    const page = loadFixture('recruitee', 'language-board.html', OWN_LIST);
    expect(recruitee.recognizes!(page)).toBe(true);
    const { cards } = readPage(recruitee, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      // Its title names no role word Role Lens knows, but it is Recruitee's offer card.
      ['captain-bergen', 'Captain Bergen <img src=x onerror=alert(1)>', 'Fjordline', 'Bergen, Norway', 'https://careers.fjordline.example/l/en/o/captain-bergen'],
      // A card with no place takes none of its neighbours'.
      ['deck-cadet', 'Deck Cadet', 'Fjordline', undefined, 'https://careers.fjordline.example/l/en/o/deck-cadet'],
      ['machine-learning-engineer', 'Machine Learning Engineer', 'Fjordline', 'Stavanger, Norway', 'https://careers.fjordline.example/l/en/o/machine-learning-engineer'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a[href="/l/en/o/captain-bergen"]'));
    expect(page.document.querySelectorAll('img').length).toBe(0);
  });

  it('reads the same list on a Recruitee host, whose pages in one language are job pages', () => {
    const page = loadFixture('recruitee', 'language-board.html', 'https://fjordline.recruitee.com/l/en/vacatures');
    expect(readPage(recruitee, page).cards.map(({ job }) => job.url)).toContain('https://fjordline.recruitee.com/l/en/o/machine-learning-engineer');
    for (const path of ['/l/en', '/l/nl/', '/l/pt-br/vacatures', '/l/en/o/captain-bergen']) expect(recruitee.isJobPage(new URL(`https://fjordline.recruitee.com${path}`))).toBe(true);
    for (const path of ['/l/en/o/captain-bergen/c/new', '/l/english', '/l/en/about/team']) expect(recruitee.isJobPage(new URL(`https://fjordline.recruitee.com${path}`))).toBe(false);
    expect(recruitee.postingIdOf!(new URL('https://fjordline.recruitee.com/l/nl/o/kapitein-bergen?lang=nl'))).toBe('kapitein-bergen');
  });

  it("does not take a page with links to /o/ addresses but no Recruitee list for Recruitee's", () => {
    const html = '<main><ul><li><a href="/o/captain-bergen">Captain Bergen</a></li></ul></main>';
    expect(recruitee.recognizes!(pageFromHtml(html, 'https://www.fjordline.example/jobs'))).toBe(false);
  });
});

describe('recruitee offer page', () => {
  it('reads the rendered offer: h1, the location items, #offer-section without the application form, the JSON-LD company', () => {
    const page = loadFixture('recruitee', 'offer.html', `${OFFER}?lang=en`);
    const { cards, detail } = readPage(recruitee, page);
    expect(detail).toMatchObject({
      id: 'machine-learning-engineer',
      title: 'Machine Learning Engineer',
      company: 'Fjordline Maritime AS',
      location: 'Bergen, Norway',
      url: OFFER,
      description: 'Job description\nBuild the models that route our ferries and forecast their fuel use.\nTrain and evaluate routing models.\nDeploy them to the fleet.\nRequirements\nPython and PyTorch.',
    });
    expect(detail!.description).not.toMatch(/Apply|Name/);
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
    // The other offers it links to are listed; the language switch is no offer.
    expect(cards.map(({ job }) => job.id)).toEqual(['deck-officer']);
  });

  it("badges the heading that shows the data's title, not a logo's h1 before it", () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","url":"${OFFER}"}</script><header><h1>Fjordline</h1></header><main><h1>Data Engineer</h1></main>`;
    const page = pageFromHtml(html, OFFER);
    expect(recruitee.detail!(page)).toMatchObject({ title: 'Data Engineer', badgeAnchor: page.document.querySelector('main h1') });
  });

  it("reads the JSON-LD before the page renders, and not another offer's", () => {
    const jsonLd = (slug: string) =>
      `<title>Fjordline Maritime - Data Engineer</title><script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","identifier":{"value":1843299},"url":"https://fjordline.recruitee.com/o/${slug}","description":"<p>Build pipelines.</p>"}</script>`;
    expect(recruitee.detail!(pageFromHtml(jsonLd('machine-learning-engineer'), OFFER))).toMatchObject({ id: 'machine-learning-engineer', title: 'Data Engineer', company: 'Fjordline Maritime', description: 'Build pipelines.' });
    expect(recruitee.detail!(pageFromHtml(jsonLd('data-engineer'), OFFER))).toBeNull();
  });

  it("is recognized on a company's own domain by its offer markup, and reads the offer there", () => {
    const own = loadFixture('recruitee', 'offer.html', 'https://careers.fjordline.example/o/machine-learning-engineer');
    expect(recruitee.recognizes!(own)).toBe(true);
    expect(recruitee.detail!(own)).toMatchObject({ id: 'machine-learning-engineer', url: 'https://careers.fjordline.example/o/machine-learning-engineer' });
    expect(recruitee.recognizes!(pageFromHtml('<h1>Data Engineer</h1>', 'https://careers.fjordline.example/o/data-engineer'))).toBe(false);
    expect(recruitee.isJobPage(new URL(`${OFFER}/c/new`))).toBe(false);
  });
});
