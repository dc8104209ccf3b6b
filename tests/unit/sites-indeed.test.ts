import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indeed } from '../../lib/sites/indeed';
import { adapterForPage } from '../../lib/sites';
import { cardElements, readPage } from '../../lib/sites/read-page';
import type { PageContext } from '../../lib/sites/types';

function load(name: string, url: string): PageContext {
  const html = readFileSync(resolve('tests/fixtures/indeed', name), 'utf8');
  return { url: new URL(url), document: new DOMParser().parseFromString(html, 'text/html') };
}

const rows = (page: PageContext) =>
  readPage(indeed, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location]);

describe('indeed search, 2023 markup (class names only)', () => {
  const page = load('search-2023.html', 'https://hk.indeed.com/jobs?q=software+engineer');

  it('reads each card by its data-jk and skips the empty list slots', () => {
    expect(rows(page)).toEqual([
      ['1a2b3c4d5e6f7081', 'ML Platform Engineer', 'Harbour Lights Analytics', 'Kowloon'],
      ['99aa88bb77cc66dd', '<img src=x onerror=alert(1)> Engineer', 'Quayside <b>Labs</b>', 'Remote in Hong Kong'],
    ]);
  });

  it('keeps hostile title text as text', () => {
    const { cards } = readPage(indeed, page);
    expect(cards[1].element.querySelector('img, b')).toBeNull();
    expect(cards[1].job.title).toContain('<img');
  });

  it('gives a clean viewjob URL on the same country host and badges the title link', () => {
    const [first] = readPage(indeed, page).cards;
    expect(first.job.url).toBe('https://hk.indeed.com/viewjob?jk=1a2b3c4d5e6f7081');
    expect(first.job.badgeAnchor).toBe(first.element.querySelector('a.jcs-JobTitle'));
  });

  it('has no open job when the right pane is empty', () => {
    expect(indeed.detail!(page)).toBeNull();
  });
});

