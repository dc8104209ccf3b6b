import { describe, expect, it } from 'vitest';
import { eightyk } from '../../lib/sites/eightyk';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://jobs.80000hours.org/jobs?refinementList%5Btags_area%5D%5B0%5D=AI%20safety%20%26%20policy';
const JOB = 'https://jobs.80000hours.org/jobs?jobPk=21083';

describe('80,000 Hours Job Board', () => {
  it("reads each card under the id its conversation link names: title (markup kept as text), organisation, places", () => {
    const page = loadFixture('eightyk', 'search.html', LIST);
    const { cards, detail } = readPage(eightyk, page);
    expect(cardRows(cards)).toEqual([
      ['21083', 'Research Engineer, Interpretability', 'Aletheia Labs', 'San Francisco Bay Area; Remote, USA'],
      ['21084', 'AI Policy Fellow', 'Institute for Careful Governance', 'Washington, DC'],
      ['21085', 'Operations Associate <img src=x onerror=alert(1)>', 'Fieldstone Foundation', 'London, UK'],
    ]);
    expect(cards[0].job.url).toBe(JOB);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('.font-bold'));
    expect(detail).toBeNull();
  });

  it('reads the job the address names, open in its card, with its description', () => {
    const page = loadFixture('eightyk', 'job.html', JOB);
    const { detail } = readPage(eightyk, page);
    expect(detail).toMatchObject({ id: '21083', title: 'Research Engineer, Interpretability', company: 'Aletheia Labs', url: JOB });
    expect(detail!.description).toContain('sparse autoencoders');
    expect(detail!.element).toBe(page.document.querySelector('.job-card'));
  });

  it('reads no open job where the named card is closed or missing', () => {
    const closed = `<button class="job-card"><a href="https://app.80000hours.org/job/conversation/?jobId=21083">Discuss</a><p class="font-bold">Research Engineer</p></button>`;
    expect(readPage(eightyk, pageFromHtml(closed, JOB)).detail).toBeNull();
    expect(readPage(eightyk, pageFromHtml(closed, 'https://jobs.80000hours.org/jobs?jobPk=99999')).detail).toBeNull();
  });

  it('claims the board, not its other pages', () => {
    expect(eightyk.isJobPage(new URL('https://jobs.80000hours.org/?jobPk=17569'))).toBe(true);
    expect(eightyk.isJobPage(new URL('https://jobs.80000hours.org/about'))).toBe(false);
    expect(eightyk.isJobPage(new URL('https://80000hours.org/jobs'))).toBe(false);
  });
});
