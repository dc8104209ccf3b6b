import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { talemetry } from '../../lib/sites/talemetry';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://careers.leidos.com/search/jobs/in?q=ai';
const JOB = 'https://careers.leidos.com/jobs/18200671-ai-ml-engineer-mission-software';

describe('Talemetry careers sites: results', () => {
  it("reads each result's title link (relative or absolute), the place labelled or in the last plain cell, a labelled company, markup kept as text", () => {
    const page = loadFixture('talemetry', 'search.html', SEARCH);
    const { cards, detail } = readPage(talemetry, page);
    expect(cardRows(cards)).toEqual([
      ['18200671', 'AI/ML Engineer - Mission Software', 'Leidos Innovations Center', 'Reston, Virginia, United States'],
      ['18200672', 'Forward Deployed Data Engineer', 'Leidos', 'Huntsville, AL'],
      // The date cell and the "Learn More" link beside the place are no place.
      ['18200673', 'Facilities Technician <script>alert(1)</script>', 'Leidos', 'Colorado Springs, CO'],
    ]);
    expect(cards[0].job.url).toBe(JOB);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a[href^="/jobs/18200671"]'));
    expect(detail).toBeNull();
  });

  it('reads a card on any *.ttcportals.com host, under the page its host names', () => {
    const html = `<div class="jobs-section__list"><div class="jobs-section__item"><div class="row"><div class="large-3 columns"><a href="/jobs/18015549-data-scientist">Data Scientist</a></div><div class="large-2 columns">Location: Cleveland, OH</div></div></div></div>`;
    const { cards } = readPage(talemetry, pageFromHtml(html, 'https://parkercareers.ttcportals.com/jobs/search?page=2'));
    expect(cards.map(({ job }) => [job.id, job.title, job.location, job.url])).toEqual([
      ['18015549', 'Data Scientist', 'Cleveland, OH', 'https://parkercareers.ttcportals.com/jobs/18015549-data-scientist'],
    ]);
  });

  it("reads no card whose link is another host's or an action's", () => {
    const html = `<div class="jobs-section__item"><a href="https://www.acme-energy.example/jobs/17870993-x">Other site</a><a href="/jobs/18200699-y">Learn more</a></div>`;
    expect(readPage(talemetry, pageFromHtml(html, SEARCH)).cards).toEqual([]);
  });
});

describe('Talemetry careers sites: job pages', () => {
  it('reads the heading, the posting, the JSON-LD place, under the id in the address (not the requisition)', () => {
    const page = loadFixture('talemetry', 'job.html', `${JOB}?tm_src=1`);
    const { detail } = readPage(talemetry, page);
    expect(detail).toMatchObject({ id: '18200671', title: 'AI/ML Engineer - Mission Software', company: 'Leidos', location: 'Reston, Virginia, United States', url: JOB });
    expect(detail!.description).toContain('Optimize model serving latency on GPU clusters.');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("reads the labelled place of a page without JSON-LD, and nothing on a page that shows no job", () => {
    const html = `<div class="job-details-inner-js"><h1>Senior Data Engineer</h1><div class="job-details__main"><p>Job ID: R26_1<br>Location: Hyderabad, TS, India</p></div><div class="job-description">Build the pipelines.</div></div>`;
    const { detail } = readPage(talemetry, pageFromHtml(html, 'https://www.cdwjobs.com/jobs/17992082-senior-data-engineer'));
    expect(detail).toMatchObject({ id: '17992082', title: 'Senior Data Engineer', company: 'CDW', location: 'Hyderabad, TS, India', description: 'Build the pipelines.' });
    expect(readPage(talemetry, pageFromHtml('<p>No job</p>', 'https://www.cdwjobs.com/jobs/17992082-senior-data-engineer')).detail).toBeNull();
  });
});

describe("Talemetry careers sites on an employer's own domain", () => {
  it('is recognized by its script pack or markup on its own paths, not elsewhere', () => {
    expect(recognizedAdapter(loadFixture('talemetry', 'search.html', 'https://careers.acme-energy.example/search/jobs'))).toBe(talemetry);
    expect(recognizedAdapter(loadFixture('talemetry', 'job.html', 'https://careers.acme-energy.example/jobs/18300001-ml-engineer'))).toBe(talemetry);
    expect(recognizedAdapter(loadFixture('talemetry', 'search.html', 'https://careers.acme-energy.example/pages/benefits'))).toBeNull();
  });

  it('claims list and job pages on its hosts, not the apply step', () => {
    const is = (url: string) => talemetry.isJobPage(new URL(url));
    expect(is('https://careers.hitachi.com/search/hitachi-vantara-india-private-limited/jobs')).toBe(true);
    expect(is('https://jobs.saic.com/search/software/jobs?q=tester')).toBe(true);
    expect(is(`${JOB}/apply?tm_src=0`)).toBe(false);
    expect(is('https://careers.acme-energy.example/search/jobs')).toBe(false);
  });
});