describe('indeed search, 2026 markup with the job pane', () => {
  const page = load('search-2026-pane.html', 'https://www.indeed.com/jobs?q=python&l=Remote');

  it('reads main cards, the sponsored card and the compact carousel card', () => {
    expect(rows(page)).toEqual(
      expect.arrayContaining([
        ['0f1e2d3c4b5a6978', 'Forward Deployed Engineer', 'Northwind Signals', 'Remote in Denver, CO'],
        ['a1b2c3d4e5f60718', 'Applied AI Engineer, Customer Deployments', 'Bluefin Data Co', 'Remote'],
        ['c0ffee00c0ffee00', 'LLM Inference Engineer', 'Cedar Grid', 'Remote in Austin, TX'],
      ]),
    );
  });

  it('gives the sponsored card the viewjob URL, not the ad click link', () => {
    const sponsored = readPage(indeed, page).cards.find(({ job }) => job.id === 'a1b2c3d4e5f60718')!;
    expect(sponsored.element.querySelector('a')!.getAttribute('href')).toMatch(/^\/pagead\/clk/);
    expect(sponsored.job.url).toBe('https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718');
  });

  it('leaves out the aria-hidden decoy that copies its neighbour', () => {
    const decoy = page.document.querySelector('.job_5555aaaa5555aaaa')!;
    expect(cardElements(indeed.cards!, page.document)).toContain(decoy);
    expect(indeed.cards!.read(decoy, page)).toBeNull();
    expect(rows(page).map(([id]) => id)).not.toContain('5555aaaa5555aaaa');
    expect(rows(page)).toHaveLength(3);
  });

  it('also leaves out a decoy whose hiding sits only on its list item', () => {
    const fresh = load('search-2026-pane.html', 'https://www.indeed.com/jobs?q=python');
    const li = fresh.document.querySelector('.job_5555aaaa5555aaaa')!.closest('li')!;
    li.querySelector('.cardOutline')!.removeAttribute('aria-hidden');
    li.querySelector('span[id^="jobTitle-"]')!.id = 'jobTitle-5555aaaa5555aaaa';
    const card = li.querySelector('[data-testid="slider_item"]')!;
    expect(indeed.cards!.read(card, fresh)?.id).toBe('5555aaaa5555aaaa');
    li.setAttribute('aria-hidden', 'true');
    expect(indeed.cards!.read(card, fresh)).toBeNull();
  });

  it('reads a recycled card under its new job key', () => {
    const fresh = load('search-2026-pane.html', 'https://www.indeed.com/jobs?q=python');
    const card = fresh.document.querySelector('.job_0f1e2d3c4b5a6978')!;
    const link = card.querySelector('a[data-jk]')!;
    const span = link.querySelector('span')!;
    link.setAttribute('data-jk', 'beefbeefbeefbeef');
    span.id = 'jobTitle-beefbeefbeefbeef';
    span.setAttribute('title', 'Model Evaluation Engineer');
    span.textContent = 'Model Evaluation Engineer';
    expect(indeed.cards!.read(card, fresh)).toMatchObject({ id: 'beefbeefbeefbeef', title: 'Model Evaluation Engineer' });
  });

  it('takes the title a reader sees where a translated page leaves the title attribute in another language', () => {
    const fresh = load('search-2026-pane.html', 'https://www.indeed.com/jobs?q=python');
    const span = fresh.document.querySelector('.job_0f1e2d3c4b5a6978 span[id^="jobTitle-"]')!;
    span.setAttribute('title', 'Ingeniero desplegado');
    expect(indeed.cards!.read(fresh.document.querySelector('.job_0f1e2d3c4b5a6978')!, fresh)?.title).toBe('Forward Deployed Engineer');
    // With no text (a card still being filled), the attribute stands in.
    span.textContent = '';
    expect(indeed.cards!.read(fresh.document.querySelector('.job_0f1e2d3c4b5a6978')!, fresh)?.title).toBe('Ingeniero desplegado');
  });

  it('returns null for a card that is not (yet) a job', () => {
    const empty = page.document.createElement('div');
    empty.className = 'cardOutline';
    expect(indeed.cards!.read(empty, page)).toBeNull();
    const odd = page.document.createElement('div');
    odd.innerHTML = '<a data-jk="not-a-key"><span title="Engineer">Engineer</span></a>';
    expect(indeed.cards!.read(odd, page)).toBeNull();
  });

  it('reads the open job from the pane, without the hidden " - job post" suffix', () => {
    const detail = indeed.detail!(page)!;
    expect(detail).toMatchObject({
      id: '0f1e2d3c4b5a6978',
      title: 'Forward Deployed Engineer',
      company: 'Northwind Signals',
      location: 'Remote in Denver, CO',
      url: 'https://www.indeed.com/viewjob?jk=0f1e2d3c4b5a6978',
    });
    expect(detail.description).toBe(
      "About the role\nYou will sit with our customers' engineers and ship integrations on site.\nTravel up to 50%\nOwn the deployment end to end",
    );
    expect(detail.element.classList.contains('jobsearch-JobComponent')).toBe(true);
    expect(detail.badgeAnchor?.getAttribute('data-testid')).toBe('jobsearch-JobInfoHeader-title');
  });

  it('takes the pane job key from vjk= when the pane carries none', () => {
    const bare = load('search-2026-pane.html', 'https://www.indeed.com/jobs?q=python&vjk=a1b2c3d4e5f60718');
    bare.document.querySelector('[data-testid="inlineHeader-companyName"] a')!.setAttribute('href', '/cmp/Northwind');
    expect(indeed.detail!(bare)!.id).toBe('a1b2c3d4e5f60718');
  });

  it('falls back to the highlighted card when neither pane nor URL names the job', () => {
    const bare = load('search-2026-pane.html', 'https://www.indeed.com/jobs?q=python');
    bare.document.querySelector('[data-testid="inlineHeader-companyName"] a')!.setAttribute('href', '/cmp/Northwind');
    expect(indeed.detail!(bare)!.id).toBe('0f1e2d3c4b5a6978');
  });
});

