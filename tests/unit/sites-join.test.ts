import { describe, expect, it } from 'vitest';
import { join } from '../../lib/sites/join';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://join.com/companies/hafenwerk';
const JOB = 'https://join.com/companies/hafenwerk/16400101-machine-learning-engineer-m-w-d';

describe('join company board', () => {
  const page = loadFixture('join', 'board.html', BOARD);

  it("reads the board's own jobs: id from /companies/ACCOUNT/ID-slug, the h3 title, the place first in the meta line, the company the title names", () => {
    expect(readPage(join, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['16400101', 'Machine Learning Engineer (m/w/d)', 'Hafenwerk Analytics GmbH', 'Hamburg, Germany (hybrid)', JOB],
      ['16400177', 'Werkstudent Data Engineering (m/w/d) <img src=x onerror=alert(1)>', 'Hafenwerk Analytics GmbH', 'Remote (Germany)', 'https://join.com/companies/hafenwerk/16400177-werkstudent-data-engineering-m-w-d'],
    ]);
  });

  it("skips the navigation's board link and another company's job, badges the title, keeps hostile text as text", () => {
    const { cards, detail } = readPage(join, page);
    expect(cards.map(({ job }) => job.title)).not.toContain('Data Analyst');
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h3'));
    expect(page.document.querySelector('img[onerror]')).toBeNull();
    expect(detail).toBeNull();
  });

  it('reads plain links that name a role, and names the company by the account where the title does not', () => {
    const html = '<main><a href="/companies/nordsee-holding/2519930-data-engineer">Data Engineer</a> <a href="/companies/nordsee-holding/2519931-x">Learn more</a></main>';
    const { cards } = readPage(join, pageFromHtml(html, 'https://join.com/companies/nordsee-holding'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['2519930', 'Data Engineer', 'Nordsee Holding', undefined]]);
  });
});

describe('join job page', () => {
  it("reads the job from the page's schema.org data, at its own address", () => {
    const page = loadFixture('join', 'job.html', `${JOB}?pid=abc`);
    const { cards, detail } = readPage(join, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '16400101',
      title: 'Machine Learning Engineer (m/w/d)',
      company: 'Hafenwerk Analytics GmbH',
      location: 'Hamburg, DE',
      url: JOB,
      description: 'Hafenwerk forecasts container traffic for ports.\nTrain and deploy forecasting models.\nOwn our feature pipelines.',
    });
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("gives no job for another job's data, on the board, or off JOIN", () => {
    const other = '<script type="application/ld+json">{"@type":"JobPosting","title":"Data Analyst","url":"https://join.com/companies/hafenwerk/16400999-data-analyst"}</script>';
    expect(join.detail!(pageFromHtml(other, JOB))).toBeNull();
    expect(join.detail!(pageFromHtml('<h1>Data Engineer</h1>', BOARD))).toBeNull();
    expect(join.postingIdOf!(new URL('https://join.example/companies/hafenwerk/16400101-x'))).toBeUndefined();
  });
});
