import { describe, expect, it } from 'vitest';
import { djinni } from '../../lib/sites/djinni';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Djinni lists', () => {
  it('reads each card by its job-item id: the title and company in its header link, the place; the address without its tracking query', () => {
    const page = loadFixture('djinni', 'jobs.html', 'https://djinni.co/jobs/?primary_keyword=ML');
    const { cards, detail } = readPage(djinni, page);
    expect(cards.map(({ element, job }) => [element.id, job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['job-item-851001', '851001', 'Senior ML Engineer (LLM Inference)', 'Dnipro Labs', 'Countries of Europe or Ukraine', 'https://djinni.co/jobs/851001-senior-ml-engineer-llm-inference/'],
      ['job-item-851002', '851002', 'AI Solutions Engineer', 'Kyiv Data Studio', 'Київ', 'https://djinni.co/jobs/851002-ai-solutions-engineer/'],
      ['job-item-851003', '851003', 'Recruiter <script>alert(1)</script>', 'Lviv & Partners', undefined, 'https://djinni.co/jobs/851003-recruiter/'],
    ]);
    // The title sits in the header link: the badge goes beside it, after the link.
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h2.job-item__position'));
    expect(detail).toBeNull();
  });

  it('reads the cards of 2024 (an li, the company a link), and none whose link names another job', () => {
    const html = `<ul><li id="job-item-700001"><h2><a class="job-item__title-link" href="/jobs/700001-data-engineer/">Data Engineer</a></h2><a data-analytics="company_page" href="/jobs/?company=acme">Acme</a></li>
      <li id="job-item-700002"><h2><a class="job-item__title-link" href="/jobs/700003-ml-engineer/">ML Engineer</a></h2></li></ul>`;
    const { cards } = readPage(djinni, pageFromHtml(html, 'https://djinni.co/jobs/'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([['700001', 'Data Engineer', 'Acme']]);
  });
});

describe('Djinni list of 2021', () => {
  it("reads li.list-jobs__item: the title link, the company linked after the recruiter's name, the place", () => {
    const html = `<ul class="list-unstyled list-jobs"><li class="list-jobs__item"><div class="list-jobs__title"><a class="profile" href="/jobs/333260-junior-ml-engineer/"><span>Junior ML Engineer</span></a></div>
      <div class="list-jobs__details"><div class="list-jobs__details__info"><a href="/r/70886-co-founder-at-quillon/">Vasyl K.</a>, Co-Founder в <a href="/jobs/company-quillon-3d91a/">Quillon</a><br/><nobr class="location-text"><i class="icon-location"></i> Київ </nobr></div></div></li></ul>`;
    const { cards } = readPage(djinni, pageFromHtml(html, 'https://djinni.co/jobs/?primary_keyword=Python&location=kyiv'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['333260', 'Junior ML Engineer', 'Quillon', 'Київ']]);
  });
});

describe('Djinni job page', () => {
  it('reads the heading and the posting, the company from the JSON-LD', () => {
    const page = loadFixture('djinni', 'job.html', 'https://djinni.co/jobs/851004-applied-ai-engineer/');
    const { detail } = readPage(djinni, page);
    expect(detail).toMatchObject({ id: '851004', title: 'Applied AI Engineer', company: 'Kyiv Data Studio', url: 'https://djinni.co/jobs/851004-applied-ai-engineer/' });
    expect(detail!.description).toContain('Run pilots on site and measure them with the client.');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('reads a page with no JSON-LD from its heading, company link and place', () => {
    const html = '<ol><li><a href="/companies/acme/">Acme</a></li></ol><h1>Data Engineer</h1><div class="job-post__description"><p>Pipelines.</p></div><span class="location-text">Lviv</span>';
    expect(readPage(djinni, pageFromHtml(html, 'https://djinni.co/jobs/700004-data-engineer/')).detail).toMatchObject({ title: 'Data Engineer', company: 'Acme', location: 'Lviv', description: 'Pipelines.' });
  });
});
