import { describe, expect, it } from 'vitest';
import { simplyhired } from '../../lib/sites/simplyhired';
import { cardShowing, readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://www.simplyhired.com/search?q=ai+engineer&l=Austin%2C+TX';
const APPLIED = 'Qx7Lm2Np9Rt4Vw6Yz8Ab1Cd3Ef5Gh';
const PLATFORM = 'Zk4Hs8Tj2Wq6Er0Ty3Ui7Op1As5Df';

describe('SimplyHired search', () => {
  const page = loadFixture('simplyhired', 'search.html', SEARCH);

  it('reads each result card: key, title, company, place, and the job page as its address', () => {
    const { cards } = readPage(simplyhired, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      [APPLIED, 'Applied AI Engineer, Customer Deployments', 'Northwind Labs', 'Austin, TX'],
      [PLATFORM, 'ML Platform Engineer (Training & Inference)', 'Quillmark', 'Remote'],
      ['Mn3Bv7Cx1Zl5Kj9Hg2Fd6Sa0Po4Iu', 'Store Manager', 'Bluefin Foods', 'Round Rock, TX'],
    ]);
    expect(cards[0].job.url).toBe(`https://www.simplyhired.com/job/${APPLIED}`);
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('[data-testid="searchSerpJobTitle"]'));
  });

  it('reads the open job under the key of the card showing its title, with its full text', () => {
    const { detail } = readPage(simplyhired, page);
    expect(detail).toMatchObject({
      id: APPLIED,
      title: 'Applied AI Engineer, Customer Deployments',
      company: 'Northwind Labs',
      location: 'Austin, TX',
      description:
        'Work on site with our enterprise customers to deploy and adapt our LLM agents to their systems.\nBuild integrations and proofs of concept for each customer.\nFeed what you learn back to the product team.',
    });
    expect(detail!.element).toBe(page.document.querySelector('aside'));
  });

  it("takes the search's ?job= before a card's title, and reads no open job that nothing names", () => {
    const selected = loadFixture('simplyhired', 'search.html', `${SEARCH}&job=${PLATFORM}`);
    expect(readPage(simplyhired, selected).detail?.id).toBe(PLATFORM);
    const lone = pageFromHtml('<aside><h2 data-testid="viewJobTitle">Data Engineer</h2></aside>', SEARCH);
    expect(readPage(simplyhired, lone).detail).toBeNull();
  });

  it('reads a card by its link when it has no data-jobkey, skips one with neither key nor title, and keeps hostile text as text', () => {
    const html = `<div data-testid="searchSerpJob"><h2 data-testid="searchSerpJobTitle"><a href="/job/Ab12Cd34Ef56Gh78">&lt;b&gt;ML&lt;/b&gt; Engineer</a></h2></div>
      <div data-testid="searchSerpJob" data-jobkey="x"><h2 data-testid="searchSerpJobTitle"></h2></div>`;
    const { cards } = readPage(simplyhired, pageFromHtml(html, SEARCH));
    expect(cards.map(({ job }) => [job.id, job.title])).toEqual([['Ab12Cd34Ef56Gh78', '<b>ML</b> Engineer']]);
  });
});

describe('SimplyHired job page', () => {
  const url = `https://www.simplyhired.com/job/${PLATFORM}`;

  it('reads the job under the key of its address', () => {
    const page = loadFixture('simplyhired', 'job.html', url);
    expect(readPage(simplyhired, page).detail).toMatchObject({
      id: PLATFORM,
      title: 'ML Platform Engineer (Training & Inference)',
      company: 'Quillmark',
      location: 'Remote',
      description: 'Build the training and inference platform our research teams use to ship models.\nOwn GPU scheduling, model serving and evaluation pipelines.',
    });
  });

  it("falls back to the page's schema.org data when the job is not drawn", () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Forward Deployed Engineer","hiringOrganization":{"name":"Northwind Labs"},"description":"Deploy our agents with customers."}</script><h1>Forward Deployed Engineer</h1>`;
    expect(readPage(simplyhired, pageFromHtml(html, url)).detail).toMatchObject({ id: PLATFORM, title: 'Forward Deployed Engineer', company: 'Northwind Labs' });
  });
});

describe('cardShowing', () => {
  it("finds the first card showing a title with the adapter's own reader, and none for a title no card shows", () => {
    const page = loadFixture('simplyhired', 'search.html', SEARCH);
    expect(cardShowing(simplyhired.cards!, page, 'Store Manager')?.id).toBe('Mn3Bv7Cx1Zl5Kj9Hg2Fd6Sa0Po4Iu');
    expect(cardShowing(simplyhired.cards!, page, 'Astronaut')).toBeUndefined();
  });
});
