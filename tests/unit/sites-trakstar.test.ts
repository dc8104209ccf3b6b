import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { trakstar } from '../../lib/sites/trakstar';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Trakstar Hire career pages', () => {
  it("reads each job card: the code its data and link agree on, the title (markup in it kept as text), the place's parts, the list's company", () => {
    const { cards } = readPage(trakstar, loadFixture('trakstar', 'board.html', 'https://quarrystone.hire.trakstar.com/'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['fk0qa1b', 'Forward Deployed AI Engineer', 'Quarrystone AI', 'Denver, CO, United States', 'https://quarrystone.hire.trakstar.com/jobs/fk0qa1b/'],
      ['fk0qa2c', 'Senior ML Engineer, Training Platform', 'Quarrystone AI', 'Remote', 'https://quarrystone.hire.trakstar.com/jobs/fk0qa2c/'],
      ['fk0qa3d', 'Bookkeeper <iframe srcdoc=x>', 'Quarrystone AI', 'Denver', 'https://quarrystone.hire.trakstar.com/jobs/fk0qa3d/'],
    ]);
  });

  it('reads no card whose data and link name different jobs', () => {
    const html = '<div class="js-careers-page-job-list-item" data-href="/jobs/fk0qa1b/"><a href="/jobs/fk0qa9z/"><h3 class="js-job-list-opening-name">Data Engineer</h3></a></div>';
    expect(readPage(trakstar, pageFromHtml(html, 'https://quarrystone.hire.trakstar.com/?p=2')).cards).toEqual([]);
  });
});

describe('Trakstar Hire job page', () => {
  it('reads the title, the place, the description (under its vendor-spelled class), the company from the subdomain', () => {
    const { detail } = readPage(trakstar, loadFixture('trakstar', 'job.html', 'https://quarrystone.hire.trakstar.com/jobs/fk0qa1b/?utm_source=google_jobs_apply'));
    expect(detail).toMatchObject({ id: 'fk0qa1b', title: 'Forward Deployed AI Engineer', company: 'Quarrystone', location: 'Denver, CO, United States', url: 'https://quarrystone.hire.trakstar.com/jobs/fk0qa1b/' });
    expect(detail!.description).toContain('fit our document-understanding models to their workflows');
    expect(detail!.description).not.toContain('Apply for this position');
  });

  it('reads nothing on the application form or a removed job', () => {
    expect(trakstar.isJobPage(new URL('https://quarrystone.hire.trakstar.com/jobs/fk0qa1b/apply/'))).toBe(false);
    expect(readPage(trakstar, pageFromHtml('<p>This job is no longer available.</p>', 'https://quarrystone.hire.trakstar.com/jobs/fk0qa1b/')).detail).toBeNull();
  });
});
