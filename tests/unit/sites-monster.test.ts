import { describe, expect, it } from 'vitest';
import { monster } from '../../lib/sites/monster';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const job = (id: string) => `https://www.monster.com/job-openings/${id}`;
const SERVING = '3b7c1e20-5d4f-4a8b-9c6e-2f1a0b9d8e71';

describe('Monster search (2026 cards)', () => {
  const page = loadFixture('monster', 'search-2026.html', 'https://www.monster.com/jobs/search?q=machine+learning&where=Austin%2C+TX');

  it("reads each card: the id its button holds, the job's link, company and place by their class names' readable part", () => {
    const { cards } = readPage(monster, page);
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['ARTICLE', SERVING, 'Machine Learning Engineer, Model Serving', 'Lakeway Analytics', 'Austin, TX', job(SERVING)],
      [
        'ARTICLE',
        '7d2e9f41-0a6b-4c3d-8e5f-1b2c3d4e5f60',
        'Payroll Specialist <img src=x onerror=alert(1)>',
        'Pecan Street Foods',
        'Round Rock, TX',
        job('7d2e9f41-0a6b-4c3d-8e5f-1b2c3d4e5f60'),
      ],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('a[href*="/job-openings/"]'));
    expect(page.document.querySelectorAll('img').length).toBe(0);
  });

  it("reads the job view beside the list as the selected card's job", () => {
    const { detail } = readPage(monster, page);
    expect(detail).toMatchObject({ id: SERVING, title: 'Machine Learning Engineer, Model Serving', company: 'Lakeway Analytics', location: 'Austin, TX', url: job(SERVING) });
    expect(detail!.description).toContain('Build and optimize the model serving platform');
    expect(detail!.element).toBe(page.document.querySelector('[data-testid="svx-job-view-wrapper"]'));
  });

  it("takes the title and company from the card's button when its spans name neither", () => {
    const html = `<article data-testid="JobCard"><button data-testid="JobCardButton" data-job-id="${SERVING}" aria-label="Data Engineer at Quillon"></button><h3></h3></article>`;
    const { cards } = readPage(monster, pageFromHtml(html, 'https://www.monster.com/jobs/search?q=data'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([[SERVING, 'Data Engineer', 'Quillon']]);
  });
});

describe('Monster search (2024 cards)', () => {
  it('reads the card by its test hooks; no job view while no card is selected', () => {
    const page = loadFixture('monster', 'search-2024.html', 'https://www.monster.com/jobs/search?q=data&where=&page=1');
    const { cards, detail } = readPage(monster, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['89d0ef40-adea-432b-bda7-438c58d3eef3', 'Forward Deployed Engineer', 'Cedar Loop AI', 'Portland, OR', job('89d0ef40-adea-432b-bda7-438c58d3eef3')],
    ]);
    expect(detail).toBeNull();
  });

  it("reads no card whose link names another job than the card's id", () => {
    const html = `<article data-testid="svx_jobCard" data-job-id="${SERVING}"><a data-testid="jobTitle" href="/job-openings/x--89d0ef40-adea-432b-bda7-438c58d3eef3">Data Engineer</a></article>`;
    expect(readPage(monster, pageFromHtml(html, 'https://www.monster.com/jobs/search')).cards).toEqual([]);
  });
});

describe('Monster job page', () => {
  const url = job('d94729d8-929e-4c61-8f26-fd480c31e931');

  it('reads the job view on its own page under the id of its address', () => {
    const page = loadFixture('monster', 'job.html', 'https://www.monster.com/job-openings/applied-ai-engineer-remote--d94729d8-929e-4c61-8f26-fd480c31e931');
    const { detail } = readPage(monster, page);
    expect(detail).toMatchObject({ id: 'd94729d8-929e-4c61-8f26-fd480c31e931', title: 'Applied AI Engineer', company: 'Quillon Systems', location: 'Remote', url });
    expect(detail!.description).toBe("Embed with our enterprise customers to integrate and deploy our LLM agents into their support workflows.\nScope each customer's use case and build the integration.");
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h2'));
  });

  it("reads this job's JSON-LD when the view is not drawn, not another job's", () => {
    const ld = (id: string) =>
      `<script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","url":"https://www.monster.com/job-openings/data-engineer--${id}","hiringOrganization":{"name":"Quillon"}}</script>`;
    expect(readPage(monster, pageFromHtml(ld('d94729d8-929e-4c61-8f26-fd480c31e931'), url)).detail).toMatchObject({ title: 'Data Engineer', company: 'Quillon' });
    expect(readPage(monster, pageFromHtml(ld(SERVING), url)).detail).toBeNull();
  });
});
