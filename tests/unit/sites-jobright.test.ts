import { describe, expect, it } from 'vitest';
import { jobright } from '../../lib/sites/jobright';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const FEED = 'https://jobright.ai/jobs/recommend';
const ID = '6a00000000000000000000b2';
const JOB = `https://jobright.ai/jobs/info/${ID}`;

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(jobright, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

describe('jobright recommendations feed', () => {
  const page = loadFixture('jobright', 'recommend.html', FEED);

  it('reads each card: id from its id and link, title, company, the "position" row as place', () => {
    expect(rows(page)).toEqual([
      ['6a00000000000000000000a1', 'Machine Learning Engineer, Agents', 'Brightwater Labs', 'San Francisco, CA', 'https://jobright.ai/jobs/info/6a00000000000000000000a1'],
      ['6a00000000000000000000a2', 'Payroll Analyst <img src=x onerror=alert(1)>', 'Harrow Systems', 'Remote', 'https://jobright.ai/jobs/info/6a00000000000000000000a2'],
      ['6a00000000000000000000a3', 'Applied Scientist, Retrieval', 'Tessellate Analytics', 'New York, NY', 'https://jobright.ai/jobs/info/6a00000000000000000000a3'],
    ]);
  });

  it('marks the card, badges the title, keeps hostile text as text, skips a card whose id and link disagree', () => {
    const { cards, detail } = readPage(jobright, page);
    expect(cards.map(({ element }) => element.getAttribute('id') ?? element.getAttribute('href'))).toEqual([
      '6a00000000000000000000a1',
      '6a00000000000000000000a2',
      '/jobs/info/6a00000000000000000000a3',
    ]);
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('h2'));
    expect(page.document.querySelectorAll('img[onerror], script').length).toBe(0);
    expect(cards.map(({ job }) => job.title)).not.toContain('Mislinked Role');
    expect(detail).toBeNull();
  });

  it('reads a card by its id alone, and nothing without an id or a title', () => {
    const html = `<div id="6A00000000000000000000C1" class="index_job-card__oqX1M"><h2 class="index_job-title__UjuEY">Data Engineer</h2></div>
      <div id="card-7" class="index_job-card__oqX1M"><a href="/jobs/recommend"><h2>No id</h2></a></div>
      <div id="6a00000000000000000000c2" class="index_job-card__oqX1M"><a href="/jobs/info/6a00000000000000000000c2"></a></div>`;
    expect(readPage(jobright, pageFromHtml(html, FEED)).cards.map(({ job }) => [job.id, job.title, job.url])).toEqual([
      ['6a00000000000000000000c1', 'Data Engineer', 'https://jobright.ai/jobs/info/6a00000000000000000000c1'],
    ]);
  });
});

describe('jobright job page', () => {
  it('reads the rendered header, the place row and the description from the page data', () => {
    const page = loadFixture('jobright', 'job.html', `${JOB}?utm_source=1100`);
    const { cards, detail } = readPage(jobright, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({ id: ID, title: 'Applied ML Engineer, Evaluation', company: 'Quillmark Labs', location: 'Austin, TX', url: JOB });
    expect(detail!.description).toContain('owns the offline evaluation');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
    expect(detail!.element.id).toBe('overview-1');
  });

  it("reads the rendered sections when the page data is another job's, and ignores it", () => {
    const page = loadFixture('jobright', 'job.html', JOB);
    page.document.getElementById('job-posting')!.textContent = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Other',
      description: 'Other text',
      identifier: { value: '6a000000000000000000ffff' },
    });
    const detail = jobright.detail!(page);
    expect(detail).toMatchObject({ id: ID, title: 'Applied ML Engineer, Evaluation', company: 'Quillmark Labs' });
    expect(detail!.description).toContain('Design evaluation sets and metrics');
    expect(detail!.description).not.toContain('Other text');
  });

  const jsonLd = (identifier: string) =>
    `<h2>Research Engineer</h2><script type="application/ld+json">{"@type":"JobPosting","title":"Research Engineer","description":"<p>Train models.</p>","hiringOrganization":{"name":"Acme"},"identifier":{"value":"${identifier}"}}</script>`;

  it('with no header rendered, reads the JSON-LD naming this job, and no other', () => {
    const detail = jobright.detail!(pageFromHtml(jsonLd(ID), JOB));
    expect(detail).toMatchObject({ id: ID, title: 'Research Engineer', company: 'Acme', description: 'Train models.', url: JOB });
    expect(jobright.detail!(pageFromHtml(jsonLd('6a000000000000000000ffff'), JOB))).toBeNull();
    expect(jobright.detail!(pageFromHtml(jsonLd(ID), FEED))).toBeNull();
    expect(readPage(jobright, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
  });
});
