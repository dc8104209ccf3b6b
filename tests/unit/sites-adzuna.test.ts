import { describe, expect, it } from 'vitest';
import { adzuna } from '../../lib/sites/adzuna';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Adzuna search', () => {
  it('reads each card by its data-aid: the title link, company and place; the address of its job page, not the redirect', () => {
    const page = loadFixture('adzuna', 'search.html', 'https://www.adzuna.co.uk/jobs/search?q=machine%20learning&loc=86384');
    const { cards, detail } = readPage(adzuna, page);
    expect(cards.map(({ element, job }) => [element.getAttribute('data-aid'), job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['5834100001', '5834100001', 'Machine Learning Platform Engineer', 'Thameside Data', 'London, UK', 'https://www.adzuna.co.uk/jobs/details/5834100001'],
      ['5834100002', '5834100002', 'Forward Deployed AI Engineer', 'Quillon', 'Reading, Berkshire', 'https://www.adzuna.co.uk/jobs/details/5834100002'],
      ['5834100003', '5834100003', 'Payroll Officer <script>alert(1)</script>', 'Kestrel & Co', 'Leeds, West Yorkshire', 'https://www.adzuna.co.uk/jobs/details/5834100003'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a[data-js="jobLink"]'));
    expect(detail).toBeNull();
  });

  it("reads no card whose link names another job than its data-aid, and a card of before 2025 by its link's id", () => {
    const html = `<div class="ui-search-results"><article data-aid="5834100011"><h2><a data-js="jobLink" href="/details/5834100012">Data Engineer</a></h2></article>
      <div data-aid="5834100013"><h2><a href="https://www.adzuna.com.au/details/5834100013">ML Engineer</a></h2><div class="ui-company">Acme</div></div></div>`;
    const { cards } = readPage(adzuna, pageFromHtml(html, 'https://www.adzuna.com.au/search?q=ml'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([['5834100013', 'ML Engineer', 'Acme']]);
  });
});

describe('Adzuna job page', () => {
  it('reads the heading, the facts table and the posting', () => {
    const page = loadFixture('adzuna', 'job.html', 'https://www.adzuna.co.uk/jobs/details/5834100004?se=x&v=2');
    const { detail, cards } = readPage(adzuna, page);
    expect(detail).toMatchObject({ id: '5834100004', title: 'Applied AI Engineer', company: 'Thameside Data', location: 'London, UK', url: 'https://www.adzuna.co.uk/jobs/details/5834100004' });
    expect(detail!.description).toContain('Run workshops and prototypes on site.');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
    expect(cards.map(({ job }) => job.id)).toEqual(['5834100005']);
  });

  it('reads the JSON-LD when the page draws no posting, and nothing on a page with neither', () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"MLOps Engineer","description":"<p>Run training pipelines.</p>","hiringOrganization":{"name":"Acme"},"jobLocation":{"address":{"addressLocality":"Berlin"}}}</script>`;
    expect(readPage(adzuna, pageFromHtml(html, 'https://www.adzuna.de/details/5817935733')).detail).toMatchObject({
      id: '5817935733',
      title: 'MLOps Engineer',
      company: 'Acme',
      location: 'Berlin',
      description: 'Run training pipelines.',
    });
    expect(readPage(adzuna, pageFromHtml('<p>Sorry, this job is not available in your region</p>', 'https://www.adzuna.de/details/5817935733')).detail).toBeNull();
  });
});
