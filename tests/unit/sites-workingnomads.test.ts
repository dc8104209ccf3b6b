import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { workingnomads } from '../../lib/sites/workingnomads';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Working Nomads list', () => {
  it('reads each card, one link to its job, by its id: the title in its heading and the company', () => {
    const page = loadFixture('workingnomads', 'list.html', 'https://www.workingnomads.com/jobs?category=development');
    const { cards, detail } = readPage(workingnomads, page);
    expect(cards.map(({ element, job }) => [element.id, job.id, job.title, job.company, job.url])).toEqual([
      ['job-1923101', '1923101', 'ML Platform Engineer', 'Northwind AI', 'https://www.workingnomads.com/jobs/ml-platform-engineer-northwind-ai-1923101'],
      ['job-1923102', '1923102', 'AI Deployment Engineer', 'Quillon', 'https://www.workingnomads.com/jobs/ai-deployment-engineer-quillon-1923102'],
      ['job-1923103', '1923103', 'Bookkeeper <img src=x onerror=alert(1)>', 'Kestrel & Co', 'https://www.workingnomads.com/jobs/bookkeeper-kestrel-co-1923103'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h4'));
    expect(detail).toBeNull();
  });

  it('reads the older cards (the link in the heading), and none whose link names another job', () => {
    const html = `<div class="jobs-list"><div class="job-desktop"><h4><a href="/jobs/data-engineer-acme-1600001">Data Engineer</a></h4><div class="company">Acme</div></div>
      <a id="job-1600002" class="job-desktop" href="/jobs/x-1600003"><h4>ML Engineer</h4></a></div>`;
    const { cards } = readPage(workingnomads, pageFromHtml(html, 'https://www.workingnomads.com/jobs'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([['1600001', 'Data Engineer', 'Acme']]);
  });
});

describe('Working Nomads job page', () => {
  it('reads a job page as a posting in its own design, under the id of its address', () => {
    const page = loadFixture('workingnomads', 'job.html', 'https://www.workingnomads.com/jobs/applied-ai-engineer-quillon-1923104');
    const { detail } = readPage(workingnomads, page);
    expect(detail).toMatchObject({ id: '1923104', title: 'Applied AI Engineer', url: 'https://www.workingnomads.com/jobs/applied-ai-engineer-quillon-1923104' });
    expect(detail!.description).toContain('Build integrations, prototypes and evaluation suites for each customer.');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('reads no job page on the list, even with a job open in its address', () => {
    expect(readPage(workingnomads, loadFixture('workingnomads', 'job.html', 'https://www.workingnomads.com/jobs?job=applied-ai-engineer-quillon-1923104')).detail).toBeNull();
  });
});
