import { describe, expect, it } from 'vitest';
import { foundit } from '../../lib/sites/foundit';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('foundit search results', () => {
  it("reads each card by its element's job number: title, company, place", () => {
    const page = loadFixture('foundit', 'srp.html', 'https://www.foundit.in/srp/results?query=machine%20learning');
    const { cards } = readPage(foundit, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['70100101', 'Machine Learning Engineer – Inference Platform', 'Kaveri Models Pvt Ltd', 'Bengaluru / Bangalore'],
      ['70100102', 'AI Solutions Engineer (Client Deployments)', 'Godavari Data', 'Hyderabad / Secunderabad'],
      ['70100103', 'Telecaller <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
  });

  it("reads the pane's job as the active card's once the pane shows its title, the place among its highlights", () => {
    const page = loadFixture('foundit', 'srp.html', 'https://www.foundit.in/srp/results?query=machine%20learning');
    const { detail } = readPage(foundit, page);
    expect(detail).toMatchObject({ id: '70100102', title: 'AI Solutions Engineer (Client Deployments)', company: 'Godavari Data', location: 'Hyderabad / Secunderabad' });
    expect(detail!.description).toContain('deploy language models into their operations');
    const doc = page.document;
    doc.querySelector('.activeCard')!.classList.remove('activeCard');
    doc.getElementById('70100101')!.classList.add('activeCard');
    expect(readPage(foundit, page).detail).toBeNull();
  });
});

describe('foundit job page', () => {
  it('reads the job under the number of its address', () => {
    const page = loadFixture('foundit', 'job.html', 'https://www.foundit.in/job/applied-ai-engineer-tamira-analytics-chennai-70100110');
    const { detail } = readPage(foundit, page);
    expect(detail).toMatchObject({ id: '70100110', title: 'Applied AI Engineer', company: 'Tamira Analytics', location: 'Chennai', url: 'https://www.foundit.in/job/applied-ai-engineer-tamira-analytics-chennai-70100110' });
    expect(detail!.description).toContain('integrate LLM assistants into their support desks');
  });

  it('reads a job page of another design from its heading', () => {
    expect(readPage(foundit, pageFromHtml('<h1>Data Engineer</h1>', 'https://www.foundit.sg/job/data-engineer-acme-singapore-42373097')).detail).toMatchObject({ id: '42373097', title: 'Data Engineer' });
  });
});
