import { describe, expect, it } from 'vitest';
import { devitjobs } from '../../lib/sites/devitjobs';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

const JOB = 'https://swissdevjobs.ch/jobs/Matterhorn-AI-Forward-Deployed-AI-Engineer';

describe('SwissDevJobs, GermanTechJobs and DevITjobs', () => {
  it("reads each card of the virtualised list: the slug its job link names (not the company's or a list's link), title (markup kept as text), company, address", () => {
    const { cards } = readPage(devitjobs, loadFixture('devitjobs', 'list.html', 'https://swissdevjobs.ch/'));
    expect(cardRows(cards)).toEqual([
      ['Matterhorn-AI-Forward-Deployed-AI-Engineer', 'Forward Deployed AI Engineer', 'Matterhorn AI', 'Bahnhofstrasse 10, 8001 Zürich'],
      ['Rhein-Compute-AG-ML-Platform-Engineer', 'ML Platform Engineer', 'Rhein Compute AG', 'Aeschenvorstadt 4, 4051 Basel'],
      ['Alpen-Kaese-AG-Sales-Manager', 'Sales Manager <img src=x onerror=alert(1)>', 'Alpen Käse AG', 'Bern'],
    ]);
    expect(cards[0].job.url).toBe(JOB);
  });

  it("reads a job page's heading, company, address and posting sections, on each of the group's hosts", () => {
    const { detail } = readPage(devitjobs, loadFixture('devitjobs', 'job.html', `${JOB}?utm_source=rss`));
    expect(detail).toMatchObject({ id: 'Matterhorn-AI-Forward-Deployed-AI-Engineer', title: 'Forward Deployed AI Engineer', company: 'Matterhorn AI', location: 'Bahnhofstrasse 10, 8001 Zürich', url: JOB });
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
    expect(readPage(devitjobs, loadFixture('devitjobs', 'job.html', 'https://germantechjobs.de/jobs/Matterhorn-AI-Forward-Deployed-AI-Engineer')).detail?.url).toBe('https://germantechjobs.de/jobs/Matterhorn-AI-Forward-Deployed-AI-Engineer');
  });

  it('reads no job from a heading without its posting (the app between two jobs), nor from a list address', () => {
    expect(readPage(devitjobs, pageFromHtml('<h1 class="super-small-header">Old title</h1>', JOB)).detail).toBeNull();
    expect(readPage(devitjobs, loadFixture('devitjobs', 'job.html', 'https://swissdevjobs.ch/jobs/Python/all')).detail).toBeNull();
  });
});
