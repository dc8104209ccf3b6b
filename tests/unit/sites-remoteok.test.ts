import { describe, expect, it } from 'vitest';
import { remoteok } from '../../lib/sites/remoteok';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const FRONT = 'https://remoteok.com/';
const JOB = 'https://remoteok.com/remote-jobs/remote-applied-ml-engineer-quillbyte-1093001';

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(remoteok, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

describe('remoteok front page (the job table)', () => {
  const page = loadFixture('remoteok', 'front.html', FRONT);

  it('reads tr.job[data-id] rows: id, title, company, places without flags or salary, job URL (both link forms)', () => {
    expect(rows(page)).toEqual([
      ['1093001', 'Applied ML Engineer', 'Quillbyte', 'Worldwide', JOB],
      ['1090417', 'Platform Engineer', 'Harrowfield', 'Europe; United States', 'https://remoteok.com/remote-jobs/1090417-remote-platform-engineer-harrowfield'],
      ['1093002', 'Data Engineer <img src=x onerror=alert(1)>', 'Moorline', 'Worldwide', 'https://remoteok.com/remote-jobs/remote-data-engineer-moorline-1093002'],
    ]);
  });

  it('skips placeholder, divider, ad and detail rows; keeps hostile title text as text; badges the title', () => {
    const { cards, detail } = readPage(remoteok, page);
    const doc = page.document;
    expect(doc.querySelectorAll('tr.placeholder.job').length).toBe(2);
    expect(doc.querySelectorAll('tr.sw-insert[data-id]').length).toBe(1);
    expect(doc.querySelectorAll('img[onerror]').length).toBe(0);
    expect(cards.map((c) => c.element)).toEqual([...doc.querySelectorAll('tr.job[data-id]:not(.sw-insert)')]);
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('h2[itemprop="title"]'));
    expect(detail).toBeNull();
  });
});

describe('remoteok job page', () => {
  it("reads the job's row and its open detail row; the other rows stay cards", () => {
    const page = loadFixture('remoteok', 'job.html', `${JOB}?ref=x`);
    const { cards, detail } = readPage(remoteok, page);
    expect(cards.map((c) => c.job.id)).toEqual(['1093001', '1092950']);
    expect(detail).toMatchObject({
      id: '1093001',
      title: 'Applied ML Engineer',
      company: 'Quillbyte',
      location: 'Worldwide',
      url: JOB,
      description:
        'Quillbyte makes a note-taking app used by two million students.\nWhat you will do\nTrain ranking and retrieval models on usage data.\nEvaluate and serve them with the platform team.',
    });
    expect(detail!.description).not.toMatch(/Apply for this job/);
    // The open job is its own row: marked once, one badge.
    expect(detail!.element).toBe(cards[0].element);
    expect(detail!.badgeAnchor).toBe(cards[0].job.badgeAnchor);
  });

  it("falls back to the row's JSON-LD when the detail row is not rendered, and to the JSON-LD alone", () => {
    const row = `<table><tbody><tr class="job" data-id="1093001" data-url="/remote-jobs/remote-applied-ml-engineer-quillbyte-1093001"><td class="company_and_position"><a itemprop="url" href="/remote-jobs/remote-applied-ml-engineer-quillbyte-1093001"><h2 itemprop="title">Applied ML Engineer</h2></a><h3 itemprop="name">Quillbyte</h3></td><td><script type="application/ld+json">{"@type":"JobPosting","title":"Applied ML Engineer","hiringOrganization":{"name":"Quillbyte"},"description":"&lt;p&gt;Train ranking models.&lt;/p&gt;"}</script></td></tr></tbody></table>`;
    expect(remoteok.detail!(pageFromHtml(row, JOB))).toMatchObject({ id: '1093001', title: 'Applied ML Engineer', company: 'Quillbyte', description: 'Train ranking models.' });
    const only = `<script type="application/ld+json">{"@type":"JobPosting","title":"Applied ML Engineer","hiringOrganization":{"name":"Quillbyte"},"description":"Ranking."}</script>`;
    const detail = remoteok.detail!(pageFromHtml(only, JOB));
    expect(detail).toMatchObject({ id: '1093001', title: 'Applied ML Engineer', company: 'Quillbyte', description: 'Ranking.' });
    expect(detail!.badgeAnchor).toBeUndefined();
  });

  it("ignores another job's JSON-LD and finds nothing, without error, on empty or broken pages", () => {
    const other = `<script type="application/ld+json">{"@type":"JobPosting","title":"Other","url":"https://remoteok.com/remote-jobs/remote-other-1000001"}</script>`;
    expect(remoteok.detail!(pageFromHtml(other, JOB))).toBeNull();
    expect(readPage(remoteok, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
    expect(readPage(remoteok, pageFromHtml('<table id="jobsboard"><tbody><tr class="placeholder job"><td></td></tr></tbody></table>', FRONT))).toEqual({ cards: [], detail: null });
    const broken = `<script type="application/ld+json">{"@type":"JobPosting","title":"X",</script>`;
    expect(readPage(remoteok, pageFromHtml(broken, JOB))).toEqual({ cards: [], detail: null });
  });

  it('takes a row only when its own link ends with its data-id', () => {
    const html = `<table><tbody><tr class="job" data-id="1093001"><td><a href="/remote-jobs/remote-other-role-1000001"><h2>Other</h2></a></td></tr></tbody></table>`;
    expect(readPage(remoteok, pageFromHtml(html, FRONT)).cards).toEqual([]);
  });
});
