import { describe, expect, it } from 'vitest';
import { jazzhr } from '../../lib/sites/jazzhr';
import { linkedPostings } from '../../lib/sites/linked-postings';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const ORIGIN = 'https://tallowick.applytojob.com';
const JOB = `${ORIGIN}/apply/7kQ2mWx9Lp/Machine-Learning-Engineer-Perception`;

describe('JazzHR career page list', () => {
  it("reads each item's link and the place its map marker marks; the company from the page's Organization", () => {
    const page = loadFixture('jazzhr', 'list.html', `${ORIGIN}/apply`);
    const { cards, detail } = readPage(jazzhr, page);
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['LI', '7kQ2mWx9Lp', 'Machine Learning Engineer, Perception', 'Tallowick Robotics', 'Pittsburgh, PA', `${ORIGIN}/apply/7kQ2mWx9Lp`],
      ['LI', 'Zr4TnB8cVe', 'Field Applications Engineer, AI Deployments', 'Tallowick Robotics', 'Remote', `${ORIGIN}/apply/Zr4TnB8cVe`],
      ['LI', 'Hq3PdL5sYa', 'Warehouse Associate & <b>Forklift</b> Driver', 'Tallowick Robotics', 'Erie, PA', `${ORIGIN}/apply/Hq3PdL5sYa`],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('.list-group-item-heading a'));
    expect(page.document.querySelectorAll('b').length).toBe(0);
    expect(detail).toBeNull();
  });

  it('reads the listing all tenants share (/apply/jobs), a row per job, the place in its second cell', () => {
    const { cards } = readPage(jazzhr, loadFixture('jazzhr', 'jobs-table.html', `${ORIGIN}/apply/jobs`));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['7kQ2mWx9Lp', 'Machine Learning Engineer, Perception', 'Tallowick Robotics', 'Pittsburgh, PA'],
      ['Hq3PdL5sYa', 'Warehouse Associate', 'Tallowick Robotics', 'Erie, PA'],
    ]);
  });
});

describe('JazzHR job page', () => {
  it("reads the job header's title (not the company's h1), its Location fact and the posting", () => {
    const page = loadFixture('jazzhr', 'job.html', JOB);
    const { detail } = readPage(jazzhr, page);
    expect(detail).toMatchObject({
      id: '7kQ2mWx9Lp',
      title: 'Machine Learning Engineer, Perception',
      company: 'Tallowick Robotics',
      location: 'Pittsburgh, PA',
      url: `${ORIGIN}/apply/7kQ2mWx9Lp`,
    });
    expect(detail!.description).toContain('Build the data and training pipelines for new object classes.');
    expect(detail!.description).not.toContain('Submit Application');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('.job-header h2'));
  });

  it("reads the classic theme's labelled place", () => {
    const html = `<div class="job-header"><h1>Data Scientist</h1></div><div id="resumator-job-overview">
      <h2 id="resumator-job-location"><strong>Location:</strong> Cedar Rapids, IA</h2></div><div id="resumator-job-description"><p>Forecast demand.</p></div>`;
    const { detail } = readPage(jazzhr, pageFromHtml(html, `${ORIGIN}/apply/jobs/details/Qw8ErT5yUi?&`));
    expect(detail).toMatchObject({ id: 'Qw8ErT5yUi', title: 'Data Scientist', company: 'Tallowick', location: 'Cedar Rapids, IA', description: 'Forecast demand.' });
  });

  it("falls back to this job's JSON-LD, and reads nothing from a closed job's page", () => {
    const ld = (url: string) => `<script type="application/ld+json">{"@type":"JobPosting","title":"Applied AI Engineer","url":"${url}","description":"<p>Deploy our models.</p>"}</script><h2>Applied AI Engineer</h2>`;
    expect(readPage(jazzhr, pageFromHtml(ld(`${ORIGIN}/apply/Ab12Cd34Ef`), `${ORIGIN}/apply/Ab12Cd34Ef`)).detail).toMatchObject({
      id: 'Ab12Cd34Ef',
      title: 'Applied AI Engineer',
      company: 'Tallowick',
    });
    expect(readPage(jazzhr, pageFromHtml(ld(`${ORIGIN}/apply/Zz99Yy88Xx`), `${ORIGIN}/apply/Ab12Cd34Ef`)).detail).toBeNull();
    expect(readPage(jazzhr, pageFromHtml('<h2>This job is no longer available</h2>', `${ORIGIN}/apply/Ab12Cd34Ef`)).detail).toBeNull();
  });
});

describe("JazzHR's jobs linked from a company's own page", () => {
  it('are read by their links, each under its JazzHR code', () => {
    const html = `<title>Careers | Tallowick</title><div id="resumator-jobs"><div class="resumator-job" id="resumator-job-job_1">
      <div class="resumator-job-title resumator-jobs-text">Machine Learning Engineer, Perception</div>
      <div class="resumator-job-view-details"><a class="resumator-job-link" href="https://tallowick.applytojob.com/apply/7kQ2mWx9Lp/Machine-Learning-Engineer-Perception?source=Widget">Machine Learning Engineer, Perception</a></div></div></div>`;
    const read = linkedPostings(pageFromHtml(html, 'https://www.tallowick.example/careers'));
    expect(read.map(({ site, job }) => [site, job.id, job.title])).toEqual([['jazzhr', '7kQ2mWx9Lp', 'Machine Learning Engineer, Perception']]);
  });
});
