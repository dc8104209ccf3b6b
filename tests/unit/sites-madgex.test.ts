import { describe, expect, it } from 'vitest';
import { madgex } from '../../lib/sites/madgex';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://jobs.theguardian.com/searchjobs/?Keywords=machine+learning';
const JOB = 'https://www.nature.com/naturecareers/job/12900301/research-software-engineer-machine-learning-platform/';

describe('Madgex job boards (Guardian Jobs, Nature Careers, BioSpace…)', () => {
  it("reads each list item: the id it and its link agree on (the link's address trimmed of its spaces), the title (markup in it kept as text), the recruiter or the logo's, the place", () => {
    const { cards } = readPage(madgex, loadFixture('madgex', 'search.html', SEARCH));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['5100201', 'ML Platform Engineer', 'Brightwater Health Data', 'London (Central), London (Greater)', 'https://jobs.theguardian.com/job/5100201/ml-platform-engineer/'],
      ['5100202', 'Forward Deployed AI Engineer', 'Northwind Analytics', 'Manchester', 'https://jobs.theguardian.com/job/5100202/forward-deployed-ai-engineer/'],
      ['5100203', 'School Business Manager <script>alert(1)</script>', 'Oakfield Academy Trust', 'Leeds', 'https://jobs.theguardian.com/job/5100203/school-business-manager/'],
    ]);
  });

  it("reads Times Higher Education's listings and no item whose id and link disagree or whose link is the employer's profile", () => {
    const item = (id: string, href: string) => `<li class="lister__item" id="item-${id}"><h3 class="lister__header"><a href="${href}">Lecturer in AI</a></h3></li>`;
    const html = item('415823', '/unijobs/listing/415823/lecturer-in-ai/?TrackID=8') + item('415824', '/unijobs/listing/415899/lecturer/') + item('415825', '/job/415825/employer-profile/');
    const { cards } = readPage(madgex, pageFromHtml(`<ul>${html}</ul>`, 'https://www.timeshighereducation.com/unijobs/listings/?Keywords=ai'));
    expect(cards.map(({ job }) => [job.id, job.url])).toEqual([
      ['415823', 'https://www.timeshighereducation.com/unijobs/listing/415823/lecturer-in-ai/'],
      ['415825', undefined],
    ]);
  });

  it('runs only under the boards\' paths on shared hosts', () => {
    expect(madgex.isJobPage(new URL('https://www.nature.com/articles/s41586-026-00001-1'))).toBe(false);
    expect(madgex.isJobPage(new URL('https://www.timeshighereducation.com/world-university-rankings'))).toBe(false);
    expect(madgex.isJobPage(new URL(JOB))).toBe(true);
  });
});

describe('Madgex job page', () => {
  it('reads the heading, the employer and place among the facts, the description without the company section', () => {
    const { detail } = readPage(madgex, loadFixture('madgex', 'job.html', `${JOB}?TrackID=8`));
    expect(detail).toMatchObject({ id: '12900301', title: 'Research Software Engineer, Machine Learning Platform', company: 'Halden Institute', location: 'Oxford (GB)', url: JOB });
    expect(detail!.description).toContain('shared training and inference platform');
    expect(detail!.description).not.toContain('independent research centre');
  });

  it("reads the older boards' labelled blocks", () => {
    const html = `<h1>Data Scientist</h1><div class="job-detail-description__recruiter"><dt>Recruiter</dt> <dd>Marlow Council</dd></div>
      <div class="job-detail-description__location"><dt>Location</dt> <dd>Marlow</dd></div><div class="job-description"><p>Models for planning.</p></div>`;
    expect(readPage(madgex, pageFromHtml(html, 'https://jobs.theguardian.com/job/5100301/data-scientist/')).detail).toMatchObject({ id: '5100301', company: 'Marlow Council', location: 'Marlow', description: 'Models for planning.' });
  });
});

describe('Madgex boards on other hosts (recognized by markup, for parse and "Analyze this page")', () => {
  it("is recognized by Madgex's script and its list or job page, and reads its own addresses' ids", () => {
    const list = loadFixture('madgex', 'search.html', 'https://jobs.physicsboard.example/searchjobs/?Keywords=ml');
    expect(madgex.isJobPage(list.url)).toBe(false);
    expect(recognizedAdapter(list)).toBe(madgex);
    expect(readPage(madgex, list).cards.map(({ job }) => job.url)[0]).toBe('https://jobs.physicsboard.example/job/5100201/ml-platform-engineer/');
    const job = loadFixture('madgex', 'job.html', 'https://jobs.physicsboard.example/job/12900301/research-software-engineer/');
    expect(recognizedAdapter(job)).toBe(madgex);
    expect(readPage(madgex, job).detail?.id).toBe('12900301');
  });

  it("is not recognized without Madgex's script, nor on a page that is neither list nor job", () => {
    const items = '<ul><li class="lister__item" id="item-5100201"><h3 class="lister__header"><a href="/job/5100201/x/">ML Engineer</a></h3></li></ul>';
    expect(recognizedAdapter(pageFromHtml(items, 'https://jobs.example.org/jobs/'))).toBeNull();
    const script = '<script>var ClientGoogleTagManagerDataLayer = [{}];</script>';
    expect(recognizedAdapter(pageFromHtml(`${script}<h1>About us</h1>`, 'https://jobs.example.org/about/'))).toBeNull();
    expect(recognizedAdapter(pageFromHtml(`${script}${items}`, 'https://jobs.example.org/jobs/'))).toBe(madgex);
  });
});