describe('indeed search, 2025 "simpler" pane header', () => {
  const page = load('search-2025-simpler-pane.html', 'https://www.indeed.com/jobs?q=&l=Savannah%2C+GA');

  it('reads the sponsored card', () => {
    expect(rows(page)).toEqual([['7e7e7e7e12121212', 'Data Platform Engineer', 'Riverbend Foods', 'Savannah, GA 31401']]);
  });

  it('reads the pane with the key from the apply widget', () => {
    expect(indeed.detail!(page)).toMatchObject({
      id: '7e7e7e7e12121212',
      title: 'Data Platform Engineer',
      company: 'Riverbend Foods',
      location: '12 Wharf Street, Savannah, GA 31401',
      description: 'SUMMARY\nKeep the warehouse data pipelines healthy.',
    });
  });
});

describe('indeed viewjob pages', () => {
  it('reads the job component with the key from the URL', () => {
    const page = load('viewjob.html', 'https://www.indeed.com/viewjob?jk=3c3c3c3c4d4d4d4d&from=serp');
    expect(indeed.detail!(page)).toMatchObject({
      id: '3c3c3c3c4d4d4d4d',
      title: 'AI Platform Engineer',
      company: 'Lakeside Compute',
      location: 'Remote',
      description: 'Build the model serving platform used by every product team.\nOwn GPU scheduling.',
    });
  });

  it('falls back to the JobPosting JSON-LD when the markup is unknown', () => {
    const page = load('viewjob-jsonld-only.html', 'https://ca.indeed.com/viewjob?jk=0a0b0c0d0e0f1a1b');
    const detail = indeed.detail!(page)!;
    expect(detail).toMatchObject({ id: '0a0b0c0d0e0f1a1b', title: 'Solutions Engineer', company: 'Granite Peak Software' });
    expect(detail.location).toContain('Toronto');
    expect(detail.description).toBe('Work with customers to deploy our platform.');
    expect(detail.url).toBe('https://ca.indeed.com/viewjob?jk=0a0b0c0d0e0f1a1b');
  });

  it('reads a late-2026 page (hashed classes, test ids only, no JSON-LD): company without a company page, its place, the description without its style sheet', () => {
    const page = load('viewjob-2026-rnw.html', 'https://www.indeed.com/viewjob?jk=5e6f7a8b9c0d1e2f&from=serp');
    const detail = indeed.detail!(page)!;
    expect(detail).toMatchObject({
      id: '5e6f7a8b9c0d1e2f',
      title: 'Applied AI Engineer',
      company: 'Cedar Sound Analytics',
      location: 'Tacoma, WA 98402',
      url: 'https://www.indeed.com/viewjob?jk=5e6f7a8b9c0d1e2f',
      description: 'We build speech models for hospital call centres.\nFine-tune and evaluate our speech recognition models\nShip the inference service our product calls',
    });
    expect(detail.badgeAnchor?.getAttribute('data-testid')).toBe('vj-job-title');
    expect(detail.element.getAttribute('data-testid')).toBe('viewjob-main-content');
  });

  it('gives no open job on a viewjob URL without a valid key', () => {
    const page = load('viewjob-jsonld-only.html', 'https://www.indeed.com/viewjob?jk=<script>');
    expect(indeed.detail!(page)).toBeNull();
  });
});

