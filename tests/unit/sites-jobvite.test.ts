import { describe, expect, it } from 'vitest';
import { jobvite } from '../../lib/sites/jobvite';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://jobs.jobvite.com/harrowgate/search';
const JOB = 'https://jobs.jobvite.com/harrowgate/job/oQ7rAfwX';

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(jobvite, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

describe('jobvite board', () => {
  const page = loadFixture('jobvite', 'board.html', BOARD);

  it('reads table.jv-job-list rows: job id, title, company from the logo, tidied place', () => {
    expect(rows(page)).toEqual([
      ['oQ7rAfwX', 'Applied Scientist, Forecasting', 'Harrowgate Analytics', 'Leeds, West Yorkshire', JOB],
      ['oB3kAfwP', 'Data Platform Engineer', 'Harrowgate Analytics', '3 Locations', 'https://jobs.jobvite.com/harrowgate/job/oB3kAfwP'],
      [
        'oM9tzfwQ',
        'Payroll Specialist <img src=x onerror=alert(1)>',
        'Harrowgate Analytics',
        'Manchester',
        'https://jobs.jobvite.com/harrowgate/job/oM9tzfwQ',
      ],
    ]);
  });

  it('skips the header row and a row linking elsewhere, keeps hostile text as text, badges the link', () => {
    const { cards, detail } = readPage(jobvite, page);
    expect(page.document.querySelectorAll('table.jv-job-list tr').length).toBe(5);
    expect(page.document.querySelectorAll('img').length).toBe(1); // the logo only
    expect(cards[0].element).toBe(page.document.querySelector('table.jv-job-list tbody tr'));
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a[href="/harrowgate/job/oQ7rAfwX"]'));
    expect(detail).toBeNull();
  });

  it('reads the nested row layout (title and place inside the link) without the place in the title', () => {
    const html = `<title>Harrowgate Analytics Careers</title><table class="jv-job-list"><tbody><tr><td class="jv-job-list-name"><a href="/harrowgate/job/oK4nAfwZ"><div class="title">Buyer</div><div class="jv-job-list-location">Remote, Mexico</div></a></td></tr></tbody></table>`;
    expect(rows(pageFromHtml(html, 'https://jobs.jobvite.com/harrowgate/jobs'))).toEqual([
      ['oK4nAfwZ', 'Buyer', 'Harrowgate Analytics', 'Remote, Mexico', 'https://jobs.jobvite.com/harrowgate/job/oK4nAfwZ'],
    ]);
  });
});

describe('jobvite job page', () => {
  it('reads the header, the meta line and the description; the company from the JSON-LD', () => {
    const page = loadFixture('jobvite', 'job.html', `${JOB}?__jvst=Job%20Board&__jvsd=LinkedIn`);
    const { cards, detail } = readPage(jobvite, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: 'oQ7rAfwX',
      title: 'Applied Scientist, Forecasting',
      company: 'Harrowgate Analytics',
      location: 'Leeds, West Yorkshire',
      url: JOB,
      description:
        'Harrowgate Analytics builds demand forecasts for regional grocers.\nWhat you will work on\nTrain and evaluate forecasting models.\nShip them behind a batch API.',
    });
    expect(detail!.description).not.toMatch(/Apply|Back to Current Openings|Share/);
    expect(detail!.element).toBe(page.document.querySelector('h2.jv-header'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h2.jv-header'));
  });

  it('reads a template with no JSON-LD: title without the place after <br>, place without the requisition number', () => {
    const url = 'https://jobs.jobvite.com/harrowgate/job/oT2wAfw9';
    const detail = jobvite.detail!(loadFixture('jobvite', 'job-no-jsonld.html', url));
    expect(detail).toMatchObject({
      id: 'oT2wAfw9',
      title: 'Account Executive, Retail',
      company: 'Harrowgate Analytics',
      location: 'Toronto, ON',
      url,
      description: 'Grow our grocer accounts across Ontario.\nOwn the renewal pipeline.',
    });
  });

  it('reads the JSON-LD alone when no header is rendered', () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Applied Scientist","identifier":"oQ7rAfwX","hiringOrganization":"Harrowgate Analytics","description":"<p>Forecasts.</p>","jobLocation":[{"@type":"Place","address":{"addressLocality":"Leeds ","addressRegion":"West Yorkshire","addressCountry":"United Kingdom"}}]}</script>`;
    const detail = jobvite.detail!(pageFromHtml(html, JOB));
    expect(detail).toMatchObject({ id: 'oQ7rAfwX', title: 'Applied Scientist', company: 'Harrowgate Analytics', description: 'Forecasts.' });
    expect(detail!.location).toMatch(/^Leeds/);
    expect(detail!.badgeAnchor).toBeUndefined();
  });

  it("ignores another job's JSON-LD", () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Other job","identifier":"oZZZAfw1"}</script>`;
    expect(jobvite.detail!(pageFromHtml(html, JOB))).toBeNull();
  });

  it('finds nothing, without error, on an empty page, an empty board or broken JSON-LD', () => {
    expect(readPage(jobvite, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
    const empty = `<article class="jv-page-body"><div class="jv-wrapper"><p>There are currently no open jobs.</p></div></article>`;
    expect(readPage(jobvite, pageFromHtml(empty, BOARD))).toEqual({ cards: [], detail: null });
    const broken = `<script type="application/ld+json">{"@type":"JobPosting","title":"X",</script>`;
    expect(readPage(jobvite, pageFromHtml(broken, JOB))).toEqual({ cards: [], detail: null });
  });
});
