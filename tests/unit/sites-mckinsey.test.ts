import { describe, expect, it } from 'vitest';
import { mckinsey } from '../../lib/sites/mckinsey';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('McKinsey job search', () => {
  it('reads each listing by the number its title link ends in, without the hidden label, and its cities', () => {
    const { cards } = readPage(mckinsey, loadFixture('mckinsey', 'search.html', 'https://www.mckinsey.com/careers/search-jobs?query=ai'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['110292', 'Machine Learning Engineer - QuantumBlack, AI by McKinsey', 'McKinsey & Company', 'London; Zurich; Lisbon', 'https://www.mckinsey.com/careers/search-jobs/jobs/machinelearningengineer-quantumblackaibymckinsey-110292'],
      ['15264', 'Associate', 'McKinsey & Company', 'Sydney', 'https://www.mckinsey.com/careers/search-jobs/jobs/associate-15264'],
      ['20001', 'Receptionist <iframe src=x>', 'McKinsey & Company', undefined, 'https://www.mckinsey.com/careers/search-jobs/jobs/receptionist-20001'],
    ]);
  });
});

describe('McKinsey job page', () => {
  it('reads the title, the cities after the job number and the posting', () => {
    const { detail } = readPage(mckinsey, loadFixture('mckinsey', 'job.html', 'https://www.mckinsey.com/careers/search-jobs/jobs/aiengineer-quantumblackaibymckinsey-110292?lang=en'));
    expect(detail).toMatchObject({
      id: '110292',
      title: 'AI Engineer - QuantumBlack, AI by McKinsey',
      company: 'McKinsey & Company',
      location: 'New York; Boston',
      url: 'https://www.mckinsey.com/careers/search-jobs/jobs/aiengineer-quantumblackaibymckinsey-110292',
    });
    expect(detail!.description).toContain('deploy generative AI applications into their businesses');
    expect(detail!.description).toContain('Ability to work on site with clients');
    expect(detail!.description).not.toContain('Job Skill Group');
  });

  it('reads no job on the search page or on a job address that shows no posting', () => {
    expect(readPage(mckinsey, loadFixture('mckinsey', 'job.html', 'https://www.mckinsey.com/careers/search-jobs')).detail).toBeNull();
    expect(readPage(mckinsey, pageFromHtml('<h1>Page not found</h1>', 'https://www.mckinsey.com/careers/search-jobs/jobs/associate-15264')).detail).toBeNull();
  });
});
