import { describe, expect, it } from 'vitest';
import { arcdev } from '../../lib/sites/arcdev';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const JOB = 'https://arc.dev/remote-jobs/j/northwind-ai-applied-ai-engineer-m2n4b6v8gh';

describe('Arc lists', () => {
  it('reads each job card by its random key: the title link, the company (none for Arc’s own jobs) and the countries allowed', () => {
    const page = loadFixture('arcdev', 'list.html', 'https://arc.dev/remote-jobs/machine-learning');
    const { cards, detail } = readPage(arcdev, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['k3m9q2x7ab', 'ML Platform Engineer', 'Northwind AI', 'Remote - United States', 'https://arc.dev/remote-jobs/j/northwind-ai-ml-platform-engineer-k3m9q2x7ab'],
      ['p8r2t6w1cd', 'Forward Deployed AI Engineer', undefined, 'Remote - Worldwide', 'https://arc.dev/remote-jobs/details/forward-deployed-ai-engineer-ww-pt-p8r2t6w1cd'],
      ['z5y4x3w2ef', 'Office Manager <script>alert(1)</script>', 'Kestrel & Co', undefined, 'https://arc.dev/remote-jobs/j/kestrel-co-office-manager-z5y4x3w2ef'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a.job-title'));
    expect(detail).toBeNull();
  });

  it('reads no card whose link names another job than its key', () => {
    const html = '<div data-testid="job-card" data-job-random-key="aaaaaaaaaa"><a class="job-title" href="/remote-jobs/j/x-bbbbbbbbbb">Data Engineer</a></div>';
    expect(readPage(arcdev, pageFromHtml(html, 'https://arc.dev/remote-jobs')).cards).toEqual([]);
  });
});

describe('Arc job page', () => {
  it("reads the dialog's title, company and posting; the countries from the page's data", () => {
    const page = loadFixture('arcdev', 'job.html', JOB);
    const { detail } = readPage(arcdev, page);
    expect(detail).toMatchObject({ id: 'm2n4b6v8gh', title: 'Applied AI Engineer', company: 'Northwind AI', location: 'Remote (US, CA)', url: JOB });
    expect(detail!.description).toContain('Run prototypes with customer teams on site.');
    expect(detail!.description).not.toContain('We make agents for insurers.');
    expect(detail!.element).toBe(page.document.querySelector('[role="dialog"]'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("reads the page's data for this job when no dialog is drawn, and not another job's data (after a move in the app)", () => {
    const data = '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"job":{"randomKey":"m2n4b6v8gh","title":"Applied AI Engineer","companyName":"Northwind AI","description":"Deploy **LLM agents** with customers.","requiredCountries":[]}}}}</script>';
    expect(readPage(arcdev, pageFromHtml(data, JOB)).detail).toMatchObject({ title: 'Applied AI Engineer', company: 'Northwind AI', location: undefined, description: 'Deploy LLM agents with customers.' });
    expect(readPage(arcdev, pageFromHtml(data, 'https://arc.dev/remote-jobs/j/other-job-q1w2e3r4t5')).detail).toBeNull();
  });
});
