import { describe, expect, it } from 'vitest';
import { pinpoint } from '../../lib/sites/pinpoint';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://nordsee.pinpointhq.com';
const posting = (id: string) => `${BOARD}/en/postings/${id}`;
const PERCEPTION = '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

describe('Pinpoint board', () => {
  it("reads each job's link (its title, then its place) under the posting's UUID; the company the site names", () => {
    const page = loadFixture('pinpoint', 'board.html', `${BOARD}/`);
    const { cards, detail } = readPage(pinpoint, page);
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['A', PERCEPTION, 'Machine Learning Engineer, Perception', 'Nordsee Robotics', 'Hamburg, Germany (hybrid)', posting(PERCEPTION)],
      [
        'A',
        '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a',
        'Field Deployment Engineer, AI Systems',
        'Nordsee Robotics',
        'Remote',
        posting('1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a'),
      ],
      [
        'A',
        '2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b',
        'Office Manager <script>alert(1)</script>',
        'Nordsee Robotics',
        'Kiel, Germany',
        posting('2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b'),
      ],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h3'));
    expect(detail).toBeNull();
  });

  it("names the company by the account's address when the page names none", () => {
    const html = `<main><a href="/en/postings/${PERCEPTION}"><h3>Data Engineer</h3></a></main>`;
    expect(readPage(pinpoint, pageFromHtml(html, 'https://nordsee-holding.pinpointhq.com/en')).cards.map(({ job }) => job.company)).toEqual(['Nordsee Holding']);
  });
});

describe('Pinpoint job page', () => {
  it('reads the panel title, the Location fact and the posting sections; the company from the page title', () => {
    const page = loadFixture('pinpoint', 'posting.html', posting(PERCEPTION));
    const { detail, cards } = readPage(pinpoint, page);
    expect(detail).toMatchObject({ id: PERCEPTION, title: 'Machine Learning Engineer, Perception', company: 'Nordsee Robotics', location: 'Hamburg, Germany', url: posting(PERCEPTION) });
    expect(detail!.description).toContain("Optimize models to run on the robots' edge GPUs.");
    expect(detail!.description).not.toContain('Autonomy');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
    // The apply link is no card.
    expect(cards).toEqual([]);
  });

  it("reads the Location fact by its label when the field has no class, and this job's JSON-LD when the panel is missing", () => {
    const facts = `<h1 class="external-panel__title">Data Engineer</h1><div id="about-body"><p>Build pipelines.</p></div>
      <dl class="external-definition-list"><dt>Location</dt><dd>Kiel, Germany</dd></dl>`;
    expect(readPage(pinpoint, pageFromHtml(facts, posting(PERCEPTION))).detail).toMatchObject({ title: 'Data Engineer', location: 'Kiel, Germany' });
    const ld = (id: string) => `<script type="application/ld+json">{"@type":"JobPosting","title":"Applied AI Engineer","url":"${posting(id)}"}</script>`;
    expect(readPage(pinpoint, pageFromHtml(ld(PERCEPTION), posting(PERCEPTION))).detail).toMatchObject({ id: PERCEPTION, title: 'Applied AI Engineer' });
    expect(readPage(pinpoint, pageFromHtml(ld('1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a'), posting(PERCEPTION))).detail).toBeNull();
  });
});
