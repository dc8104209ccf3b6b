import { describe, expect, it } from 'vitest';
import { jibe } from '../../lib/sites/jibe';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://careers.amd.com/careers-home/jobs?keywords=machine+learning';
const JOB = 'https://careers.amd.com/careers-home/jobs/81001?lang=en-us';

describe('Jibe career sites (iCIMS)', () => {
  it("reads each result panel: the id its title link names, the title (markup in it kept as text), the employer, every line of its place", () => {
    const { cards } = readPage(jibe, loadFixture('jibe', 'search.html', LIST));
    expect(cardRows(cards)).toEqual([
      ['81001', 'Forward Deployed AI Engineer', 'AMD', 'US, Austin, TX'],
      ['81002', 'ML Inference Performance Engineer', 'AMD', 'IN, Bengaluru Hyderabad'],
      ['81003', 'Facilities Coordinator <img src=x onerror=alert(1)>', 'AMD', 'CA, Markham'],
    ]);
    expect(cards[0].job.url).toBe('https://careers.amd.com/careers-home/jobs/81001');
  });

  it("reads a job page's heading, place and posting, under any of the sites' path prefixes and on its apply step", () => {
    const { detail } = readPage(jibe, loadFixture('jibe', 'job.html', JOB));
    expect(detail).toMatchObject({ id: '81001', title: 'Forward Deployed AI Engineer', company: 'AMD', location: 'Austin, TX', url: 'https://careers.amd.com/careers-home/jobs/81001' });
    expect(detail!.description).toContain('You deploy our LLM inference stack at customer sites');
    expect(readPage(jibe, loadFixture('jibe', 'job.html', 'https://careers.sig.com/technology/jobs/81001/apply')).detail).toMatchObject({ id: '81001', company: 'Susquehanna International Group', url: 'https://careers.sig.com/technology/jobs/81001' });
  });

  it('reads no job while the app has drawn neither the posting nor a panel with a job link', () => {
    expect(readPage(jibe, pageFromHtml('<app-root><h1>Loading…</h1></app-root>', JOB)).detail).toBeNull();
    const panel = '<mat-expansion-panel class="search-result-item"><p class="job-title"><a class="job-title-link" href="/careers-home/saved-jobs">Saved jobs</a></p></mat-expansion-panel>';
    expect(readPage(jibe, pageFromHtml(panel, LIST)).cards).toEqual([]);
  });
});

describe("Jibe sites on other employers' hosts (recognized by the platform's marks, for parse and \"Analyze this page\")", () => {
  it("is recognized with its results or a job's posting, and reads its own addresses' ids", () => {
    const own = loadFixture('jibe', 'search.html', 'https://careers.quasar.example/careers-home/jobs');
    expect(recognizedAdapter(own)).toBe(jibe);
    expect(readPage(jibe, own).cards.map(({ job }) => job.id)).toEqual(['81001', '81002', '81003']);
    const ownJob = loadFixture('jibe', 'job.html', 'https://careers.quasar.example/careers-home/jobs/81001?lang=en-us');
    expect(recognizedAdapter(ownJob)).toBe(jibe);
    expect(readPage(jibe, ownJob).detail?.id).toBe('81001');
  });

  it("is not recognized without the platform's marks, nor on a page of neither kind", () => {
    expect(recognizedAdapter(pageFromHtml('<div class="search-result-item"><a class="job-title-link" href="/jobs/12">X</a></div>', 'https://careers.acme.example/jobs'))).toBeNull();
    expect(recognizedAdapter(pageFromHtml('<script src="https://app.jibecdn.com/prod/search/app.js"></script><h1>Benefits</h1>', 'https://careers.acme.example/benefits'))).toBeNull();
  });
});