describe('indeed search, 2016–18 markup (div.row.result[data-jk])', () => {
  const page = load('search-2018.html', 'https://www.indeed.com/jobs?q=machine+learning&l=');

  it('reads organic and sponsored cards by the key on the card, titles from the title attribute', () => {
    expect(rows(page)).toEqual([
      ['5a6b7c8d9e0f1a2b', 'Customer Deployment Engineer', 'Brightwater Analytics', 'Boston, MA'],
      ['0a1b2c3d4e5f6a7b', 'Machine Learning Infrastructure Engineer', 'Copperline Systems', 'Cambridge, MA 02139'],
      ['9f8e7d6c5b4a3f2e', 'Data Platform Engineer', 'Marlow Freight', 'Remote'],
    ]);
  });

  it('gives the viewjob URL (not the ad link) and badges the title link', () => {
    const { cards } = readPage(indeed, page);
    expect(cards[0].job.url).toBe('https://www.indeed.com/viewjob?jk=5a6b7c8d9e0f1a2b');
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('a[data-tn-element="jobTitle"]'));
    expect(cards[1].job.badgeAnchor?.closest('h2')?.id).toBe('jl_0a1b2c3d4e5f6a7b');
  });

  it('makes no listing of a result without a job key, and has no open job', () => {
    expect(rows(page).map(([id]) => id)).toHaveLength(3);
    expect(indeed.detail!(page)).toBeNull();
  });
});

describe('indeed search, 2019–20 markup (jobsearch-SerpJobCard) with the vjs pane', () => {
  const url = 'https://www.indeed.com/jobs?q=applied+scientist&l=Seattle%2C+WA&vjk=7c7c7c7c1d1d1d1d';
  const page = load('search-2020-vjs.html', url);

  it('reads the cards, the location from .location or else the hidden recJobLoc, with a note of remote work beside it', () => {
    expect(rows(page)).toEqual([
      ['7c7c7c7c1d1d1d1d', 'Applied Scientist, Search Ranking', 'Pinecrest Retail', 'Seattle, WA 98109'],
      ['2e2e2e2e3f3f3f3f', 'Forward Deployed Software Engineer', 'Ridgeback Data', 'Remote'],
      ['4b4b4b4b5a5a5a5a', 'Research Engineer, Speech', 'Harrowgate Audio', 'Bellevue, WA; Temporarily remote'],
    ]);
  });

  it('badges the title link of each card', () => {
    for (const { element, job } of readPage(indeed, page).cards) {
      expect(job.badgeAnchor).toBe(element.querySelector('h2.title a.jobtitle'));
    }
  });

  it('reads the open job from #vjs-container, its key from vjk=, without the dash before the location', () => {
    const detail = indeed.detail!(page)!;
    expect(detail).toMatchObject({
      id: '7c7c7c7c1d1d1d1d',
      title: 'Applied Scientist, Search Ranking',
      company: 'Pinecrest Retail',
      location: 'Seattle, WA 98109',
      url: 'https://www.indeed.com/viewjob?jk=7c7c7c7c1d1d1d1d',
      description: 'We rank millions of products for shoppers.\nLearning to rank\nOnline experiments',
    });
    expect(detail.element.id).toBe('vjs-container');
    expect(detail.badgeAnchor?.id).toBe('vjs-jobtitle');
  });

  it('names no open job when the address has no vjk=', () => {
    expect(indeed.detail!(load('search-2020-vjs.html', 'https://www.indeed.com/jobs?q=applied+scientist'))).toBeNull();
  });
});

describe('indeed search, 2021–22 markup (the card is a.tapItem[data-jk])', () => {
  const page = load('search-2021-tapitem.html', 'https://www.indeed.com/jobs?q=ai+engineer&l=');

  it('reads each card link once, the title from span[title] beside the "new" label', () => {
    expect(rows(page)).toEqual([
      ['6d6d6d6d7e7e7e7e', 'AI Solutions Engineer', 'Saltgrass Labs', 'Austin, TX 78701•Hybrid remote'],
      ['8a8a8a8a9b9b9b9b', 'Machine Learning Platform Engineer', 'Kestrel Freightworks', 'Remote'],
      ['0c0c0c0c1d1d1d1d', 'Data Scientist, Clinical NLP', 'Lindenwood Health', 'Nashville, TN'],
    ]);
  });

  it('marks the card link itself and badges its h2 title', () => {
    const { cards } = readPage(indeed, page);
    for (const { element, job } of cards) {
      expect(element.matches('a.tapItem[data-jk]')).toBe(true);
      expect(job.badgeAnchor).toBe(element.querySelector('h2.jobTitle'));
    }
    expect(cards[1].element.getAttribute('href')).toMatch(/^\/pagead\/clk/);
    expect(cards[1].job.url).toBe('https://www.indeed.com/viewjob?jk=8a8a8a8a9b9b9b9b');
  });

  it('has no open job: the pane is an iframe', () => {
    expect(indeed.detail!(page)).toBeNull();
  });
});

