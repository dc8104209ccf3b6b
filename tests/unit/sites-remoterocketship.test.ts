import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { remoterocketship } from '../../lib/sites/remoterocketship';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Remote Rocketship lists', () => {
  it("reads each job from its title link (not the company's or the logo's), its company and place from the page's data by company and slug", () => {
    const page = loadFixture('remoterocketship', 'list.html', 'https://www.remoterocketship.com/jobs/machine-learning-engineer/');
    const { cards, detail } = readPage(remoterocketship, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['vela-models/ml-platform-engineer-europe-remote', 'ML Platform Engineer', 'Vela Models', 'Europe', 'https://www.remoterocketship.com/company/vela-models/jobs/ml-platform-engineer-europe-remote/'],
      ['orbit-ai/forward-deployed-engineer-united-states-remote', 'Forward Deployed Engineer', 'Orbit AI', 'United States', 'https://www.remoterocketship.com/company/orbit-ai/jobs/forward-deployed-engineer-united-states-remote/'],
      // Not in the data (a later page the script drew): the title only.
      ['nebula-hr/recruiter-canada-remote', 'Recruiter <img src=x onerror=alert(1)>', undefined, undefined, 'https://www.remoterocketship.com/company/nebula-hr/jobs/recruiter-canada-remote/'],
    ]);
    expect(detail).toBeNull();
  });

  it('reads the links of a page whose data is broken, by their titles', () => {
    const html = '<script id="__NEXT_DATA__" type="application/json">{broken</script><h3><a href="/company/acme/jobs/data-engineer/">Data Engineer</a></h3>';
    expect(readPage(remoterocketship, pageFromHtml(html, 'https://www.remoterocketship.com/')).cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([['acme/data-engineer', 'Data Engineer', undefined]]);
  });
});

describe('Remote Rocketship job page', () => {
  it('reads the JSON-LD first, under the id of the address', () => {
    const page = loadFixture('remoterocketship', 'job.html', 'https://www.remoterocketship.com/company/orbit-ai/jobs/applied-ai-engineer-united-states-remote/');
    const { detail } = readPage(remoterocketship, page);
    expect(detail).toMatchObject({ id: 'orbit-ai/applied-ai-engineer-united-states-remote', title: 'Applied AI Engineer', company: 'Orbit AI', location: 'Remote (United States)' });
    expect(detail!.description).toContain("Own each customer's rollout.");
  });

  it("reads the page's own data where there is no JSON-LD, only when it is this job's", () => {
    const data = (slug: string) => `<h1>Applied AI Engineer</h1><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"jobOpening":{"roleTitle":"Applied AI Engineer","slug":"${slug}","company":{"name":"Orbit AI","slug":"orbit-ai"},"location":"United States","roleDescription":"Deploy agents with customers.","roleRequirements":"Python."}}}}</script>`;
    const url = 'https://www.remoterocketship.com/company/orbit-ai/jobs/applied-ai-engineer/';
    expect(readPage(remoterocketship, pageFromHtml(data('applied-ai-engineer'), url)).detail).toMatchObject({ company: 'Orbit AI', location: 'United States', description: 'Deploy agents with customers.\nPython.' });
    expect(readPage(remoterocketship, pageFromHtml(data('another-job'), url)).detail).toMatchObject({ title: 'Applied AI Engineer', company: undefined, description: undefined });
  });
});
