import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { reed } from '../../lib/sites/reed';
import { loadFixture, pageFromHtml } from './site-fixture';

const JOB = 'https://www.reed.co.uk/jobs/ml-platform-engineer/58011201';

describe('Reed search', () => {
  const page = loadFixture('reed', 'search.html', 'https://www.reed.co.uk/jobs/machine-learning-jobs-in-london');

  it("reads each card by its data-qa hooks (2026 and 2024): the id, the title link, the recruiter, the place", () => {
    const { cards, detail } = readPage(reed, page);
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['ARTICLE', '58011201', 'ML Platform Engineer', 'Thameside Data', 'London', JOB],
      ['ARTICLE', '58011377', 'AI Solutions Consultant', 'Harrow & Finch Recruitment', 'Reading, Berkshire', 'https://www.reed.co.uk/jobs/ai-solutions-consultant/58011377'],
      ['ARTICLE', '53785230', 'Data Analyst', 'Kestrel Retail', 'Leeds, West Yorkshire', 'https://www.reed.co.uk/jobs/data-analyst/53785230'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a[data-qa="job-card-title"]'));
    expect(detail).toBeNull();
  });

  it('reads the cards of before 2023', () => {
    const html = `<article class="job-result-card"><h3 class="job-result-heading__title"><a href="/jobs/data-scientist/41234567">Data Scientist</a></h3>
      <div class="job-result-heading__posted-by">Posted 2 days ago by <a class="gtmJobListingPostedBy" href="/jobs/x/p1">Quillon</a></div>
      <ul class="job-metadata"><li class="job-metadata__item--location">Bristol</li></ul></article>`;
    const { cards } = readPage(reed, pageFromHtml(html, 'https://www.reed.co.uk/jobs/data-jobs'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['41234567', 'Data Scientist', 'Quillon', 'Bristol']]);
  });

  it("reads no card whose title link names another job than the card's id", () => {
    const html = '<article data-qa="job-card" data-id="job58000001"><a data-qa="job-card-title" href="/jobs/x/58000002">Data Engineer</a></article>';
    expect(readPage(reed, pageFromHtml(html, 'https://www.reed.co.uk/jobs')).cards).toEqual([]);
  });
});

describe('Reed job page', () => {
  it('reads the title, recruiter, place and posting by their data-qa hooks', () => {
    const page = loadFixture('reed', 'job.html', `${JOB}?source=searchResults`);
    const { detail } = readPage(reed, page);
    expect(detail).toMatchObject({ id: '58011201', title: 'ML Platform Engineer', company: 'Thameside Data', location: 'London', url: JOB });
    expect(detail!.description).toContain('Own the feature store, training pipelines and model serving on Kubernetes.');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("reads the page's Next.js data for this job when the fields are not drawn, not another job's", () => {
    const data = (id: number) =>
      `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"consolidatedJobDetails":{"jobDetails":{"id":${id},"title":"Applied AI Engineer","description":"<p>Deploy our models &amp; evals.</p>","jobOwner":{"profileName":"Quillon"},"jobLocation":{"locationName":"Remote"}}}}}}</script>`;
    const url = 'https://www.reed.co.uk/jobs/applied-ai-engineer/58022222';
    expect(readPage(reed, pageFromHtml(data(58022222), url)).detail).toMatchObject({
      id: '58022222',
      title: 'Applied AI Engineer',
      company: 'Quillon',
      location: 'Remote',
      description: 'Deploy our models & evals.',
    });
    expect(readPage(reed, pageFromHtml(data(58022223), url)).detail).toBeNull();
    expect(readPage(reed, pageFromHtml('<script id="__NEXT_DATA__" type="application/json">{"props":', url)).detail).toBeNull();
  });

  it('reads a page of 2023 (schema.org microdata): recruiter, town and county', () => {
    const page = loadFixture('reed', 'job-2023.html', 'https://www.reed.co.uk/jobs/data-engineer/49341027');
    expect(readPage(reed, page).detail).toMatchObject({
      id: '49341027',
      title: 'Data Engineer',
      company: 'Kestrel Retail',
      location: 'Leeds, West Yorkshire',
      description: "Build the batch pipelines behind our stores' reporting.",
    });
  });
});
