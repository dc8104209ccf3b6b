import { describe, expect, it } from 'vitest';
import { jobscore } from '../../lib/sites/jobscore';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://careers.jobscore.com/careers/tesserarobotics';
const JOB = 'https://careers.jobscore.com/careers/tesserarobotics/jobs/forward-deployed-engineer-robotics-ai-zY8xW6vU4t-S2rQ0pO8nM6';

describe('JobScore career sites', () => {
  it("reads each job row: the id (its address's last 22 characters) its row and link agree on, the title (markup in it kept as text), the place, the site's company", () => {
    const { cards } = readPage(jobscore, loadFixture('jobscore', 'careers.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['aB3dE5fG7hJ9kL1mN3pQ5r', 'ML Inference Engineer', 'Tessera Robotics', 'Pittsburgh, PA'],
      ['zY8xW6vU4t-S2rQ0pO8nM6', 'Forward Deployed Engineer, Robotics AI', 'Tessera Robotics', 'Remote in Austin, Texas, United States'],
      ['qW1eR2tY3uI4oP5aS6dF7g', 'Office Manager <svg/onload=alert(1)>', 'Tessera Robotics', 'Pittsburgh, PA'],
    ]);
    expect(cards[1].job.url).toBe(JOB);
  });

  it('keeps the id when the title in the address changes, and reads no row whose data and link name different jobs', () => {
    expect(jobscore.isJobPage(new URL('https://careers.jobscore.com/careers/tesserarobotics/jobs/zY8xW6vU4t-S2rQ0pO8nM6'))).toBe(true);
    const row = `<div class="js-job-list-item" data-url="/careers/acme/jobs/data-engineer-aB3dE5fG7hJ9kL1mN3pQ5r"><span class="js-job-title"><a href="/careers/acme/jobs/data-engineer-qW1eR2tY3uI4oP5aS6dF7g">Data Engineer</a></span></div>`;
    expect(readPage(jobscore, pageFromHtml(row, 'https://careers.jobscore.com/careers/acme')).cards).toEqual([]);
  });
});

describe('JobScore job page', () => {
  it('reads the title, the place between department and kind of work, the description, the company it is hiring for', () => {
    const { detail } = readPage(jobscore, loadFixture('jobscore', 'job.html', `${JOB}?ref=rss`));
    expect(detail).toMatchObject({ id: 'zY8xW6vU4t-S2rQ0pO8nM6', title: 'Forward Deployed Engineer, Robotics AI', company: 'Tessera Robotics', location: 'Remote in Austin, Texas, United States', url: JOB });
    expect(detail!.description).toContain('adapting our picking models to their sites');
    expect(detail!.description).not.toContain('Apply for this job');
  });
});

describe("JobScore on a company's own domain (recognized by its generator tag, for parse and \"Analyze this page\")", () => {
  it("is recognized on JobScore's paths with its list or job markup, and reads its own addresses' ids", () => {
    const own = loadFixture('jobscore', 'careers.html', 'https://careers.tessera-robotics.example/careers/tesserarobotics');
    expect(jobscore.isJobPage(own.url)).toBe(false);
    expect(recognizedAdapter(own)).toBe(jobscore);
    expect(readPage(jobscore, own).cards).toHaveLength(3);
    const ownJob = loadFixture('jobscore', 'job.html', 'https://careers.tessera-robotics.example/careers/tesserarobotics/jobs/forward-deployed-engineer-robotics-ai-zY8xW6vU4t-S2rQ0pO8nM6');
    expect(recognizedAdapter(ownJob)).toBe(jobscore);
    expect(readPage(jobscore, ownJob).detail?.id).toBe('zY8xW6vU4t-S2rQ0pO8nM6');
  });

  it('is not recognized elsewhere on such a domain, nor without the tag', () => {
    expect(recognizedAdapter(loadFixture('jobscore', 'careers.html', 'https://careers.tessera-robotics.example/about'))).toBeNull();
    const untagged = '<div class="js-job-list-item" data-url="/careers/acme/jobs/data-engineer-aB3dE5fG7hJ9kL1mN3pQ5r"><span class="js-job-title"><a href="/careers/acme/jobs/data-engineer-aB3dE5fG7hJ9kL1mN3pQ5r">Data Engineer</a></span></div>';
    expect(recognizedAdapter(pageFromHtml(untagged, 'https://jobs.acme.example/careers/acme'))).toBeNull();
  });
});
