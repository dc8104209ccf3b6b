import { describe, expect, it } from 'vitest';
import { freshteam } from '../../lib/sites/freshteam';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Freshteam job boards', () => {
  it('reads each job link by its id: the title, the place shown (not the kind of work, not the filters\' place), the board\'s company', () => {
    const { cards } = readPage(freshteam, loadFixture('freshteam', 'jobs.html', 'https://tessellate.freshteam.com/jobs'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['Ab3dE5fG7h9J', 'ML Platform Engineer', 'Tessellate Labs', 'Bengaluru, Karnataka', 'https://tessellate.freshteam.com/jobs/Ab3dE5fG7h9J/ml-platform-engineer'],
      ['_-Kq9Lm2Np4R', 'Forward Deployed Engineer (Remote)', 'Tessellate Labs', 'Remote', 'https://tessellate.freshteam.com/jobs/_-Kq9Lm2Np4R/forward-deployed-engineer-remote'],
      ['Zz9yX8wV7u6T', 'Office Admin <svg onload=alert(1)>', 'Tessellate Labs', 'Mumbai, India', 'https://tessellate.freshteam.com/jobs/Zz9yX8wV7u6T/office-admin'],
    ]);
  });

  it("reads the older theme's three links per job, the company from the subdomain when the page names none", () => {
    const html = `<ul><li class="heading"><a class="job-title" href="/jobs/Qw3eR5tY7u9I/data-engineer">Data Engineer</a>
      <a class="job-desc" href="/jobs/Qw3eR5tY7u9I/data-engineer">Pipelines.</a><a class="location-info" href="/jobs/Qw3eR5tY7u9I/data-engineer">Chennai</a></li></ul>`;
    const { cards } = readPage(freshteam, pageFromHtml(html, 'https://crimson-labs.freshteam.com/jobs'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['Qw3eR5tY7u9I', 'Data Engineer', 'Crimson Labs', 'Chennai']]);
  });
});

describe('Freshteam job page', () => {
  it('reads the header, the places shown, the posting without the application form', () => {
    const { detail } = readPage(freshteam, loadFixture('freshteam', 'job.html', 'https://tessellate.freshteam.com/jobs/_-Kq9Lm2Np4R/forward-deployed-engineer-remote?ft_source=1'));
    expect(detail).toMatchObject({
      id: '_-Kq9Lm2Np4R',
      title: 'Forward Deployed Engineer (Remote)',
      company: 'Tessellate Labs',
      location: 'Pune, India; Remote, India',
      url: 'https://tessellate.freshteam.com/jobs/_-Kq9Lm2Np4R/forward-deployed-engineer-remote',
    });
    expect(detail!.description).toContain('deploy our document AI into their workflows');
    expect(detail!.description).not.toContain('Resume upload');
  });
});
