import { describe, expect, it } from 'vitest';
import { justjoin } from '../../lib/sites/justjoin';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const JOB = 'https://justjoin.it/job-offer/baltic-data-applied-ai-engineer-gdansk-ai';

describe('Just Join IT lists', () => {
  it('reads each offer card by its link: the slug as id, the title, the company beside the building icon (lucide or MUI)', () => {
    const page = loadFixture('justjoin', 'list.html', 'https://justjoin.it/job-offers/all-locations/ai');
    const { cards, detail } = readPage(justjoin, page);
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.url])).toEqual([
      ['LI', 'wislane-ai-senior-ml-engineer-llm-platform-warszawa-ai-3f2a9c10', 'Senior ML Engineer (LLM Platform)', 'Wiślane AI', 'https://justjoin.it/job-offer/wislane-ai-senior-ml-engineer-llm-platform-warszawa-ai-3f2a9c10'],
      ['LI', 'baltic-data-forward-deployed-engineer-gdansk-ai', 'Forward Deployed Engineer', 'Baltic Data', 'https://justjoin.it/job-offer/baltic-data-forward-deployed-engineer-gdansk-ai'],
      ['LI', 'krakowska-ksiegowosc-accountant-krakow-finance', 'Accountant <img src=x onerror=alert(1)>', 'Krakowska & Księgowość', 'https://justjoin.it/job-offer/krakowska-ksiegowosc-accountant-krakow-finance'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h3'));
    expect(detail).toBeNull();
  });

  it('reads no card whose link is no offer', () => {
    const html = '<div id="up-offers-list"><ul><li data-index="0"><a class="offer-card" href="/job-offers/all-locations/ai"><h3>More AI offers</h3></a></li></ul></div>';
    expect(readPage(justjoin, pageFromHtml(html, 'https://justjoin.it/')).cards).toEqual([]);
  });
});

describe('Just Join IT job page', () => {
  it('reads the heading, the company link and the text under "Job description"; the similar offers as cards', () => {
    const page = loadFixture('justjoin', 'job.html', JOB);
    const { detail, cards } = readPage(justjoin, page);
    expect(detail).toMatchObject({ id: 'baltic-data-applied-ai-engineer-gdansk-ai', title: 'Applied AI Engineer', company: 'Baltic Data', location: 'Gdańsk, PL', url: JOB });
    expect(detail!.description).toContain('Run pilots on site with customer teams.');
    expect(detail!.description).not.toContain('Python');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([['wislane-ai-data-analyst-warszawa-data', 'Data Analyst', 'Wiślane AI']]);
  });

  it('reads the JSON-LD when the page draws no posting', () => {
    const html = '<script type="application/ld+json">{"@type":"JobPosting","title":"MLOps Engineer","description":"Run training pipelines.","hiringOrganization":{"name":"Acme"}}</script>';
    expect(readPage(justjoin, pageFromHtml(html, 'https://justjoin.it/offers/acme-mlops-engineer-remote-devops')).detail).toMatchObject({
      id: 'acme-mlops-engineer-remote-devops',
      title: 'MLOps Engineer',
      company: 'Acme',
      description: 'Run training pipelines.',
    });
  });
});
