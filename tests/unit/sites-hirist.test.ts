import { describe, expect, it } from 'vitest';
import { hirist } from '../../lib/sites/hirist';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture } from './site-fixture';

describe('Hirist lists', () => {
  it("reads each card by the job its link names; 'Company - Title' split only where the job's address begins with the company", () => {
    const page = loadFixture('hirist', 'list.html', 'https://www.hirist.tech/k/machine-learning-jobs');
    const { cards, detail } = readPage(hirist, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['1690101', 'ML Platform Engineer - LLM Serving', 'Deccan Models', 'Bengaluru', 'https://www.hirist.tech/j/deccan-models-ml-platform-engineer-llm-serving-1690101'],
      // A confidential posting: its address begins with the role, so the whole line is the title.
      ['1690102', 'Forward Deployed Engineer - Enterprise AI', undefined, 'Hyderabad, Remote', 'https://www.hirist.tech/j/forward-deployed-engineer-enterprise-ai-1690102'],
      ['1690103', 'Accountant <img src=x onerror=alert(1)>', 'Kaveri Foods', undefined, 'https://www.hirist.tech/j/kaveri-foods-accountant-1690103'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('[data-testid="job_title"]'));
    expect(detail).toBeNull();
  });
});

describe('Hirist job page', () => {
  it('reads the heading, company, place and the posting (not the similar jobs)', () => {
    const page = loadFixture('hirist', 'job.html', 'https://www.hirist.tech/j/godavari-data-applied-ai-engineer-1690110?ref=kp');
    const { detail } = readPage(hirist, page);
    expect(detail).toMatchObject({ id: '1690110', title: 'Applied AI Engineer', company: 'Godavari Data', location: 'Chennai', url: 'https://www.hirist.tech/j/godavari-data-applied-ai-engineer-1690110' });
    expect(detail!.description).toContain('deploy LLM assistants into their service desks');
    expect(detail!.description).not.toContain('Data Analyst');
  });
});
