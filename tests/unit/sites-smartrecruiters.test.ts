import { describe, expect, it } from 'vitest';
import { smartrecruiters } from '../../lib/sites/smartrecruiters';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://careers.smartrecruiters.com/Quillmark';
const JOB = 'https://jobs.smartrecruiters.com/Quillmark/744000123456789-applied-ai-engineer';

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(smartrecruiters, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

describe('smartrecruiters board', () => {
  const page = loadFixture('smartrecruiters', 'board.html', BOARD);

  it('reads li.opening-job cards: posting id, title, company, the group heading as location, clean url', () => {
    expect(rows(page)).toEqual([
      ['744000123456789', 'Applied AI Engineer', 'Quillmark Robotics', 'Lisbon, Portugal', JOB],
      [
        '744000123456790',
        'Field Robotics Technician <img src=x onerror=alert(1)>',
        'Quillmark Robotics',
        'Lisbon, Portugal',
        'https://jobs.smartrecruiters.com/Quillmark/744000123456790-field-robotics-technician-',
      ],
      ['744000123456801', 'ML Platform Engineer', 'Quillmark Robotics', 'Berlin, Germany', 'https://jobs.smartrecruiters.com/Quillmark/744000123456801-ml-platform-engineer'],
    ]);
  });

  it('skips a card whose link has no numeric posting id (old /ni/ links)', () => {
    expect(page.document.querySelectorAll('li.opening-job').length).toBe(4);
    expect(rows(page).map(([, title]) => title)).not.toContain('Office Coordinator');
  });

  it('keeps hostile title text as text and badges the title', () => {
    const { cards } = readPage(smartrecruiters, page);
    expect(page.document.querySelector('img[onerror]')).toBeNull();
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('h4.job-title'));
  });

  it('reads the same board on jobs.smartrecruiters.com, and has no open job', () => {
    const onJobsHost = loadFixture('smartrecruiters', 'board.html', 'https://jobs.smartrecruiters.com/Quillmark');
    expect(rows(onJobsHost)).toEqual(rows(page));
    expect(readPage(smartrecruiters, page).detail).toBeNull();
  });

  it('names the company from the slug when the board has no "Jobs at" heading', () => {
    const html = `<ul class="opening-jobs"><li class="opening-job job"><a class="link--block details js-job-ad-link" href="/quill-mark/744000123456789-x"><h4 class="details-title job-title">Data Engineer</h4></a></li></ul>`;
    const { cards } = readPage(smartrecruiters, pageFromHtml(html, 'https://jobs.smartrecruiters.com/quill-mark'));
    expect(cards.map(({ job }) => [job.id, job.company, job.location, job.url])).toEqual([
      ['744000123456789', 'Quill Mark', undefined, 'https://jobs.smartrecruiters.com/quill-mark/744000123456789-x'],
    ]);
  });
});

describe('smartrecruiters job page', () => {
  it('reads the microdata page: title, company, address, the description sections without the apply block', () => {
    const page = loadFixture('smartrecruiters', 'job.html', `${JOB}?oga=true`);
    const { cards, detail } = readPage(smartrecruiters, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '744000123456789',
      title: 'Applied AI Engineer',
      company: 'Quillmark Robotics',
      location: 'Lisbon, Portugal',
      url: JOB,
      description:
        'Company Description\nQuillmark builds robots that sort recycling.\nJob Description\nPut vision models into production on the sorting line.\nWork on site with plant operators.\nQualifications\nPython and PyTorch.',
    });
    expect(detail!.description).not.toMatch(/interested|leaving this site/);
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1[itemprop="title"]'));
    expect(detail!.element).toBe(detail!.badgeAnchor);
  });

  it('marks a remote job as remote, and takes the id from og:url when the address has none', () => {
    const page = loadFixture('smartrecruiters', 'job.html', 'https://jobs.smartrecruiters.com/Quillmark');
    page.document.querySelector('spl-job-location')!.setAttribute('workplaceType', 'remote');
    expect(smartrecruiters.detail!(page)).toMatchObject({ id: '744000123456789', location: 'Remote (Lisbon, Portugal)' });
  });

  it('reads an expired job (no description) and falls back to the JSON-LD description when a page has one', () => {
    const expired = `<main class="jobad-main job" itemscope itemtype="http://schema.org/JobPosting"><h1 class="job-title" itemprop="title">Robotics Intern</h1>
      <div class="jobad--empty-state" data-test="empty-state"><h2>This job has expired</h2></div></main>`;
    const url = 'https://jobs.smartrecruiters.com/Quillmark/744000011970750-robotics-intern';
    expect(smartrecruiters.detail!(pageFromHtml(expired, url))).toMatchObject({ id: '744000011970750', title: 'Robotics Intern', description: undefined });
    const withJsonLd = `${expired}<script type="application/ld+json">{"@type":"JobPosting","title":"Robotics Intern","description":"<p>Build test rigs.</p>"}</script>`;
    expect(smartrecruiters.detail!(pageFromHtml(withJsonLd, url))!.description).toBe('Build test rigs.');
  });

  it('reads a page with only JSON-LD, and never throws on broken JSON-LD', () => {
    const url = 'https://jobs.smartrecruiters.com/Quillmark/744000123456789-applied-ai-engineer';
    const onlyJsonLd = `<h1>Applied AI Engineer</h1><script type="application/ld+json">{"@type":"JobPosting","title":"Applied AI Engineer","hiringOrganization":{"name":"Quillmark Robotics"},"description":"Vision models on the line."}</script>`;
    expect(smartrecruiters.detail!(pageFromHtml(onlyJsonLd, url))).toMatchObject({
      id: '744000123456789',
      title: 'Applied AI Engineer',
      company: 'Quillmark Robotics',
      description: 'Vision models on the line.',
    });
    const broken = `<script type="application/ld+json">{"@type":"JobPosting","title":</script>`;
    expect(readPage(smartrecruiters, pageFromHtml(broken, url))).toEqual({ cards: [], detail: null });
  });

  it('finds nothing, without error, on an empty page or a board with no openings', () => {
    expect(readPage(smartrecruiters, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
    const empty = `<section id="st-openings"><h2 class="openings-title">Jobs at Quillmark Robotics</h2><div class="js-openings-load"></div><p>No open positions.</p></section>`;
    expect(readPage(smartrecruiters, pageFromHtml(empty, BOARD))).toEqual({ cards: [], detail: null });
  });
});
