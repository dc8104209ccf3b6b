import { describe, expect, it } from 'vitest';
import { gem } from '../../lib/sites/gem';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://jobs.gem.com/latticelabs';
const JOB = 'https://jobs.gem.com/latticelabs/am9icG9zdDqA1b2C3d4E5f6G7h8I9j0K';

describe('Gem board', () => {
  it("reads each link to a job (both kinds of id): its first line the title, the places after it, the board's company", () => {
    const { cards } = readPage(gem, loadFixture('gem', 'board.html', BOARD));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['am9icG9zdDqA1b2C3d4E5f6G7h8I9j0K', 'Research Engineer, Post-Training', 'Lattice Labs', 'San Francisco, CA · New York, NY'],
      ['am9icG9zdDqN3o4P5q6R7s8T9u0V1w2X', 'Solutions Engineer, Enterprise', 'Lattice Labs', 'Remote (US)'],
      ['7536752003', 'Recruiting Coordinator', 'Lattice Labs', 'San Francisco, CA'],
    ]);
    // The address without its tracking query.
    expect(cards[1].job.url).toBe('https://jobs.gem.com/latticelabs/am9icG9zdDqN3o4P5q6R7s8T9u0V1w2X');
  });

  it('reads a link holding only its title, the place beside it, and a title with a tag inside it whole', () => {
    const html = `<ul><li><a href="/latticelabs/7536752004">Data Engineer, <b>Evals</b></a><span>Remote (US)</span></li>
      <li><a href="/latticelabs/7536752005"><span>ML Engineer</span></a></li></ul>`;
    expect(readPage(gem, pageFromHtml(html, BOARD)).cards.map(({ job }) => [job.id, job.title, job.location])).toEqual([
      ['7536752004', 'Data Engineer, Evals', 'Remote (US)'],
      ['7536752005', 'ML Engineer', undefined],
    ]);
  });

  it("reads no job from the board's other links", () => {
    const html = `<a href="/latticelabs">All jobs</a><a href="/latticelabs/am9icG9zdDqA1b2C3d4E5f6G7h8I9j0K/application">Apply</a><a href="https://www.gem.com/">Powered by Gem</a>`;
    expect(readPage(gem, pageFromHtml(html, BOARD)).cards).toEqual([]);
  });
});

describe('Gem job page', () => {
  it('reads the posting under the id of its address, badged at its heading', () => {
    const page = loadFixture('gem', 'job.html', JOB);
    const { detail } = readPage(gem, page);
    expect(detail).toMatchObject({ id: 'am9icG9zdDqA1b2C3d4E5f6G7h8I9j0K', title: 'Research Engineer, Post-Training', company: 'Lattice Labs', url: JOB });
    expect(detail!.description).toContain('supervised fine-tuning, preference optimization');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("reads nothing before the page is drawn (the served page is an empty shell)", () => {
    const shell = `<title>Lattice Labs Careers</title><div id="content"></div><script type="module" src="https://static.gem.com/scripts/jobBoards.x.v2.min.js"></script>`;
    expect(readPage(gem, pageFromHtml(shell, JOB))).toMatchObject({ cards: [], detail: null });
  });
});
