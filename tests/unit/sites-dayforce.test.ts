import { describe, expect, it } from 'vitest';
import { dayforce } from '../../lib/sites/dayforce';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://jobs.dayforcehcm.com/en-US/tundra/CANDIDATEPORTAL';

describe('Dayforce job board', () => {
  it("reads each job's link and its list item's place; the company by the address's name when the page gives none", () => {
    const page = loadFixture('dayforce', 'board.html', BOARD);
    const { cards, detail } = readPage(dayforce, page);
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['A', '9416', 'Machine Learning Engineer, Route Optimization', 'Tundra', 'Calgary, AB, Canada', `${BOARD}/jobs/9416`],
      ['A', '9420', 'Fleet Dispatcher', 'Tundra', 'Edmonton, AB, Canada', `${BOARD}/jobs/9420`],
    ]);
    expect(detail).toBeNull();
  });
});

describe('Dayforce job page', () => {
  it("reads the served page's data for this job, badged at the heading that shows its title", () => {
    const page = loadFixture('dayforce', 'job.html', `${BOARD}/jobs/9416`);
    const { detail } = readPage(dayforce, page);
    expect(detail).toMatchObject({ id: '9416', title: 'Machine Learning Engineer, Route Optimization', company: 'Tundra', location: 'Calgary, AB, Canada', url: `${BOARD}/jobs/9416` });
    expect(detail!.description).toBe(
      "About Tundra\nWe move freight across the north.\nTrain and evaluate the models that plan our trucks' routes, and serve them to dispatch.\nOwn the forecasting and routing models in production.",
    );
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("does not take another job's data (the app went to this job without loading a page), nor a page with none", () => {
    const page = loadFixture('dayforce', 'job.html', `${BOARD}/jobs/9420`);
    expect(readPage(dayforce, page).detail).toBeNull();
    expect(readPage(dayforce, pageFromHtml('<title>Job Details | Dayforce Jobs</title><body>Skip to Content Sign In</body>', `${BOARD}/jobs/9416`)).detail).toBeNull();
  });

  it('reads a remote job with no place as Remote', () => {
    const html = `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"jobData":{"jobPostingId":77,"jobTitle":"Data Engineer","hasVirtualLocation":true,"postingLocations":[]}}}}</script>`;
    expect(readPage(dayforce, pageFromHtml(html, 'https://jobs.dayforcehcm.com/tundra/CANDIDATEPORTAL/jobs/77')).detail).toMatchObject({ id: '77', title: 'Data Engineer', location: 'Remote' });
  });
});
