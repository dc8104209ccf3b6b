import { describe, expect, it } from 'vitest';
import { aijobsai } from '../../lib/sites/aijobsai';
import { moaijobs } from '../../lib/sites/moaijobs';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('AI Jobs (aijobs.ai)', () => {
  it('reads each job card: the slug as its id, title (markup kept as text), company, the place or the remote badge', () => {
    const page = loadFixture('aijobsai', 'search.html', 'https://aijobs.ai/remote');
    const { cards, detail } = readPage(aijobsai, page);
    expect(cardRows(cards)).toEqual([
      ['forward-deployed-ai-engineer-enterprise', 'Forward Deployed AI Engineer, Enterprise', 'Quillfeather Labs', 'New York, United States'],
      ['senior-ml-engineer-retrieval', 'Senior ML Engineer, Retrieval', 'Vectorline', 'Remote'],
      ['growth-marketing-manager-1', 'Growth Marketing Manager <img src=x onerror=alert(1)>', 'Brightloom', undefined],
    ]);
    expect(cards[2].job.url).toBe('https://aijobs.ai/job/growth-marketing-manager-1');
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('.tw-text-lg'));
    expect(detail).toBeNull();
  });

  it("reads a job's page: the title, the company after \"at\", the sidebar's place, the posting; the related jobs as cards", () => {
    const url = 'https://aijobs.ai/job/forward-deployed-ai-engineer-enterprise';
    const page = loadFixture('aijobsai', 'job.html', url);
    const { cards, detail } = readPage(aijobsai, page);
    expect(detail).toMatchObject({ id: 'forward-deployed-ai-engineer-enterprise', title: 'Forward Deployed AI Engineer, Enterprise', company: 'Quillfeather Labs', location: 'New York, United States', url });
    expect(detail!.description).toContain('deploy and tailor our agents');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
    expect(cardRows(cards)).toEqual([['senior-ml-engineer-retrieval', 'Senior ML Engineer, Retrieval', 'Vectorline', undefined]]);
  });

  it('reads a job page without the drawn title as its posting under the heading, and nothing on an empty page', () => {
    const prose = Array.from({ length: 30 }, () => 'You will train, evaluate and ship retrieval models with our research team.').join(' ');
    const html = `<main><h1>Research Engineer, Retrieval</h1><h3>Responsibilities</h3><p>${prose}</p><h3>Requirements</h3><p>Python and PyTorch.</p><a href="https://jobs.ashbyhq.com/x/1">Apply now</a></main>`;
    expect(readPage(aijobsai, pageFromHtml(html, 'https://aijobs.ai/job/research-engineer-retrieval')).detail).toMatchObject({ id: 'research-engineer-retrieval', title: 'Research Engineer, Retrieval' });
    expect(readPage(aijobsai, pageFromHtml('<p>Not found</p>', 'https://aijobs.ai/job/research-engineer-retrieval')).detail).toBeNull();
  });

  it("reads lists and jobs, not the site's own or a person's pages", () => {
    for (const path of ['/', '/remote', '/united-states?page=2', '/jobs?q=llm', '/job/ml-engineer']) expect(aijobsai.isJobPage(new URL(`https://aijobs.ai${path}`)), path).toBe(true);
    for (const path of ['/login', '/pricing', '/candidate/dashboard', '/company/acme', '/job/']) expect(aijobsai.isJobPage(new URL(`https://aijobs.ai${path}`)), path).toBe(false);
  });
});

describe('MoAIJobs', () => {
  it('reads each linked card: the number ending its address, the heading, the company under it, the first badge that is not pay', () => {
    const page = loadFixture('moaijobs', 'search.html', 'https://www.moaijobs.com/ai-engineer-jobs');
    const { cards } = readPage(moaijobs, page);
    expect(cardRows(cards)).toEqual([
      ['7101', 'Applied AI Engineer, Customer Deployments', 'Northwind AI', 'London, UK'],
      ['7102', 'Inference Engineer', 'Tidewater', 'San Francisco, CA'],
      ['7103', 'Community Manager <script>alert(1)</script>', 'Tidewater', undefined],
    ]);
    expect(cards[1].job.url).toBe('https://www.moaijobs.com/job/inference-engineer-tidewater-7102');
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h3'));
  });

  it('names the company by its logo where the card has no line under the title', () => {
    const html = '<a href="/job/ml-engineer-lumen-7201" aria-label="View job details"><div data-slot="card"><img alt="Lumen Labs logo"><h3>ML Engineer</h3></div></a>';
    expect(cardRows(readPage(moaijobs, pageFromHtml(html, 'https://www.moaijobs.com/')).cards)).toEqual([['7201', 'ML Engineer', 'Lumen Labs', undefined]]);
  });

  it("reads a job's page from its JobPosting data", () => {
    const url = 'https://www.moaijobs.com/job/inference-engineer-tidewater-7102';
    const { detail } = readPage(moaijobs, loadFixture('moaijobs', 'job.html', url));
    expect(detail).toMatchObject({ id: '7102', title: 'Inference Engineer', company: 'Tidewater', location: 'San Francisco, CA, US', url });
    expect(detail!.description).toContain('KV caches and custom kernels');
  });

  it('reads its category lists and jobs only', () => {
    for (const path of ['/', '/ml-engineer-jobs', '/remote-ai-jobs?page=2', '/job/x-9365']) expect(moaijobs.isJobPage(new URL(`https://www.moaijobs.com${path}`)), path).toBe(true);
    for (const path of ['/ai-jobs.rss', '/post-a-job', '/job/', '/about']) expect(moaijobs.isJobPage(new URL(`https://www.moaijobs.com${path}`)), path).toBe(false);
  });
});
