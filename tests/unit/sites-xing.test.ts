import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { xing } from '../../lib/sites/xing';
import { loadFixture, pageFromHtml } from './site-fixture';

const rows = (url: string, file: string) => {
  const page = loadFixture('xing', file, url);
  return { page, ...readPage(xing, page) };
};

describe('XING search', () => {
  it('reads each result card by its test ids: the id from its link, the title, company and places', () => {
    const { page, cards, detail } = rows('https://www.xing.com/jobs/search/ki?keywords=machine%20learning', 'search.html');
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['LI', '158200111', 'ML Platform Engineer (m/w/d)', 'Spreeblick Data GmbH', 'Berlin, Potsdam', 'https://www.xing.com/jobs/berlin-ml-platform-engineer-m-w-d-158200111'],
      ['LI', '158200222', 'Forward Deployed Engineer', 'Isarwerk AI SE', 'München', 'https://www.xing.com/jobs/muenchen-forward-deployed-engineer-158200222'],
      ['LI', '158200333', 'Buchhalter <img src=x onerror=alert(1)> (m/w/d)', 'Hafen & Söhne KG', 'Hamburg', 'https://www.xing.com/jobs/hamburg-buchhalter-158200333'],
    ]);
    // The overlay link is empty: the badge goes beside the title.
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h2[data-testid="job-teaser-list-title"]'));
    expect(detail).toBeNull();
  });

  it("reads the cards of 2023–24, each one link to the job, and no promoted job of another site", () => {
    const { cards } = rows('https://www.xing.com/jobs/search?keywords=data', 'search-2024.html');
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.location])).toEqual([
      ['LI', '141000123', 'Data Engineer', 'Mainufer Analytics AG', 'Frankfurt am Main'],
    ]);
    expect(cards[0].job.badgeAnchor?.tagName).toBe('H2');
  });

  it('reads a card whose link holds the title, and none without a job address', () => {
    const html = `<article data-testid="job-search-result"><a href="https://www.xing.com/jobs/vienna-analytics-engineer-222333444?trk=foo"> Analytics Engineer </a></article>
      <article data-testid="job-search-result"><a href="/jobs/search?keywords=ai">More AI jobs</a></article>`;
    const { cards } = readPage(xing, pageFromHtml(html, 'https://www.xing.com/jobs/search?keywords=analytics'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['222333444', 'Analytics Engineer', undefined, undefined]]);
  });
});

describe('XING job page', () => {
  const JOB = 'https://www.xing.com/jobs/berlin-applied-ai-engineer-158200444';

  it('reads the header, the company and the posting; the place from its JSON-LD', () => {
    const page = loadFixture('xing', 'job.html', `${JOB}?sc_o=jobs_search_list`);
    const { detail, cards } = readPage(xing, page);
    expect(detail).toMatchObject({ id: '158200444', title: 'Applied AI Engineer', company: 'Spreeblick Data GmbH', location: 'Berlin, DE', url: JOB });
    expect(detail!.description).toContain('Fine-tune and serve open models on our GPU cluster.');
    expect(detail!.description).not.toContain('Data Analyst');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
    expect(detail!.element).toBe(page.document.querySelector('[data-testid="job-details-title"]'));
    expect(cards.map(({ job }) => job.id)).toEqual(['158200555']);
  });

  it("takes the places from the page's title when there is no JSON-LD, and the JSON-LD's text when the posting is not drawn", () => {
    const drawn = `<title>Data Engineer in Köln, Bonn | XING Jobs</title><div data-testid="job-details-title"><h1>Data Engineer</h1></div>`;
    expect(readPage(xing, pageFromHtml(drawn, 'https://www.xing.com/jobs/koeln-data-engineer-151360233')).detail).toMatchObject({ title: 'Data Engineer', location: 'Köln, Bonn' });
    const served = `<script type="application/ld+json">{"@type":"JobPosting","title":"MLOps Engineer","description":"<p>Run our training pipelines.</p>","hiringOrganization":{"name":"Rheinblick"}}</script>`;
    expect(readPage(xing, pageFromHtml(served, 'https://www.xing.com/jobs/bonn-mlops-engineer-151360234')).detail).toMatchObject({
      id: '151360234',
      title: 'MLOps Engineer',
      company: 'Rheinblick',
      description: 'Run our training pipelines.',
    });
  });

  it("reads no job page for another job's JSON-LD, nor on a search page", () => {
    const other = `<script type="application/ld+json">{"@type":"JobPosting","url":"https://www.xing.com/jobs/bonn-other-151360999","title":"Other"}</script>`;
    expect(readPage(xing, pageFromHtml(other, 'https://www.xing.com/jobs/bonn-mlops-engineer-151360234')).detail).toBeNull();
    expect(readPage(xing, pageFromHtml('<h1 data-xds="Hero">Jobs</h1>', 'https://www.xing.com/jobs/search?keywords=x')).detail).toBeNull();
  });
});
