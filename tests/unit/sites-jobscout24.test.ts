import { describe, expect, it } from 'vitest';
import { jobscout24 } from '../../lib/sites/jobscout24';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('JobScout24 lists', () => {
  it('reads each card by its job number: the whole title from its link, the company and place around the comma', () => {
    const page = loadFixture('jobscout24', 'list.html', 'https://www.jobscout24.ch/de/jobs/ki/');
    const { cards } = readPage(jobscout24, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['10400101', 'Machine Learning Engineer – Plattform für Sprachmodelle (80–100%)', 'Reuss Models AG', 'Zürich', 'https://www.jobscout24.ch/de/job/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/'],
      ['10400102', 'AI Solutions Engineer (Kundeneinsätze)', 'Emme Analytics GmbH', 'Bern', 'https://www.jobscout24.ch/de/job/10400102/'],
      ['10400103', 'Maurer <b>EFZ</b>', undefined, undefined, 'https://www.jobscout24.ch/de/job/10400103/'],
    ]);
  });

  it('reads the job shown beside the list from its own article only', () => {
    const page = loadFixture('jobscout24', 'list.html', 'https://www.jobscout24.ch/de/jobs/ki/');
    const { detail } = readPage(jobscout24, page);
    expect(detail).toMatchObject({ id: '10400102', title: 'AI Solutions Engineer (Kundeneinsätze)', company: 'Emme Analytics GmbH', location: 'Bern' });
    expect(detail!.description).toContain('integrieren unsere Sprachmodelle in deren Abläufe');
    expect(readPage(jobscout24, pageFromHtml('<h1>Jobs</h1>', 'https://www.jobscout24.ch/de/jobs/')).detail).toBeNull();
  });
});

describe('JobScout24 job page', () => {
  it('reads the job by the number its article carries (its address names a UUID), the heading, company, place and posting', () => {
    const page = loadFixture('jobscout24', 'job.html', 'https://www.jobscout24.ch/en/job/1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d/?utm=x');
    const { detail } = readPage(jobscout24, page);
    expect(detail).toMatchObject({
      id: '10400110',
      title: 'Applied AI Engineer',
      company: 'Rhône Data SA',
      location: 'Sion',
      url: 'https://www.jobscout24.ch/en/job/1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d/',
    });
    expect(detail!.description).toContain("Run each client's rollout on site.");
  });
});
