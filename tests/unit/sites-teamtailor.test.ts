import { describe, expect, it } from 'vitest';
import { teamtailor } from '../../lib/sites/teamtailor';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://norrbacka.teamtailor.com/jobs';
const JOB = 'https://norrbacka.teamtailor.com/jobs/4410001-applied-ml-engineer';

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(teamtailor, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

describe('teamtailor board', () => {
  const page = loadFixture('teamtailor', 'board.html', BOARD);

  it('reads #jobs_list_container cards: id, title, company from the subdomain, workplace and place', () => {
    expect(rows(page)).toEqual([
      ['4410001', 'Applied ML Engineer', 'Norrbacka', 'Hybrid · Stockholm', JOB],
      ['4410002', 'Office Coordinator', 'Norrbacka', 'Göteborg', 'https://norrbacka.teamtailor.com/jobs/4410002-office-coordinator'],
      [
        '4410003',
        'Data Labeling Lead <script>alert(1)</script>',
        'Norrbacka',
        'Fully remote · Malmö',
        'https://norrbacka.teamtailor.com/jobs/4410003-data-labeling-lead',
      ],
    ]);
  });

  it('skips a card with no job link, keeps hostile title text as text, badges the title link', () => {
    const { cards, detail } = readPage(teamtailor, page);
    expect(page.document.querySelectorAll('#jobs_list_container > li').length).toBe(4);
    expect(page.document.querySelectorAll('script').length).toBe(0);
    expect(cards[0].element).toBe(page.document.querySelector('#jobs_list_container > li'));
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('a[href*="/jobs/4410001"]'));
    expect(detail).toBeNull();
  });
});

describe('teamtailor job page', () => {
  it('reads the heading, the body and the facts list; the company from the JSON-LD', () => {
    const page = loadFixture('teamtailor', 'job.html', `${JOB}?utm_source=x`);
    const { cards, detail } = readPage(teamtailor, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '4410001',
      title: 'Applied ML Engineer',
      company: 'Norrbacka Labs AB',
      location: 'Stockholm; Uppsala',
      url: JOB,
      description:
        'Norrbacka Labs builds route planning for bus operators.\nWhat you will do:\nTrain models on ticketing data.\nPut them in production with the platform team.',
    });
    expect(detail!.description).not.toMatch(/Apply for this job|Department/);
    expect(detail!.element).toBe(page.document.querySelector('h1.font-company-header'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1.font-company-header'));
  });

  it('reads the JSON-LD alone (doubly escaped description) when the page body is not rendered', () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Applied ML Engineer","identifier":{"value":"4410001"},"hiringOrganization":{"name":"Norrbacka Labs AB"},"description":"&lt;p&gt;Route planning.&lt;/p&gt;","jobLocation":[{"@type":"Place","address":{"addressLocality":"Stockholm","addressCountry":"SE"}}]}</script>`;
    const detail = teamtailor.detail!(pageFromHtml(html, JOB));
    expect(detail).toMatchObject({
      id: '4410001',
      title: 'Applied ML Engineer',
      company: 'Norrbacka Labs AB',
      location: 'Stockholm, SE',
      description: 'Route planning.',
    });
    expect(detail!.badgeAnchor).toBeUndefined();
  });

  it("ignores another job's JSON-LD", () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Other","identifier":{"value":"4410009"}}</script>`;
    expect(teamtailor.detail!(pageFromHtml(html, JOB))).toBeNull();
  });

  it('finds nothing, without error, on an empty page, an empty board or broken JSON-LD', () => {
    expect(readPage(teamtailor, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
    const empty = `<ul id="jobs_list_container" class="company-links"></ul>`;
    expect(readPage(teamtailor, pageFromHtml(empty, BOARD))).toEqual({ cards: [], detail: null });
    const broken = `<script type="application/ld+json">{"@type":"JobPosting","title":"X",</script>`;
    expect(readPage(teamtailor, pageFromHtml(broken, JOB))).toEqual({ cards: [], detail: null });
  });
});
