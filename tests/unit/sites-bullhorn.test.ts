import { describe, expect, it } from 'vitest';
import { bullhorn } from '../../lib/sites/bullhorn';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { pageFromHtml } from './site-fixture';

const PORTAL = 'https://www.tallis-staffing.example/careers/';

const LIST = `<title>Tallis Staffing - Careers</title>
  <app-root><app-main-page><div class="list"><app-job-list><novo-list direction="vertical">
    <div class="job-card"><novo-list-item><item-header><item-title><a href="jobs/40123">Forward Deployed AI Engineer</a></item-title></item-header>
      <item-header-end><span class="mid-card"><i class="bhi-location"></i> Austin , TX</span><span class="mid-card">Contract</span></item-header-end></novo-list-item>
      <span class="category">Engineering</span><span class="description">Deploy our client's models with its customers.</span></div>
    <div class="job-card"><novo-list-item><item-header><item-title><a href="jobs/40124">Payroll Clerk &lt;img src=x onerror=alert(1)&gt;</a></item-title></item-header></novo-list-item></div>
    <div class="job-card"><novo-list-item><item-header><item-title><a href="/careers/">All jobs</a></item-title></item-header></novo-list-item></div>
  </novo-list></app-job-list></div></app-main-page></app-root>`;

const JOB = `<title>Tallis Staffing - Careers</title>
  <app-root><div class="background"><div class="job-container"><div class="job-header"><span class="job-title">Forward Deployed AI Engineer</span><br>
    <div class="job-info-container"><span class="job-info"><i class="bhi-location"></i> Austin , TX</span></div></div>
    <div class="job-description-text"><p>Work on site with our client's customers and deploy its agents.</p></div></div></div></app-root>
  <script type="application/ld+json">{"@type":"JobPosting","title":"Payroll Clerk","hiringOrganization":{"name":"Tallis Staffing"}}</script>
  <script type="application/ld+json">{"@type":"JobPosting","title":"Forward Deployed AI Engineer","hiringOrganization":{"@type":"Organization","name":"Tallis Staffing LLC"},"jobLocation":{"@type":"Place","address":{"addressLocality":"Austin","addressRegion":"TX"}}}</script>`;

describe("Bullhorn career portals on agencies' own sites (recognized by the app's markup, for parse and \"Analyze this page\")", () => {
  it('reads each job card: the id its title link routes to, the title (markup in it kept as text), the place by its icon, the agency', () => {
    const page = pageFromHtml(LIST, PORTAL);
    expect(recognizedAdapter(page)).toBe(bullhorn);
    expect(readPage(bullhorn, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['40123', 'Forward Deployed AI Engineer', 'Tallis Staffing', 'Austin , TX', `${PORTAL}#/jobs/40123`],
      ['40124', 'Payroll Clerk <img src=x onerror=alert(1)>', 'Tallis Staffing', undefined, `${PORTAL}#/jobs/40124`],
    ]);
  });

  it("reads the job the portal shows at #/jobs/ID, with the employer from the JSON-LD the app appended for it (not an earlier job's)", () => {
    const page = pageFromHtml(JOB, `${PORTAL}#/jobs/40123`);
    expect(recognizedAdapter(page)).toBe(bullhorn);
    expect(readPage(bullhorn, page).detail).toMatchObject({
      id: '40123',
      title: 'Forward Deployed AI Engineer',
      company: 'Tallis Staffing LLC',
      location: 'Austin , TX',
      description: "Work on site with our client's customers and deploy its agents.",
    });
  });

  it("reads the older AngularJS portal's cards", () => {
    const html = `<html data-ng-app="CareerPortal"><body><section class="job-list"><div class="card-wrapper">
      <a class="card slide-up-item" href="#/jobs/311"><span class="card-title-category"><span class="card-title">ML Engineer</span><span class="card-category">IT</span></span>
        <span class="card-location">Denver, CO</span><span class="card-type">Contract</span></a></div></section></body></html>`;
    const page = pageFromHtml(html, PORTAL);
    expect(recognizedAdapter(page)).toBe(bullhorn);
    expect(readPage(bullhorn, page).cards.map(({ job }) => [job.id, job.title, job.location])).toEqual([['311', 'ML Engineer', 'Denver, CO']]);
  });

  it('is not recognized on a page without the app', () => {
    expect(recognizedAdapter(pageFromHtml('<div class="job-card"><a href="jobs/1">X</a></div>', PORTAL))).toBeNull();
  });
});