describe('indeed viewjob pages of earlier years', () => {
  it('2019–21: company and location from jobsearch-InlineCompanyRating, key from the URL', () => {
    const page = load('viewjob-2020.html', 'https://ca.indeed.com/viewjob?jk=1b2c3d4e5f6a7b8c');
    const detail = indeed.detail!(page)!;
    expect(detail).toMatchObject({
      id: '1b2c3d4e5f6a7b8c',
      title: 'Applied ML Engineer',
      company: 'Foxglove Robotics',
      location: 'Ottawa, ON',
      url: 'https://ca.indeed.com/viewjob?jk=1b2c3d4e5f6a7b8c',
      description: 'Train perception models for our warehouse robots.\nPyTorch\nEdge deployment',
    });
    expect(detail.badgeAnchor?.tagName).toBe('H1');
    expect(readPage(indeed, page).cards).toEqual([]);
  });

  it('2014–18: div#job_header with b.jobtitle and span#job_summary', () => {
    const page = load('viewjob-2017.html', 'https://www.indeed.com/viewjob?jk=3f4e5d6c7b8a9f0e');
    expect(indeed.detail!(page)).toMatchObject({
      id: '3f4e5d6c7b8a9f0e',
      title: 'Solutions Engineer',
      company: 'Tamarack Software',
      location: 'Denver, CO',
      description: 'Help customers roll out our scheduling platform.\nOn-site visits\nIntegrations',
    });
  });
});

describe('indeed pages and hosts', () => {
  it('treats every example URL as an Indeed job page', () => {
    for (const href of indeed.exampleUrls) expect(adapterForPage(new URL(href))?.id, href).toBe('indeed');
  });

  it('does not run on the home page, career advice, company reviews or other Indeed apps', () => {
    for (const href of indeed.nonJobExampleUrls!) expect(indeed.isJobPage(new URL(href)), href).toBe(false);
  });

  it('only runs on indeed.com hosts', () => {
    expect(indeed.isJobPage(new URL('https://www.indeed.com.evil.example/jobs?q=x'))).toBe(false);
    expect(indeed.isJobPage(new URL('https://notindeed.com/jobs?q=x'))).toBe(false);
    expect(adapterForPage(new URL('https://www.indeed.com.evil.example/jobs?q=x'))?.id).not.toBe('indeed');
  });
});

describe('indeed search, mid-2026 cards with a shelf (in.indeed.com, www.indeed.com)', () => {
  const page = load('search-2026-shelf.html', 'https://in.indeed.com/jobs?q=Flutter+Developer&l=India&fromage=1');

  it('reads h2 and h3 title cards and the carousel card with a branding logo, not the empty zone', () => {
    expect(rows(page)).toEqual([
      ['1a2b3c4d5e6f7081', 'Mobile Platform Engineer', 'Harbor Lantern Labs', 'Remote'],
      ['9f8e7d6c5b4a3921', 'Senior App Developer Intern', 'Quillmoor Studio Pvt. Ltd.', 'Remote in Pune, Maharashtra'],
      ['5e5e5e5e6f6f6f6f', 'Release Tooling Engineer', 'Tidewater Forge', 'Hybrid work in Boulder, CO 80302'],
    ]);
  });

  it('takes the whole card with its shelf as one card and badges its title link, not a shelf link', () => {
    const [first] = readPage(indeed, page).cards;
    expect(first.element.classList.contains('cardOutline')).toBe(true);
    expect(first.element.querySelector('[data-testid="more_links"] a[href*="fromjk="]')).not.toBeNull();
    expect(first.job.badgeAnchor).toBe(first.element.querySelector('a.jcs-JobTitle'));
  });

  it('takes the open job key from the pane header, not from a card shelf', () => {
    const detail = indeed.detail!(page)!;
    expect(detail).toMatchObject({
      id: '1a2b3c4d5e6f7081',
      title: 'Mobile Platform Engineer',
      company: 'Harbor Lantern Labs',
      location: 'Remote',
      url: 'https://in.indeed.com/viewjob?jk=1a2b3c4d5e6f7081',
      description: 'We ship a shared mobile toolkit used by several product teams.\nJob Type: Full-time',
    });
    const fresh = load('search-2026-shelf.html', 'https://in.indeed.com/jobs?q=Flutter+Developer');
    fresh.document.querySelector('[data-testid="inlineHeader-companyName"] a')!.setAttribute('href', '/cmp/Harbor-Lantern');
    fresh.document.querySelector('a[aria-pressed="true"]')!.removeAttribute('aria-pressed');
    expect(indeed.detail!(fresh)).toBeNull();
  });
});

