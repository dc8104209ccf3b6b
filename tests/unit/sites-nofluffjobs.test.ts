import { describe, expect, it } from 'vitest';
import { nofluffjobs } from '../../lib/sites/nofluffjobs';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const JOB = 'https://nofluffjobs.com/pl/job/applied-ai-engineer-baltic-data-gdansk';

describe('No Fluff Jobs lists', () => {
  it("reads each card, one link to its job, by its slug: the title without its 'NOWA' badge, the company, the place", () => {
    const page = loadFixture('nofluffjobs', 'list.html', 'https://nofluffjobs.com/pl/sztuczna-inteligencja');
    const { cards, detail } = readPage(nofluffjobs, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['senior-ml-engineer-wislane-ai-warszawa', 'Senior ML Engineer', 'Wiślane AI', 'Warszawa', 'https://nofluffjobs.com/pl/job/senior-ml-engineer-wislane-ai-warszawa'],
      ['ai-deployment-engineer-baltic-data-remote', 'AI Deployment Engineer', 'Baltic Data', 'Zdalnie', 'https://nofluffjobs.com/pl/job/ai-deployment-engineer-baltic-data-remote'],
      ['ksiegowa-krakowska-ksiegowosc-krakow-2', 'Księgowa <b>od zaraz</b>', 'Krakowska & Księgowość', 'Kraków +3', 'https://nofluffjobs.com/pl/job/ksiegowa-krakowska-ksiegowosc-krakow-2'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h3'));
    expect(detail).toBeNull();
  });

  it('reads no card whose link is no job page, nor one with no heading (its text runs every field together)', () => {
    const html = `<a nfj-postings-item class="posting-list-item" href="/pl/react"><h3>React</h3></a>
      <a nfj-postings-item class="posting-list-item" href="/pl/job/data-engineer-acme-remote"><span>Data Engineer</span><span>20 000 PLN</span><h4 class="company-name">Acme</h4></a>`;
    expect(readPage(nofluffjobs, pageFromHtml(html, 'https://nofluffjobs.com/pl/')).cards).toEqual([]);
  });
});

describe('No Fluff Jobs job page', () => {
  it("reads the header, the company link, each place once and the posting's sections; the similar offers as cards", () => {
    const page = loadFixture('nofluffjobs', 'job.html', JOB);
    const { detail, cards } = readPage(nofluffjobs, page);
    expect(detail).toMatchObject({ id: 'applied-ai-engineer-baltic-data-gdansk', title: 'Applied AI Engineer', company: 'Baltic Data', location: 'Gdańsk, Długa 12; Praca zdalna', url: JOB });
    expect(detail!.description).toContain('Run pilots on site with customer teams.');
    expect(detail!.description).not.toContain('Data Analyst');
    expect(detail!.description).not.toContain('Private medical care');
    expect(cards.map(({ job }) => job.id)).toEqual(['data-analyst-wislane-ai-warszawa']);
  });

  it('reads the JSON-LD when the page draws no posting', () => {
    const html = '<script type="application/ld+json">{"@type":"JobPosting","title":"MLOps Engineer","description":"<p>Run training pipelines.</p>","hiringOrganization":{"name":"Acme"}}</script>';
    expect(readPage(nofluffjobs, pageFromHtml(html, 'https://nofluffjobs.com/job/mlops-engineer-acme-remote')).detail).toMatchObject({
      id: 'mlops-engineer-acme-remote',
      title: 'MLOps Engineer',
      company: 'Acme',
      description: 'Run training pipelines.',
    });
  });
});
