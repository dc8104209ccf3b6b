import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { tesla } from '../../lib/sites/tesla';
import { loadFixture, pageFromHtml } from './site-fixture';

const JOB = 'https://www.tesla.com/careers/search/job/machine-learning-engineer-autopilot-perception-271845';

describe('Tesla careers search', () => {
  it('reads each row by the readable part of its classes: the title link whole (matched words in spans), the place', () => {
    const page = loadFixture('tesla', 'search.html', 'https://www.tesla.com/careers/search/?query=learning&site=US');
    const { cards, detail } = readPage(tesla, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['271845', 'Machine Learning Engineer, Autopilot Perception', 'Tesla', 'Palo Alto, California', JOB],
      ['272001', 'Service Advisor <b>Night Shift</b>', 'Tesla', 'Fremont, California', 'https://www.tesla.com/careers/search/job/service-advisor-night-shift-272001'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a[class*="TitleLink"]'));
    expect(page.document.querySelectorAll('b').length).toBe(0);
    expect(detail).toBeNull();
  });

  it('reads the table rows of 2022–23, under a locale', () => {
    const html = `<table><tr class="tds-table-row"><td><a href="/en_CA/careers/search/job/data-engineer-123456">Data Engineer</a></td><td>Energy</td><td>Toronto, Ontario</td></tr></table>`;
    const { cards } = readPage(tesla, pageFromHtml(html, 'https://www.tesla.com/en_CA/careers/search/'));
    expect(cards.map(({ job }) => [job.id, job.title, job.location])).toEqual([['123456', 'Data Engineer', 'Toronto, Ontario']]);
  });
});

describe('Tesla job page', () => {
  it("reads the job as a posting under its heading, under the address's id", () => {
    const page = loadFixture('tesla', 'job.html', JOB);
    const { detail } = readPage(tesla, page);
    expect(detail).toMatchObject({ id: '271845', title: 'Machine Learning Engineer, Autopilot Perception', company: 'Tesla', url: JOB });
    expect(detail!.description).toContain('Train, evaluate and ship neural networks for object detection, occupancy and lanes.');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("reads nothing from the error page of a job that is gone, nor from the apply form's address", () => {
    expect(readPage(tesla, pageFromHtml('<h1>An error has occurred</h1><p>The website encountered an unexpected error.</p>', JOB)).detail).toBeNull();
    expect(tesla.isJobPage(new URL('https://www.tesla.com/careers/search/job/apply/271845'))).toBe(false);
  });
});