describe('indeed search, 2026 card whose location carries a neighbourhood line', () => {
  // Hand-written after a real www.indeed.com save: the location div holds the town, a no-break
  // space and a nested div with the neighbourhood in parentheses.
  const html = `<div id="mosaic-provider-jobcards"><ul>
    <li><div class="cardOutline tapItem result job_0a1b2c3d4e5f6071 vjs-highlight"><div data-testid="slider_item" class="slider_item"><div class="job_seen_beacon"><table><tbody><tr><td class="resultContent">
      <h3 class="jobTitle"><a id="job_0a1b2c3d4e5f6071" data-jk="0a1b2c3d4e5f6071" aria-label="full details of Kiln Firmware Tinkerer" class="jcs-JobTitle" href="/rc/clk?jk=0a1b2c3d4e5f6071"><span title="Kiln Firmware Tinkerer" id="jobTitle-0a1b2c3d4e5f6071">Kiln Firmware Tinkerer</span></a></h3>
      <div class="company_location"><div data-testid="timing-attribute"><div><span data-testid="company-name">Brambleworks Co-op</span></div>
      <div data-testid="text-location">Fernvale, OK 73001<!-- -->&nbsp;<div class="css-14rqksf">(<!-- -->Old Mill area<!-- -->)</div></div></div></div>
    </td></tr></tbody></table></div></div></div></li>
  </ul></div>`;
  const page: PageContext = {
    url: new URL('https://www.indeed.com/jobs?q=firmware&l=Fernvale'),
    document: new DOMParser().parseFromString(html, 'text/html'),
  };

  it('reads the town and its neighbourhood as one line', () => {
    expect(rows(page)).toEqual([
      ['0a1b2c3d4e5f6071', 'Kiln Firmware Tinkerer', 'Brambleworks Co-op', 'Fernvale, OK 73001 (Old Mill area)'],
    ]);
  });
});

describe('indeed search, late-2026 pane in React Native Web markup', () => {
  const page = load('search-2026-rnw-pane.html', 'https://www.indeed.com/jobs?q=ai+engineer&vjk=6a7b8c9d0e1f2a3b');

  it('reads the pane: the company from its company-page link, the place after the rating', () => {
    const detail = indeed.detail!(page)!;
    expect(detail).toMatchObject({
      id: '6a7b8c9d0e1f2a3b',
      title: 'Forward Deployed AI Engineer',
      company: 'Pier Nine Systems',
      location: 'Remote',
      description: "Sit with our customers' engineers and deploy our agents into their systems.",
    });
    expect(detail.element.id).toBe('jobsearch-ViewjobPaneWrapper');
  });

  it('still reads the card beside it', () => {
    expect(rows(page)).toEqual([['6a7b8c9d0e1f2a3b', 'Forward Deployed AI Engineer', 'Pier Nine Systems', 'Remote']]);
  });
});
