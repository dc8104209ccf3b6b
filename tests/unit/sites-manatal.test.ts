import { describe, expect, it } from 'vitest';
import { manatal } from '../../lib/sites/manatal';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://lumenrelay.careers-page.com/';
const JOB = 'https://lumenrelay.careers-page.com/jobs/3f1c2b7a-9d4e-4c1b-8a2f-6e5d4c3b2a19';

describe('Manatal career pages (careers-page.com)', () => {
  it("reads each job card: the id its link carries and names, the title (markup in it kept as text), the place, the board's company", () => {
    const { cards } = readPage(manatal, loadFixture('manatal', 'board.html', BOARD));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['3f1c2b7a-9d4e-4c1b-8a2f-6e5d4c3b2a19', 'Forward Deployed AI Engineer', 'Lumen Relay', 'Bengaluru, Karnataka, India', JOB],
      ['0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d', 'ML Inference Platform Engineer', 'Lumen Relay', 'Singapore', 'https://lumenrelay.careers-page.com/jobs/0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d'],
      ['5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d', 'Payroll Officer <img src=x onerror=alert(1)>', 'Lumen Relay', 'Kuala Lumpur, Malaysia', 'https://lumenrelay.careers-page.com/jobs/5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d'],
    ]);
  });

  it('reads no card whose own id and link name different jobs, and takes the place from the attributes when none is shown', () => {
    const card = (id: string, href: string) => `<article class="job-card"><a class="job-title-link" href="${href}" data-job-id="${id}" data-job-title="Data Scientist" data-job-city="Penang" data-job-country="Malaysia"><h6>Data Scientist</h6></a></article>`;
    const a = '11111111-2222-4333-8444-555555555555';
    const b = '99999999-2222-4333-8444-555555555555';
    const { cards } = readPage(manatal, pageFromHtml(card(a, `/jobs/${a}`) + card(a, `/jobs/${b}`), 'https://acme-robotics.careers-page.com/'));
    expect(cards.map(({ job }) => [job.id, job.company, job.location])).toEqual([[a, 'Acme Robotics', 'Penang, Malaysia']]);
  });

  it("reads the older theme's list on www.careers-page.com/COMPANY: the code its link names, the place beside the marker", () => {
    const html = `<title>Nordwerk Holding | Career Page</title><ul><li class="media"><a class="text-secondary" href="/nordwerk-holding/job/K7Q2M9XA"><h5 class="job-position-break">Data Engineer (m/w/d)</h5></a>
      <span class="text-secondary"><i class="fas fa-map-marker-alt"></i> Lugano</span></li>
      <li class="media"><a href="/nordwerk-holding">Back</a></li></ul>`;
    const { cards } = readPage(manatal, pageFromHtml(html, 'https://www.careers-page.com/nordwerk-holding'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['K7Q2M9XA', 'Data Engineer (m/w/d)', 'Nordwerk Holding', 'Lugano', 'https://www.careers-page.com/nordwerk-holding/job/K7Q2M9XA'],
    ]);
  });
});

describe('Manatal job page', () => {
  it('reads the heading, the place among the lines under it, the posting, the company from the page title', () => {
    const { detail } = readPage(manatal, loadFixture('manatal', 'job.html', `${JOB}?source=linkedin`));
    expect(detail).toMatchObject({
      id: '3f1c2b7a-9d4e-4c1b-8a2f-6e5d4c3b2a19',
      title: 'Forward Deployed AI Engineer',
      company: 'Lumen Relay',
      location: 'Bengaluru, Karnataka, India',
      url: JOB,
    });
    expect(detail!.description).toContain('deploy our routing models into their systems');
    expect(detail!.description).not.toContain('Apply now');
  });

  it("reads the older theme's job page: the posting beside its label, the place by its marker, the employer from JSON-LD", () => {
    const { detail } = readPage(manatal, loadFixture('manatal', 'old-job.html', 'https://www.careers-page.com/nordwerk-holding/job/K7Q2M9XA'));
    expect(detail).toMatchObject({ id: 'K7Q2M9XA', title: 'Data Engineer (m/w/d)', company: 'Nordwerk Holding', location: 'Lugano', description: 'Sie bauen Datenpipelines für unsere Kunden.' });
  });

  it('reads nothing on the application form or a page with no heading', () => {
    expect(readPage(manatal, loadFixture('manatal', 'job.html', `${JOB}/apply`)).detail).toBeNull();
    expect(readPage(manatal, pageFromHtml('<main><p>This job is closed.</p></main>', JOB)).detail).toBeNull();
  });
});

describe("Manatal on a company's own domain (recognized by markup, for parse and \"Analyze this page\")", () => {
  it('is recognized by its name in the metadata and its list or job markup, with its own addresses\' ids', () => {
    const own = loadFixture('manatal', 'board.html', 'https://careers.lumenrelay.example/');
    expect(manatal.isJobPage(new URL('https://careers.lumenrelay.example/'))).toBe(false);
    expect(recognizedAdapter(own)).toBe(manatal);
    expect(readPage(manatal, own).cards.map(({ job }) => job.url)[0]).toBe('https://careers.lumenrelay.example/jobs/3f1c2b7a-9d4e-4c1b-8a2f-6e5d4c3b2a19');
    const ownJob = loadFixture('manatal', 'job.html', 'https://careers.lumenrelay.example/jobs/3f1c2b7a-9d4e-4c1b-8a2f-6e5d4c3b2a19');
    expect(recognizedAdapter(ownJob)).toBe(manatal);
    expect(readPage(manatal, ownJob).detail).toMatchObject({ id: '3f1c2b7a-9d4e-4c1b-8a2f-6e5d4c3b2a19', company: 'Lumen Relay' });
  });

  it('is not recognized without Manatal\'s name, or without its markup', () => {
    const cards = '<article class="job-card"><a class="job-title-link" href="/jobs/11111111-2222-4333-8444-555555555555" data-job-id="11111111-2222-4333-8444-555555555555"><h6>Data Scientist</h6></a></article>';
    expect(recognizedAdapter(pageFromHtml(cards, 'https://careers.acme.example/'))).toBeNull();
    expect(recognizedAdapter(pageFromHtml('<meta property="og:site_name" content="Manatal"><h1>Careers</h1>', 'https://careers.acme.example/'))).toBeNull();
    expect(recognizedAdapter(pageFromHtml(`<meta property="og:site_name" content="Manatal">${cards}`, 'https://careers.acme.example/'))).toBe(manatal);
  });
});
