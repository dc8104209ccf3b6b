import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { remotive } from '../../lib/sites/remotive';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Remotive lists', () => {
  it('reads each card by its id: the title and company its link holds (not the company twice), each place once', () => {
    const page = loadFixture('remotive', 'list.html', 'https://remotive.com/remote-jobs/software-development');
    const { cards, detail } = readPage(remotive, page);
    expect(cards.map(({ element, job }) => [element.id, job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['2090011', '2090011', 'ML Platform Engineer', 'Northwind AI', 'USA, Canada', 'https://remotive.com/remote-jobs/software-development/ml-platform-engineer-2090011'],
      ['2090022', '2090022', 'Forward Deployed Engineer', 'Quillon', 'Europe', 'https://remotive.com/remote-jobs/software-development/forward-deployed-engineer-2090022'],
      ['2090033', '2090033', 'Support Agent <b>(EMEA)</b>', 'Kestrel & Co', 'Worldwide', 'https://remotive.com/remote-jobs/customer-support/support-agent-2090033'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('.job-tile-title a'));
    expect(detail).toBeNull();
  });

  it("reads a newer list's Apply buttons by their data, and no card whose link names another job", () => {
    const html = `<button class="job-apply-btn--list" data-job-id="2090055" data-job-title="Data Engineer" data-company-name="Acme" data-location="Worldwide" data-job-url="/remote-jobs/data/data-engineer-2090055">Apply</button>
      <li id="2090066" data-joburl="/remote-jobs/data/x-2090067"><div class="job-tile-title"><a href="/remote-jobs/data/x-2090067"><span>ML Engineer</span></a></div></li>`;
    const { cards } = readPage(remotive, pageFromHtml(html, 'https://remotive.com/remote-jobs?search=data'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['2090055', 'Data Engineer', 'Acme', 'Worldwide']]);
  });
});

describe('Remotive job page', () => {
  it('reads the title and company from "[Hiring] TITLE @COMPANY", the rest from the JSON-LD', () => {
    const page = loadFixture('remotive', 'job.html', 'https://remotive.com/remote-jobs/software-development/applied-ai-engineer-2090044');
    const { detail } = readPage(remotive, page);
    expect(detail).toMatchObject({ id: '2090044', title: 'Applied AI Engineer', company: 'Quillon', url: 'https://remotive.com/remote-jobs/software-development/applied-ai-engineer-2090044' });
    expect(detail!.description).toContain('Build integrations with each customer');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('reads a page with no JSON-LD from its heading and posting', () => {
    const html = '<section><h1>[Hiring] Data Engineer @Acme</h1><div class="tw-mt-8"><div class="left"><p>Pipelines.</p></div></div></section>';
    expect(readPage(remotive, pageFromHtml(html, 'https://remotive.com/remote-jobs/data/data-engineer-2090077')).detail).toMatchObject({ title: 'Data Engineer', company: 'Acme', description: 'Pipelines.' });
  });
});
