import { describe, expect, it } from 'vitest';
import { himalayas } from '../../lib/sites/himalayas';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const JOB = 'https://himalayas.app/companies/spear-ai/jobs/forward-deployed-full-stack-engineer';

describe('Himalayas job lists', () => {
  const page = loadFixture('himalayas', 'jobs.html', 'https://himalayas.app/jobs?q=ai');

  it("reads each article by its job link: company and job slugs as the id, the company's link, the countries it allows", () => {
    const { cards, detail } = readPage(himalayas, page);
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['ARTICLE', 'spear-ai/forward-deployed-full-stack-engineer', 'Forward Deployed Full-Stack Engineer', 'Spear AI', 'United States', JOB],
      [
        'ARTICLE',
        'northwind-labs/senior-ml-engineer-evaluation',
        'Senior ML Engineer, Evaluation',
        'Northwind Labs',
        'Canada, United States',
        'https://himalayas.app/companies/northwind-labs/jobs/senior-ml-engineer-evaluation',
      ],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('article a[href*="/jobs/"]'));
    expect(detail).toBeNull();
  });

  it("takes the company from the link to this job's company, not another company's", () => {
    const html = `<article><a href="/companies/northwind-labs">Northwind Labs</a><a href="/companies/quill-and-co/jobs/data-engineer">Data Engineer</a>
      <a href="/companies/quill-and-co">Quill &amp; Co.</a></article>`;
    expect(readPage(himalayas, pageFromHtml(html, 'https://himalayas.app/jobs')).cards.map(({ job }) => job.company)).toEqual(['Quill & Co.']);
  });

  it("takes the company's name from its slug when the card has no company link", () => {
    const html = '<article><a href="/companies/quill-and-co/jobs/data-engineer">Data Engineer</a><div>Worldwide</div></article>';
    const { cards } = readPage(himalayas, pageFromHtml(html, 'https://himalayas.app/jobs'));
    expect(cards.map(({ job }) => [job.id, job.company, job.location])).toEqual([['quill-and-co/data-engineer', 'Quill And Co', 'Worldwide']]);
  });
});

describe('Himalayas job page', () => {
  it('reads the job as a posting under its heading, the countries under "Location requirements"', () => {
    const page = loadFixture('himalayas', 'job.html', JOB);
    const { detail } = readPage(himalayas, page);
    expect(detail).toMatchObject({ id: 'spear-ai/forward-deployed-full-stack-engineer', title: 'Forward Deployed Full-Stack Engineer', company: 'Spear AI', location: 'United States', url: JOB });
    expect(detail!.description).toContain('integrate and deploy our AI models for their sonar analysts');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("reads this job's JSON-LD first, not another job's", () => {
    const ld = (url: string) =>
      `<script type="application/ld+json">{"@type":"JobPosting","title":"Applied AI Engineer","url":"${url}","hiringOrganization":{"name":"Spear AI"},"description":"<p>Build evals.</p>"}</script>`;
    const url = 'https://himalayas.app/companies/spear-ai/jobs/applied-ai-engineer';
    expect(readPage(himalayas, pageFromHtml(ld(url), url)).detail).toMatchObject({ id: 'spear-ai/applied-ai-engineer', title: 'Applied AI Engineer', company: 'Spear AI' });
    expect(readPage(himalayas, pageFromHtml(ld(JOB), url)).detail).toBeNull();
  });
});
