import { describe, expect, it } from 'vitest';
import { pageup } from '../../lib/sites/pageup';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://careers.pageuppeople.com/915/cw/en/listing/';
const JOB = 'https://careers.pageuppeople.com/915/cw/en/job/561002/industry-ai-engineer-partnerships';

describe('PageUp career sites', () => {
  it("reads each row once (also where the list repeats it): the id its link names, the title (markup in it kept as text), the place, the site's employer; not the summary rows", () => {
    const { cards } = readPage(pageup, loadFixture('pageup', 'listing.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['561001', 'Research Engineer, Machine Learning Platform', 'Harbourside University', 'Sydney, New South Wales'],
      ['561002', 'Industry AI Engineer (Partnerships)', 'Harbourside University', 'Parramatta, New South Wales'],
      ['561003', 'Library Assistant <img src=x onerror=alert(1)>', 'Harbourside University', 'Sydney, New South Wales'],
    ]);
    expect(cards[1].job.url).toBe(JOB);
  });
});

describe('PageUp job page', () => {
  it('reads the heading, the place, the posting, under the id its address and its job number name', () => {
    const { detail } = readPage(pageup, loadFixture('pageup', 'job.html', JOB));
    expect(detail).toMatchObject({ id: '561002', title: 'Industry AI Engineer (Partnerships)', company: 'Harbourside University', location: 'Parramatta, New South Wales', url: JOB });
    expect(detail!.description).toContain('deploying them in their operations');
    expect(readPage(pageup, loadFixture('pageup', 'job.html', 'https://careers.pageuppeople.com/915/cw/en/job/561009/other')).detail).toBeNull();
  });
});

describe("PageUp on an employer's own domain (recognized, for parse and \"Analyze this page\")", () => {
  it("is recognized by PageUp's boot script or its application links, with its list or job page at PageUp's paths", () => {
    const list = loadFixture('pageup', 'listing.html', 'https://jobs.harbourside.example/en/listing/');
    expect(pageup.isJobPage(list.url)).toBe(false);
    expect(recognizedAdapter(list)).toBe(pageup);
    expect(readPage(pageup, list).cards.map(({ job }) => job.id)).toEqual(['561001', '561002', '561003']);
    const job = loadFixture('pageup', 'job.html', 'https://jobs.harbourside.example/en/job/561002/industry-ai-engineer-partnerships');
    expect(recognizedAdapter(job)).toBe(pageup);
    expect(readPage(pageup, job).detail?.id).toBe('561002');
  });

  it('is not recognized without a sign of PageUp', () => {
    const rows = '<table><tbody id="search-results-content"><tr><td><a class="job-link" href="/en/job/561001/x">Data Engineer</a></td></tr></tbody></table>';
    expect(recognizedAdapter(pageFromHtml(rows, 'https://jobs.acme.example/en/listing/'))).toBeNull();
  });
});
