import { describe, expect, it } from 'vitest';
import { greenhouse } from '../../lib/sites/greenhouse';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(greenhouse, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

describe('greenhouse board, new job-boards layout', () => {
  const page = loadFixture('greenhouse', 'board-new.html', 'https://job-boards.greenhouse.io/copperleaf');

  it('reads each tr.job-post row, without the "New" tag, and skips a row with no link', () => {
    expect(rows(page)).toEqual([
      ['7100001002', 'ML Platform Engineer', 'Copperleaf AI', 'Remote, US', 'https://job-boards.greenhouse.io/copperleaf/jobs/7100001002'],
      [
        '7100001003',
        'Forward Deployed Engineer, <script>alert(1)</script>',
        'Copperleaf AI',
        'New York, NY',
        'https://job-boards.greenhouse.io/copperleaf/jobs/7100001003',
      ],
    ]);
  });

  it('keeps hostile title text as text and badges the title paragraph', () => {
    const { cards } = readPage(greenhouse, page);
    expect(page.document.querySelectorAll('script').length).toBe(0);
    expect(cards[1].job.badgeAnchor).toBe(cards[1].element.querySelector('p.body--medium'));
  });

  it('has no open job on the board', () => {
    expect(readPage(greenhouse, page).detail).toBeNull();
  });
});

describe('greenhouse board, classic boards layout', () => {
  it('reads div.opening cards with the company from the page title', () => {
    const page = loadFixture('greenhouse', 'board-classic.html', 'https://boards.greenhouse.io/saltmarsh');
    expect(rows(page)).toEqual([
      ['4400123', 'Solutions Architect', 'Saltmarsh Labs', 'London', 'https://boards.greenhouse.io/saltmarsh/jobs/4400123'],
      ['4400124', 'Inference Engineer', 'Saltmarsh Labs', 'Remote', 'https://boards.greenhouse.io/saltmarsh/jobs/4400124'],
    ]);
  });
});

describe('greenhouse job page', () => {
  it('reads the new layout: title, location, description without the form', () => {
    const page = loadFixture('greenhouse', 'job-new.html', 'https://job-boards.greenhouse.io/copperleaf/jobs/7100001003?gh_src=x1');
    const { cards, detail } = readPage(greenhouse, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '7100001003',
      title: 'Forward Deployed Engineer',
      company: 'Copperleaf AI',
      location: 'New York, NY',
      url: 'https://job-boards.greenhouse.io/copperleaf/jobs/7100001003',
      description:
        'Copperleaf AI puts language models to work in hospital supply chains.\nWhat you will do\nSit with customers and ship integrations\nTravel up to 30%',
    });
    expect(detail!.element).toBe(page.document.querySelector('.job__header'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('.job__title h1'));
  });

  it('takes the id from og:url when the address has none (embedded job_app)', () => {
    const page = loadFixture('greenhouse', 'job-new.html', 'https://boards.greenhouse.io/embed/job_app?for=copperleaf');
    expect(greenhouse.detail!(page)!.id).toBe('7100001003');
  });

  it('reads the classic layout with the company from .company-name', () => {
    const page = loadFixture('greenhouse', 'job-classic.html', 'https://boards.greenhouse.io/saltmarsh/jobs/4400124');
    expect(greenhouse.detail!(page)).toMatchObject({
      id: '4400124',
      title: 'Inference Engineer',
      company: 'Saltmarsh Labs',
      location: 'Remote',
      description: 'We serve open models at low latency.\nYou will own the GPU scheduler.',
    });
  });

  it('finds nothing, without error, on an empty or unrelated page', () => {
    for (const html of ['', '<html><body><h1>Page not found</h1></body></html>']) {
      const result = readPage(greenhouse, pageFromHtml(html, 'https://job-boards.greenhouse.io/copperleaf/jobs/1'));
      expect(result).toEqual({ cards: [], detail: null });
    }
  });
});

describe('greenhouse classic embedded board (job_board?for=)', () => {
  const page = loadFixture('greenhouse', 'board-embed-classic.html', 'https://boards.greenhouse.io/embed/job_board?for=tidewell');

  it('reads the gh_jid rows with the company from the board heading, not the slug', () => {
    expect(rows(page)).toEqual([
      ['6600101', 'Analytics Engineer', 'Tidewell Analytics', 'Dublin, Ireland', 'https://www.tidewell.example/careers/?gh_jid=6600101'],
      ['6600102', 'Staff Data Scientist', 'Tidewell Analytics', 'Remote - EU', 'https://www.tidewell.example/careers/?gh_jid=6600102'],
    ]);
    expect(readPage(greenhouse, page).detail).toBeNull();
  });
});
