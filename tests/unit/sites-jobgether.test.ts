import { describe, expect, it } from 'vitest';
import { jobgether } from '../../lib/sites/jobgether';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://jobgether.com/search-offers?keyword=machine%20learning';
const JOB = 'https://jobgether.com/offer/6b1f0a2e490731f1e19a3fc6-forward-deployed-ai-engineer';

describe('Jobgether searches', () => {
  it("reads each offer's link: the object id it names, the title it carries (markup in it kept as text), the company linked beside it", () => {
    const { cards } = readPage(jobgether, loadFixture('jobgether', 'search.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.url])).toEqual([
      ['6b1f0a2e490731f1e19a3fc6', 'Forward Deployed AI Engineer', 'Harborlight AI', JOB],
      ['6b1f0a2e490731f1e19a3fc7', 'ML Platform Engineer', 'Quartz Compute', 'https://jobgether.com/offer/6b1f0a2e490731f1e19a3fc7-ml-platform-engineer'],
      ['6b1f0a2e490731f1e19a3fc8', 'Customer Support Agent <img src=x onerror=alert(1)>', 'Meadow Retail', 'https://jobgether.com/offer/6b1f0a2e490731f1e19a3fc8-customer-support-agent'],
    ]);
  });

  it("names no company where the nearest company link is shared by several offers", () => {
    const html = `<section><p><a href="/remote-jobs/company-acme">Acme</a></p>
      <div><a href="/offer/6b1f0a2e490731f1e19a3fd1-a" title="Data Engineer">Data Engineer</a></div>
      <div><a href="/offer/6b1f0a2e490731f1e19a3fd2-b" title="ML Engineer">ML Engineer</a></div></section>`;
    expect(readPage(jobgether, pageFromHtml(html, LIST)).cards.map(({ job }) => [job.title, job.company])).toEqual([
      ['Data Engineer', undefined],
      ['ML Engineer', undefined],
    ]);
  });
});

describe('Jobgether offer page', () => {
  it('reads its schema.org job, badged at the heading that shows the title', () => {
    const { detail } = readPage(jobgether, loadFixture('jobgether', 'offer.html', JOB));
    expect(detail).toMatchObject({ id: '6b1f0a2e490731f1e19a3fc6', title: 'Forward Deployed AI Engineer', company: 'Harborlight AI', url: JOB });
    expect(detail!.description).toContain("Adapt retrieval to each customer's data");
    expect(detail!.badgeAnchor?.tagName).toBe('H1');
  });
});
