import { describe, expect, it } from 'vitest';
import { instahyre } from '../../lib/sites/instahyre';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Instahyre job search', () => {
  it('reads each card: the id its link names, title and company (apart, or split at the first dash), the places after "Job available in"', () => {
    const { cards } = readPage(instahyre, loadFixture('instahyre', 'search.html', 'https://www.instahyre.com/search-jobs/?skills=ml'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['450101', 'ML Platform Engineer', 'TensorGrid', 'Bangalore, Hyderabad', 'https://www.instahyre.com/job-450101-ml-platform-engineer-at-tensorgrid-bangalore/'],
      ['450102', 'Forward Deployed Engineer - GenAI', 'Kaveri Labs', 'Mumbai', 'https://www.instahyre.com/job-450102-forward-deployed-engineer-genai-at-kaveri-labs-mumbai/'],
      ['450103', 'Accounts Executive <img src=x onerror=alert(1)>', 'Lotus Traders', 'Pune', 'https://www.instahyre.com/job-450103-accounts-executive-at-lotus-traders-pune/'],
    ]);
  });

  it("reads the signed-in feed's cards, which have no link, by their skills list's id; none whose skills and link disagree", () => {
    const card = (skills: string, href?: string) => `<div class="employer-block">${href ? `<a id="employer-profile-opportunity" href="${href}">` : ''}
      <div class="employer-details"><div class="employer-job-name"><h2 class="company-name">Lumio - Data Scientist</h2></div></div>
      <div class="job-skills"><ul id="job-skills-${skills}"><li>Python</li></ul></div>${href ? '</a>' : ''}<button id="interested-btn">View »</button></div>`;
    const html = card('431345') + card('431346', '/job-431399-data-scientist-at-lumio-pune/');
    const { cards } = readPage(instahyre, pageFromHtml(html, 'https://www.instahyre.com/candidate/opportunities/?matching=true'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.url])).toEqual([['431345', 'Data Scientist', 'Lumio', undefined]]);
  });
});

describe('Instahyre job page', () => {
  it('reads the heading, the description, the employer and place from the schema.org data', () => {
    const { detail } = readPage(instahyre, loadFixture('instahyre', 'job.html', 'https://www.instahyre.com/job-450102-forward-deployed-engineer-genai-at-kaveri-labs-mumbai/?utm_source=google_jobs_apply'));
    expect(detail).toMatchObject({ id: '450102', title: 'Forward Deployed Engineer - GenAI', company: 'Kaveri Labs', location: 'Mumbai, IN', url: 'https://www.instahyre.com/job-450102-forward-deployed-engineer-genai-at-kaveri-labs-mumbai/' });
    expect(detail!.description).toContain('integrate our document agents with their core systems');
    expect(detail!.description).not.toContain('Apply now');
  });
});
