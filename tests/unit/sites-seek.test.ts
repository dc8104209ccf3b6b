import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { seek } from '../../lib/sites/seek';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://au.seek.com/jobs?keywords=machine%20learning&where=All%20Sydney%20NSW';

describe('SEEK result list', () => {
  const page = loadFixture('seek', 'search.html', SEARCH);

  it('reads each card by its data-automation fields: id, title, company, every level of its place', () => {
    const { cards, detail } = readPage(seek, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['90462701', 'Machine Learning Engineer – Ranking', 'Wattle Labs', 'Surry Hills, Sydney NSW', 'https://au.seek.com/job/90462701'],
      ['90470215', 'Forward Deployed Engineer, Enterprise AI', 'Coral Reasoning', 'Melbourne VIC', 'https://au.seek.com/job/90470215'],
      ['90471880', 'Payroll Officer <script>alert(1)</script>', 'Private Advertiser', 'Parramatta, Sydney NSW', 'https://au.seek.com/job/90471880'],
    ]);
    expect(detail).toBeNull();
  });

  it('marks the article, badges the title link (not the overlay link), skips a placeholder card', () => {
    const { cards } = readPage(seek, page);
    expect(cards[0].element.getAttribute('data-job-id')).toBe('90462701');
    expect(cards[0].job.badgeAnchor).toBe(page.document.getElementById('job-title-90462701'));
    expect(page.document.querySelectorAll('article[data-testid="job-card"]').length).toBe(4);
    expect(page.document.querySelectorAll('script').length).toBe(0);
  });

  it("reads no card whose title link names another job than the card's id", () => {
    const html = '<article data-automation="normalJob" data-job-id="90000001"><a data-automation="jobTitle" href="/job/90000002">Data Engineer</a></article>';
    expect(readPage(seek, pageFromHtml(html, SEARCH)).cards).toEqual([]);
  });

  it("gives Indonesia's job addresses their language prefix", () => {
    const html = '<article data-automation="normalJob" data-job-id="82411355"><a data-automation="jobTitle" href="/id/job/82411355?type=standard">Data Scientist</a></article>';
    const { cards } = readPage(seek, pageFromHtml(html, 'https://id.jobstreet.com/id/data-scientist-jobs'));
    expect(cards.map(({ job }) => [job.id, job.url])).toEqual([['82411355', 'https://id.jobstreet.com/id/job/82411355']]);
  });
});

describe('SEEK job shown in full', () => {
  it('reads the pane beside the list, the job named by its apply link', () => {
    const page = loadFixture('seek', 'split-view.html', 'https://au.seek.com/machine-learning-jobs/in-All-Sydney-NSW?jobId=90462701&type=standard');
    const { detail, cards } = readPage(seek, page);
    expect(detail).toMatchObject({
      id: '90462701',
      title: 'Machine Learning Engineer – Ranking',
      company: 'Wattle Labs',
      location: 'Surry Hills, Sydney NSW',
      url: 'https://au.seek.com/job/90462701',
    });
    expect(detail!.description).toContain('Own the feature store and the model training pipelines.');
    expect(detail!.element).toBe(page.document.querySelector('[data-automation="jobDetailsPage"]'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
    expect(cards).toHaveLength(1);
  });

  it("reads a job page (Jobstreet's) from its fields before its JSON-LD", () => {
    const page = loadFixture('seek', 'job.html', 'https://ph.jobstreet.com/job/82411354');
    const { detail } = readPage(seek, page);
    expect(detail).toMatchObject({ id: '82411354', title: 'AI Solutions Engineer', company: 'Banca Lumen', location: 'Makati City, Metro Manila' });
    expect(detail!.description).toContain('integrate and deploy our document AI');
  });

  it("reads a job page's JSON-LD when its fields are missing, not another job's, and a pane with no title as nothing", () => {
    const ld = (id: string) =>
      `<script type="application/ld+json">{"@type":"JobPosting","identifier":{"value":"${id}"},"title":"Data Engineer","hiringOrganization":{"name":"Wattle Labs"}}</script><h1>Data Engineer</h1>`;
    const url = 'https://www.seek.co.nz/job/90462702';
    expect(readPage(seek, pageFromHtml(ld('90462702'), url)).detail).toMatchObject({ id: '90462702', title: 'Data Engineer', company: 'Wattle Labs' });
    expect(readPage(seek, pageFromHtml(ld('90462703'), url)).detail).toBeNull();
    const emptyPane = '<div data-automation="jobDetailsPage"><a data-automation="job-detail-apply" href="/job/90462701/apply">Apply</a></div>';
    expect(readPage(seek, pageFromHtml(emptyPane, SEARCH)).detail).toBeNull();
  });
});
