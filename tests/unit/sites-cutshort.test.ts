import { describe, expect, it } from 'vitest';
import { cutshort } from '../../lib/sites/cutshort';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://cutshort.io/jobs/ai-ml-jobs';
const JOB = 'https://cutshort.io/job/Forward-Deployed-AI-Engineer-Bengaluru-Kaveri-AI-Labs-fD3kP9qR';

describe('Cutshort lists', () => {
  it("reads each job link (no class name read): the id its address ends in, the title (markup in it kept as text), the company and places from the page's data", () => {
    const { cards } = readPage(cutshort, loadFixture('cutshort', 'jobs.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['fD3kP9qR', 'Forward Deployed AI Engineer', 'Kaveri AI Labs', 'Bengaluru'],
      ['mL2pQ8xZ', 'ML Platform Engineer', 'Ganga Compute', 'Remote, Pune'],
      ['sA7tY3wQ', 'Inside Sales Executive <img src=x onerror=alert(1)>', 'Deccan Retail', 'Hyderabad'],
    ]);
    expect(cards[0].job.url).toBe(JOB);
  });

  it('reads links without the data by their text, and none to a company page', () => {
    const html = '<a href="/job/Data-Engineer-Pune-Vikash-Technologies-arcRXEzK">Data Engineer</a><a href="/company/vikash">Vikash</a>';
    expect(readPage(cutshort, pageFromHtml(html, LIST)).cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([['arcRXEzK', 'Data Engineer', undefined]]);
  });
});

describe('Cutshort job page', () => {
  it("reads the JobPosting inside the page's data", () => {
    const { detail } = readPage(cutshort, loadFixture('cutshort', 'job.html', JOB));
    expect(detail).toMatchObject({ id: 'fD3kP9qR', title: 'Forward Deployed AI Engineer', company: 'Kaveri AI Labs', location: 'Bengaluru, Karnataka', url: JOB });
    expect(detail!.description).toContain("Adapt retrieval to each customer's data");
  });

  it('reads no job when the page shows another title than its data (a move inside the app)', () => {
    const page = loadFixture('cutshort', 'job.html', 'https://cutshort.io/job/Data-Engineer-Pune-Vikash-Technologies-arcRXEzK');
    page.document.querySelector('h1')!.textContent = 'Data Engineer';
    expect(readPage(cutshort, page).detail).toBeNull();
  });
});
