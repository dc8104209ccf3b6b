import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { talent } from '../../lib/sites/talent';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Talent.com lists', () => {
  it('reads each card by its numeric id: the title (no link), company and place; the job page address by that id', () => {
    const page = loadFixture('talent', 'jobs.html', 'https://ca.talent.com/jobs?k=machine+learning+engineer&l=ontario');
    const { cards, detail } = readPage(talent, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['640100200300400501', 'Machine Learning Engineer, Inference Platform', 'Maple Models Inc.', 'Toronto, ON, CA', 'https://ca.talent.com/view?id=640100200300400501'],
      // Its "Show more" link names the job by its older hex id: the same job.
      ['640100200300400502', 'Forward Deployed Engineer', 'Northlake AI', 'Remote', 'https://ca.talent.com/view?id=640100200300400502'],
      ['640100200300400503', 'Payroll Clerk <img src=x onerror=alert(1)>', 'Bay & Sons', undefined, 'https://ca.talent.com/view?id=640100200300400503'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h2.JobCard_title__X32Qk'));
    expect(detail).toBeNull();
  });

  it("reads Neuvoo's cards of before 2024, and none whose link names another job", () => {
    const html = `<div class="card card__job" data-id="a1b2c3d4e5f6"><h2 class="card__job-title">Data Engineer</h2><div class="card__job-empname-label">Acme</div><div class="card__job-location">Calgary, AB</div></div>
      <div data-new-id="640100200300400509"><h2>ML Engineer</h2><a href="/view?id=640100200300400510">Show more</a></div>`;
    const { cards } = readPage(talent, pageFromHtml(html, 'https://www.talent.com/jobs?k=data'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['a1b2c3d4e5f6', 'Data Engineer', 'Acme', 'Calgary, AB']]);
  });
});

describe('Talent.com job page', () => {
  it('reads the heading, the company and place under it, and the posting after its label', () => {
    const page = loadFixture('talent', 'job.html', 'https://ca.talent.com/view?id=640100200300400504&source=email');
    const { detail } = readPage(talent, page);
    expect(detail).toMatchObject({ id: '640100200300400504', title: 'AI Solutions Engineer', company: 'Northlake AI', location: 'Montréal, QC', url: 'https://ca.talent.com/view?id=640100200300400504' });
    expect(detail!.description).toContain('integrate our language models into their claims workflows');
    expect(detail!.description).not.toContain('CA$140,000');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("reads a page's JSON-LD for this job when the page draws no company line", () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","url":"https://ca.talent.com/view?id=640100200300400511",
      "hiringOrganization":{"name":"Acme"},"jobLocation":{"address":{"addressLocality":"Calgary","addressRegion":"AB"}},"description":"<p>Pipelines.</p>"}</script><h1>Data Engineer</h1>`;
    expect(readPage(talent, pageFromHtml(html, 'https://ca.talent.com/fr/view?id=640100200300400511')).detail).toMatchObject({
      title: 'Data Engineer',
      company: 'Acme',
      description: 'Pipelines.',
      url: 'https://ca.talent.com/fr/view?id=640100200300400511',
    });
  });

  it('reads no company or place from a line under the heading that is not "company • place"', () => {
    const html = '<div><h1>Data Engineer</h1></div><div><span>Acme</span><span>•</span><span></span></div><div><span>Salary</span><span>CA$90,000</span></div>';
    expect(readPage(talent, pageFromHtml(html, 'https://ca.talent.com/view?id=640100200300400512')).detail).toMatchObject({ title: 'Data Engineer', company: undefined, location: undefined });
  });

  it('reads no job where the address names none', () => {
    expect(readPage(talent, pageFromHtml('<h1>Jobs</h1>', 'https://ca.talent.com/view?id=not-an-id')).detail).toBeNull();
  });
});
