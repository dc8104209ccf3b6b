import { describe, expect, it } from 'vitest';
import { hron } from '../../lib/sites/hron';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('HR-ON Recruit career pages', () => {
  it("reads each job block: the id its link names, the title (markup in it kept as text), the labelled place (English or Danish), the header's company", () => {
    const { cards } = readPage(hron, loadFixture('hron', 'board.html', 'https://vesterhav.hr-on.com/'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['410001', 'Forward Deployed Robotics AI Engineer', 'Vesterhav Robotics', 'Odense', 'https://vesterhav.hr-on.com/show-job/410001'],
      ['410002', 'Machine Learning Engineer, Perception Platform', 'Vesterhav Robotics', 'Aarhus', 'https://vesterhav.hr-on.com/show-job/410002'],
      ['410003', 'Receptionist <img src=x onerror=alert(1)>', 'Vesterhav Robotics', 'Odense', 'https://vesterhav.hr-on.com/show-job/410003'],
    ]);
  });

  it('takes no bold word without its label for a place', () => {
    const html = '<div class="jobposting"><h2>Data Engineer</h2><p><strong>Python</strong> and SQL</p><a href="/show-job/410009">Read more</a></div>';
    expect(readPage(hron, pageFromHtml(html, 'https://vesterhav.hr-on.com/')).cards.map(({ job }) => [job.id, job.location])).toEqual([['410009', undefined]]);
  });
});

describe('HR-ON Recruit job page', () => {
  it("reads the job's heading (not the company's), the place, the posting", () => {
    const { detail } = readPage(hron, loadFixture('hron', 'job.html', 'https://vesterhav.hr-on.com/show-job/410001?linkref=667820&locale=en_US'));
    expect(detail).toMatchObject({ id: '410001', title: 'Forward Deployed Robotics AI Engineer', company: 'Vesterhav Robotics', location: 'Odense', url: 'https://vesterhav.hr-on.com/show-job/410001' });
    expect(detail!.description).toContain('integrating them with their control systems');
    expect(detail!.description).not.toContain('Application deadline');
  });
});
