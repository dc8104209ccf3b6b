import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { talentbrew } from '../../lib/sites/talentbrew';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://jobs.intuit.com/search-jobs?k=ai';
const JOB = 'https://jobs.intuit.com/job/new-york/forward-deployed-ai-engineer/27595/96100000102';

describe('TalentBrew career sites (Radancy)', () => {
  it("reads each result: the id last in its link's path (not the card's own data-job-id), the title (markup in it kept as text), the place, the site's employer; not the jobs viewed beside the results", () => {
    const { cards } = readPage(talentbrew, loadFixture('talentbrew', 'search-jobs.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['96100000101', 'Staff ML Engineer, GenAI Platform', 'Intuit', 'Mountain View, California'],
      ['96100000102', 'Forward Deployed AI Engineer', 'Intuit', 'New York, New York'],
      ['96100000103', 'Payroll Specialist <img src=x onerror=alert(1)>', 'Intuit', 'Multiple Locations'],
    ]);
    expect(cards[1].job.url).toBe(JOB);
  });

  it("reads the other designs' results: a title link beside its place (Boeing), a title heading around its link (Ford)", () => {
    const html = `<section id="search-results"><div id="search-results-list"><ul>
        <li><a class="search-results__job-link" href="/job/bengaluru/associate-ai-ml-engineer/185/97556420896" data-job-id="97556420896"><span class="search-results__job-title">Associate AI/ML Engineer</span></a>
          <span class="search-results__job-info location">Bengaluru, India</span><span class="search-results__job-info date">07/09/2026</span></li>
        <li class="search-results-list__item"><h2 class="search-results-list__job-title"><a href="/en/job/chennai/data-engineer/185/97602976592">Data Engineer</a></h2>
          <ul class="search-results-list__job-info-list"><li class="search-results-list__job-info job-location">Chennai, India</li></ul></li>
        <li><a href="/search-jobs?p=2">Next page</a></li>
      </ul></div></section>`;
    const { cards } = readPage(talentbrew, pageFromHtml(html, 'https://jobs.boeing.com/search-jobs/India/185/2/1269750'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['97556420896', 'Associate AI/ML Engineer', 'Boeing', 'Bengaluru, India'],
      ['97602976592', 'Data Engineer', 'Boeing', 'Chennai, India'],
    ]);
  });

  it("reads a results table a row per job (Disney's): the heading in its link, the place; not the table's header row", () => {
    const html = `<section id="search-results" data-total-job-results="2"><section id="search-results-list"><table>
        <thead><tr><th scope="col">Job Title</th><th scope="col">Date</th><th scope="col">Location</th></tr></thead>
        <tbody>
          <tr><td><a href="/job/glendale/machine-learning-engineer-personalization/391/98100000001" data-job-id="98100000001"><h2>Machine Learning Engineer, Personalization</h2></a></td>
            <td><span class="job-date-posted">Jul. 27, 2026</span></td><td><span class="job-location">Glendale,  California,  United States</span></td></tr>
          <tr><td><a href="/job/orlando/ride-operator-seasonal/391/98100000002" data-job-id="98100000002"><h2>Ride Operator &lt;b&gt;Seasonal&lt;/b&gt;</h2></a></td>
            <td><span class="job-date-posted">Jul. 26, 2026</span></td><td><span class="job-location">Orlando, Florida, United States</span></td></tr>
        </tbody></table></section></section>`;
    const { cards } = readPage(talentbrew, pageFromHtml(html, 'https://jobs.disneycareers.com/search-jobs'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['98100000001', 'Machine Learning Engineer, Personalization', 'Disney', 'Glendale, California, United States'],
      ['98100000002', 'Ride Operator <b>Seasonal</b>', 'Disney', 'Orlando, Florida, United States'],
    ]);
  });

  it("reads a card with a second link to the same job (ING's icon button) once", () => {
    const html = `<section id="search-results"><ul class="search-results__list">
        <li class="search-results-item vacancy-item"><a href="/en/job/amsterdam/ai-platform-engineer/3121/41100000001" data-job-id="41100000001"><h2 class="vacancy-item__title">AI Platform Engineer</h2></a>
          <span class="job-location">Amsterdam, Netherlands</span>
          <a class="btn btn-icon" href="/en/job/amsterdam/ai-platform-engineer/3121/41100000001" data-job-id="41100000001" aria-label="View job"></a></li>
      </ul></section>`;
    const { cards } = readPage(talentbrew, pageFromHtml(html, 'https://careers.ing.com/en/search-jobs'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['41100000001', 'AI Platform Engineer', 'ING', 'Amsterdam, Netherlands', 'https://careers.ing.com/en/job/amsterdam/ai-platform-engineer/3121/41100000001'],
    ]);
  });
});

