import { describe, expect, it } from 'vitest';
import { jobadder } from '../../lib/sites/jobadder';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://clientapps.jobadder.com/48120/southbank-talent';
const JOB = 'https://clientapps.jobadder.com/48120/southbank-talent/1204511/forward-deployed-ai-engineer';

const WIDGET = `<title>Careers | Harbour Recruitment</title><meta property="og:site_name" content="Harbour Recruitment">
  <div id="ja-jobs-widget"><div class="ja-job-list-container"><div class="ja-job-list">
    <div class="job"><h2 class="title"><a data-job-id="906174" href="#">AI Solutions Engineer</a></h2>
      <div class="meta"><ul class="classifications"><li data-id="1">Technology</li><li data-id="2">Auckland, New Zealand</li></ul><p class="date-posted">2026-11-30</p></div>
      <p class="summary">Work with our client's customers.</p><a class="view-details" data-job-id="906174" href="#">More..</a></div>
    <div class="job"><h2 class="title"><a data-job-id="" href="#">Register your interest</a></h2></div>
  </div></div></div>`;

describe('JobAdder hosted job boards', () => {
  it("reads each job: the id its title link's address names, the title (markup in it kept as text), the agency the board's title names, the place among its items", () => {
    const { cards } = readPage(jobadder, loadFixture('jobadder', 'board.html', BOARD));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['1204511', 'Forward Deployed AI Engineer', 'Southbank Talent', 'Sydney, NSW', JOB],
      ['1204512', 'ML Platform Engineer', 'Southbank Talent', 'Remote', 'https://clientapps.jobadder.com/48120/southbank-talent/1204512/ml-platform-engineer'],
      ['1204513', 'Payroll Officer <img src=x onerror=alert(1)>', 'Southbank Talent', 'Melbourne', 'https://clientapps.jobadder.com/48120/southbank-talent/1204513/payroll-officer'],
    ]);
  });

  it("reads a job's page: its heading, the posting, the agency", () => {
    const { detail } = readPage(jobadder, loadFixture('jobadder', 'job.html', JOB));
    expect(detail).toMatchObject({ id: '1204511', title: 'Forward Deployed AI Engineer', company: 'Southbank Talent', url: JOB });
    expect(detail!.description).toContain("Deploy and adapt LLM agents to each customer's systems");
  });
});

describe("JobAdder's widget on an agency's own site (recognized by its container, for parse and \"Analyze this page\")", () => {
  it('reads each job by the id on its title link, its place among its classifications, the agency; not an entry without an id', () => {
    const page = pageFromHtml(WIDGET, 'https://www.harbourrecruitment.example/careers/');
    expect(recognizedAdapter(page)).toBe(jobadder);
    expect(readPage(jobadder, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['906174', 'AI Solutions Engineer', 'Harbour Recruitment', 'Auckland, New Zealand', 'https://www.harbourrecruitment.example/careers/?ja-job=906174'],
    ]);
  });

  it('reads the job the widget opened in its place, named by ?ja-job=', () => {
    const html = `<div id="ja-jobs-widget"><div class="ja-job-details"><h2 class="title">AI Solutions Engineer</h2>
      <div class="meta"><ul class="classifications"><li>Auckland, New Zealand</li></ul></div>
      <div class="description"><p>Deploy models with customers.</p></div><a class="back-link" href="#">Back</a></div></div>`;
    const { detail } = readPage(jobadder, pageFromHtml(html, 'https://www.harbourrecruitment.example/careers/?ja-job=906174'));
    expect(detail).toMatchObject({ id: '906174', title: 'AI Solutions Engineer', location: 'Auckland, New Zealand', description: 'Deploy models with customers.' });
  });

  it('is not recognized without the widget', () => {
    expect(recognizedAdapter(pageFromHtml('<div class="job"><h2 class="title"><a data-job-id="1">X</a></h2></div>', 'https://www.acme.example/careers/'))).toBeNull();
  });
});
