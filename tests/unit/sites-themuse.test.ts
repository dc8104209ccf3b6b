import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { themuse } from '../../lib/sites/themuse';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('The Muse searches', () => {
  it('reads each card by the job its "View job" link names: the h2 title, the company link and the place after it', () => {
    const page = loadFixture('themuse', 'search.html', 'https://www.themuse.com/search/keyword/machine-learning/');
    const { cards, detail } = readPage(themuse, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['hudsonml/machine-learning-platform-engineer-1a2b3c', 'Machine Learning Platform Engineer', 'HudsonML', 'New York, NY', 'https://www.themuse.com/jobs/hudsonml/machine-learning-platform-engineer-1a2b3c'],
      ['potomacai/forward-deployed-engineer-public-sector-4d5e6f', 'Forward Deployed Engineer, Public Sector', 'Potomac AI', 'Flexible / Remote', 'https://www.themuse.com/jobs/potomacai/forward-deployed-engineer-public-sector-4d5e6f'],
      ['beanco/barista-7a8b9c', 'Barista <b onmouseover=alert(1)>', undefined, undefined, 'https://www.themuse.com/jobs/beanco/barista-7a8b9c'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h2'));
    expect(detail).toBeNull();
  });

  it('reads no card without a link to a job page', () => {
    const html = '<div class="JobCard_jobCard__x1"><h2>Data Engineer</h2><a href="/profiles/acme">Acme</a></div>';
    expect(readPage(themuse, pageFromHtml(html, 'https://www.themuse.com/search/keyword/data/')).cards).toEqual([]);
  });
});

describe('The Muse job page', () => {
  it('reads the header and the posting without the newsletter box', () => {
    const page = loadFixture('themuse', 'job.html', 'https://www.themuse.com/jobs/potomacai/applied-ai-engineer-9c8b7a?utm_source=x');
    const { detail } = readPage(themuse, page);
    expect(detail).toMatchObject({
      id: 'potomacai/applied-ai-engineer-9c8b7a',
      title: 'Applied AI Engineer',
      company: 'Potomac AI',
      location: 'Arlington, VA',
      url: 'https://www.themuse.com/jobs/potomacai/applied-ai-engineer-9c8b7a',
    });
    expect(detail!.description).toContain('fit our language models into their case management systems');
    expect(detail!.description).not.toContain('Want more jobs like this');
  });

  it('reads the JSON-LD where the header carries none of its class names', () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","hiringOrganization":{"name":"Acme"},"description":"<p>Pipelines.</p>"}</script><h1>Data Engineer</h1>`;
    expect(readPage(themuse, pageFromHtml(html, 'https://www.themuse.com/jobs/acme/data-engineer')).detail).toMatchObject({ title: 'Data Engineer', company: 'Acme', description: 'Pipelines.' });
  });
});