describe('TalentBrew job page', () => {
  it('reads the schema.org title over a section heading that only says "Job Description", the employer, the place and the posting', () => {
    const { detail } = readPage(talentbrew, loadFixture('talentbrew', 'job.html', JOB));
    expect(detail).toMatchObject({ id: '96100000102', title: 'Forward Deployed AI Engineer', company: 'Intuit', location: 'New York, United States', url: JOB });
    expect(detail!.description).toContain('deploy our AI agents into their accounting systems');
    expect(detail!.description).not.toContain('Payroll Specialist');
  });

  it('reads a page without schema.org data by its section, heading, place and posting', () => {
    const html = `<section class="job-description" data-org-id="185" data-job-id="97595724928"><h1 class="job-description__job-title">Experienced Software Engineer</h1>
      <span class="job-description__job-location">Bengaluru, Karnataka</span><div class="ats-description"><p>Build tools.</p></div></section>`;
    const { detail } = readPage(talentbrew, pageFromHtml(html, 'https://jobs.boeing.com/job/bengaluru/experienced-software-engineer/185/97595724928'));
    expect(detail).toMatchObject({ id: '97595724928', title: 'Experienced Software Engineer', company: 'Boeing', location: 'Bengaluru, Karnataka', description: 'Build tools.' });
    expect(detail!.badgeAnchor?.tagName).toBe('H1');
  });

  it('reads no job where the page shows neither the job nor its data', () => {
    expect(readPage(talentbrew, pageFromHtml('<h1>This job has been filled</h1>', 'https://jobs.boeing.com/job/bengaluru/x/185/97595724928')).detail).toBeNull();
  });
});

describe("TalentBrew sites on other employers' hosts (recognized by the platform's marks, for parse and \"Analyze this page\")", () => {
  it("is recognized with its results or a job page at the platform's paths, and reads its own addresses' ids", () => {
    const own = loadFixture('talentbrew', 'search-jobs.html', 'https://careers.acme-robotics.example/search-jobs');
    expect(talentbrew.isJobPage(own.url)).toBe(false);
    expect(recognizedAdapter(own)).toBe(talentbrew);
    expect(readPage(talentbrew, own).cards.map(({ job }) => job.id)).toEqual(['96100000101', '96100000102', '96100000103']);
    const ownJob = loadFixture('talentbrew', 'job.html', 'https://careers.acme-robotics.example/job/new-york/forward-deployed-ai-engineer/27595/96100000102');
    expect(recognizedAdapter(ownJob)).toBe(talentbrew);
    expect(readPage(talentbrew, ownJob).detail).toMatchObject({ id: '96100000102', company: 'Intuit' });
  });

  it("is not recognized without the platform's marks, nor on a page of neither kind", () => {
    expect(recognizedAdapter(pageFromHtml('<section id="search-results"><a href="/job/x/y/1/2">Y</a></section>', 'https://jobs.acme.example/search-jobs'))).toBeNull();
    expect(recognizedAdapter(pageFromHtml('<meta name="search-analytics-total-jobs" content="0"><h1>Benefits</h1>', 'https://jobs.acme.example/benefits'))).toBeNull();
  });
});
