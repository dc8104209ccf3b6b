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

describe('iimjobs, on the same platform', () => {
  it("reads its cards as Hirist's, and a job page's company from its subtitle", () => {
    const { cards } = readPage(hirist, loadFixture('iimjobs', 'list.html', 'https://www.iimjobs.com/k/data-scientist-jobs'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['1790101', 'Head - Applied AI Solutions (12-18 yrs)', 'Narmada Analytics', 'Mumbai', 'https://www.iimjobs.com/j/narmada-analytics-head-applied-ai-solutions-12-18-yrs-1790101'],
      // An anonymous posting ("Consulting Firm"): its address begins with the role, so the whole line is the title.
      ['1790102', 'Chief of Staff - Consulting Firm (8-12 yrs)', undefined, 'Gurgaon/Gurugram', 'https://www.iimjobs.com/j/chief-of-staff-consulting-firm-8-12-yrs--1790102'],
      ['1790103', 'Relationship Manager <img src=x onerror=alert(1)>', 'Tapti Bank', 'Pune', 'https://www.iimjobs.com/j/tapti-bank-relationship-manager-1790103'],
    ]);
    const url = 'https://www.iimjobs.com/j/narmada-analytics-head-applied-ai-solutions-12-18-yrs-1790101';
    const { detail } = readPage(hirist, loadFixture('iimjobs', 'job.html', `${url}?ref=recom_apply`));
    expect(detail).toMatchObject({ id: '1790101', title: 'Head - Applied AI Solutions (12-18 yrs)', company: 'Narmada Analytics', url });
    expect(detail!.description).toContain('builds and deploys LLM solutions');
  });
});
