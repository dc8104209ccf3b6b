import { describe, expect, it } from 'vitest';
import { asml } from '../../lib/sites/asml';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const URL_OF_JOB = 'https://www.asml.com/en/careers/find-your-job/machine-learning-engineer-computational-lithography-j00390001';

describe('ASML Careers', () => {
  it('reads a job page from the Next.js data it was served with: title, place, the posting (markup in it kept as text)', () => {
    const page = loadFixture('asml', 'job.html', `${URL_OF_JOB}?source=linkedin`);
    const { cards, detail } = readPage(asml, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({ id: 'J-00390001', title: 'Machine Learning Engineer - Computational Lithography', company: 'ASML', location: 'Veldhoven, Netherlands', url: URL_OF_JOB });
    expect(detail!.description).toContain('build the shared training platform they run on');
    expect(detail!.description).toContain('Own the model serving stack <img src=x onerror=alert(1)>.');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("does not take another job's data for this page's (a page reached inside the app keeps the first page's data)", () => {
    const other = 'https://www.asml.com/en/careers/find-your-job/field-service-engineer-j00390002';
    const { detail } = readPage(asml, loadFixture('asml', 'job.html', other));
    expect(detail?.title).not.toBe('Machine Learning Engineer - Computational Lithography');
  });

  it('reads JobPosting data where the page has no Next.js data for the job', () => {
    const html = '<script type="application/ld+json">{"@type":"JobPosting","title":"Data Scientist","description":"<p>Model yield.</p>","jobLocation":{"address":{"addressLocality":"Wilton","addressCountry":"US"}}}</script><h1>Data Scientist</h1>';
    expect(readPage(asml, pageFromHtml(html, 'https://www.asml.com/en/careers/find-your-job/data-scientist-j00390003')).detail).toMatchObject({
      id: 'J-00390003',
      title: 'Data Scientist',
      company: 'ASML',
      location: 'Wilton, US',
      description: 'Model yield.',
    });
  });

  it('reads no job without its data or a posting, and only job pages', () => {
    expect(readPage(asml, pageFromHtml('<h1>Find your job</h1>', URL_OF_JOB)).detail).toBeNull();
    expect(asml.isJobPage(new URL('https://www.asml.com/en/careers/find-your-job?job_country=Netherlands'))).toBe(false);
    expect(asml.isJobPage(new URL('https://www.asml.com/en/careers'))).toBe(false);
  });
});
