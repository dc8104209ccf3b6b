import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glassdoor } from '../../lib/sites/glassdoor';
import { adapterForPage } from '../../lib/sites';
import { cardElements, readPage } from '../../lib/sites/read-page';
import type { PageContext } from '../../lib/sites/types';

function load(name: string, url: string): PageContext {
  const html = readFileSync(resolve('tests/fixtures/glassdoor', name), 'utf8');
  return { url: new URL(url), document: new DOMParser().parseFromString(html, 'text/html') };
}

const rows = (page: PageContext) =>
  readPage(glassdoor, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location]);

const SEARCH = 'https://www.glassdoor.com/Job/san-francisco-machine-learning-engineer-jobs-SRCH_IL.0,13_IC1147401_KO14,39.htm';

describe('glassdoor search, current markup', () => {
  const page = load('search-current.html', SEARCH);

  it('reads each job card and skips the job-alert slot in the list', () => {
    expect(rows(page)).toEqual([
      ['1009000000001', 'AI Platform Engineer', 'Ironbark AI', 'San Francisco, CA'],
      ['1009000000002', 'Forward Deployed Engineer', 'Saltmarsh Robotics', 'Remote'],
    ]);
    const alert = page.document.querySelector('.JobsList_ad__b1v2c')!.closest('li')!;
    expect(cardElements(glassdoor.cards!, page.document)).toContain(alert);
    expect(glassdoor.cards!.read(alert, page)).toBeNull();
  });

  it('gives a short job-listing URL on the same host and badges the title link', () => {
    const [first] = readPage(glassdoor, page).cards;
    expect(first.job.url).toBe('https://www.glassdoor.com/job-listing/j?jl=1009000000001');
    expect(first.job.badgeAnchor).toBe(first.element.querySelector('[data-test="job-title"]'));
  });

  it('reads a recycled card under its new id', () => {
    const fresh = load('search-current.html', SEARCH);
    const card = fresh.document.querySelector('li[data-jobid="1009000000002"]')!;
    card.setAttribute('data-jobid', '1009000000777');
    card.querySelector('[data-id]')!.setAttribute('data-id', '1009000000777');
    card.querySelector('[data-test="job-title"]')!.textContent = 'Inference Engineer';
    expect(glassdoor.cards!.read(card, fresh)).toMatchObject({ id: '1009000000777', title: 'Inference Engineer' });
  });

  it('takes the id from the title link when the card has no data attribute', () => {
    const fresh = load('search-current.html', SEARCH);
    const card = fresh.document.querySelector('li[data-jobid="1009000000002"]')!;
    card.removeAttribute('data-jobid');
    card.querySelector('[data-id]')!.removeAttribute('data-id');
    card.querySelector('[data-test="job-title"]')!.removeAttribute('id');
    expect(glassdoor.cards!.read(card, fresh)?.id).toBe('1009000000002');
  });

  it('reads the open job from the details pane', () => {
    const detail = glassdoor.detail!(page)!;
    expect(detail).toMatchObject({
      id: '1009000000001',
      title: 'AI Platform Engineer',
      company: 'Ironbark AI',
      location: 'San Francisco, CA',
      description: 'About us\nWe build the platform our researchers train and serve models on.\nKubernetes\nRay',
    });
    expect(detail.element.getAttribute('class')).toContain('JobDetails_jobDetailsContainer');
    expect(detail.badgeAnchor?.tagName).toBe('H1');
  });

  it('falls back to the selected card for the open job id when the heading has none', () => {
    const fresh = load('search-current.html', SEARCH);
    fresh.document.querySelector('h1')!.removeAttribute('id');
    fresh.document.querySelector('h1')!.closest('header')!.setAttribute('data-test', 'job-details-header');
    expect(glassdoor.detail!(fresh)?.id).toBe('1009000000001');
  });
});

describe('glassdoor search, 2024–26 markup (selection on the wrapper, id in data-brandviews)', () => {
  const page = load('search-2026-pane.html', 'https://www.glassdoor.com/Job/remote-applied-scientist-jobs-SRCH_IL.0,6_IS11047_KO7,24.htm');

  it('reads the employer name span, never the rating after it, and skips the job-alert item', () => {
    expect(rows(page)).toEqual([
      ['1010300000021', 'Applied Scientist, LLM Evaluation', 'Brackenfold Analytics', 'Remote'],
      ['1010300000022', 'Machine Learning Engineer', 'Tallowmere Health', 'Boston, MA'],
    ]);
  });

  it('reads the open job: id from the header data-brandviews, its h1 having no id', () => {
    expect(glassdoor.detail!(page)).toMatchObject({
      id: '1010300000021',
      title: 'Applied Scientist, LLM Evaluation',
      company: 'Brackenfold Analytics',
      location: 'Remote',
      description: 'You will design benchmarks for our assistant.\nPython\nStatistics',
    });
  });

  it('falls back to the selected card wrapper when the header names no job', () => {
    const fresh = load('search-2026-pane.html', 'https://www.glassdoor.com/Job/remote-applied-scientist-jobs-SRCH_IL.0,6_IS11047_KO7,24.htm');
    fresh.document.querySelector('header')!.removeAttribute('data-brandviews');
    fresh.document.querySelector('[data-jobid="1010300000021"] [data-test="job-card-wrapper"]')!.setAttribute('data-selected', 'false');
    fresh.document.querySelector('[data-jobid="1010300000022"] [data-test="job-card-wrapper"]')!.setAttribute('data-selected', 'true');
    expect(glassdoor.detail!(fresh)?.id).toBe('1010300000022');
    fresh.document.querySelector('[data-jobid="1010300000022"] [data-test="job-card-wrapper"]')!.setAttribute('data-selected', 'false');
    expect(glassdoor.detail!(fresh)).toBeNull();
  });

  it('finds no listing on a page without job cards', () => {
    const empty = load('search-2026-pane.html', 'https://www.glassdoor.com/Job/remote-applied-scientist-jobs-SRCH_IL.0,6_IS11047_KO7,24.htm');
    empty.document.querySelectorAll('li[data-test="jobListing"]').forEach((li) => li.remove());
    expect(rows(empty)).toEqual([]);
  });
});

describe('glassdoor search, 2021–22 markup', () => {
  it('reads the react-job-listing card', () => {
    const page = load('search-2022.html', 'https://www.glassdoor.com/Job/austin-jobs-SRCH_IL.0,6_IC1139761.htm');
    expect(rows(page)).toEqual([['1008000000003', 'Solutions Architect, Generative AI', 'Juniper Vector', 'Austin, TX']]);
  });
});

describe('glassdoor search, late 2020–21 markup (react-job-listing without data-test)', () => {
  const url = 'https://www.glassdoor.com/Job/denver-machine-learning-engineer-jobs-SRCH_IL.0,6_IC1148170_KO7,32.htm';
  const page = load('search-2021-react.html', url);

  it('reads the employer from div.jobHeader, the title from a.jobTitle, the location from span.loc', () => {
    expect(rows(page)).toEqual([
      ['3901234501', 'Machine Learning Engineer, Recommendations', 'Aspenlight', 'Denver, CO'],
      ['3901234502', 'Solutions Engineer, LLM Integrations', 'Cobaltline', 'Boulder, CO'],
    ]);
    const [first] = readPage(glassdoor, page).cards;
    expect(first.job.badgeAnchor).toBe(first.element.querySelector('a.jobTitle'));
    expect(first.job.url).toBe('https://www.glassdoor.com/job-listing/j?jl=3901234501');
  });

  it('reads the open job: id from the selected card, employer without its rating', () => {
    const detail = glassdoor.detail!(page)!;
    expect(detail).toMatchObject({
      id: '3901234501',
      title: 'Machine Learning Engineer, Recommendations',
      company: 'Aspenlight',
      location: 'Denver, CO',
      description: 'Own the ranking models behind our home feed.\nTensorFlow\nFeature pipelines',
    });
    expect(detail.element.id).toBe('JDCol');
    expect(detail.badgeAnchor?.getAttribute('data-test')).toBe('jobTitle');
  });

  it('takes the location from data-job-loc when the card shows none', () => {
    const fresh = load('search-2021-react.html', url);
    fresh.document.querySelector('li[data-id="3901234502"] span.loc')!.remove();
    expect(rows(fresh)[1]).toEqual(['3901234502', 'Solutions Engineer, LLM Integrations', 'Cobaltline', 'Boulder, CO']);
  });

  it('names no open job when no card is selected', () => {
    const fresh = load('search-2021-react.html', url);
    fresh.document.querySelector('li.selected')!.classList.remove('selected');
    expect(glassdoor.detail!(fresh)).toBeNull();
  });
});

describe('glassdoor search, 2016–19 markup (li.jl with flexbox/empLoc)', () => {
  const page = load('search-2018.html', 'https://www.glassdoor.com/Job/chicago-data-engineer-jobs-SRCH_IL.0,7_IC1128808_KO8,21.htm');

  it('reads the title link (not the logo link) and splits employer from location', () => {
    expect(rows(page)).toEqual([
      ['2712345601', 'Senior Data Engineer, ML Platform', 'Fernhill Logistics', 'Chicago, IL'],
      ['2712345602', 'Forward Deployed Engineer', 'Quarrystone Software', 'Evanston, IL'],
      ['2712345603', 'Analytics Engineer', 'Tollgate Insurance', undefined],
    ]);
    const [first] = readPage(glassdoor, page).cards;
    expect(first.job.badgeAnchor).toBe(first.element.querySelector('.flexbox a.jobLink'));
  });

  it('reads the open job from #JDCol: id from li.jl.selected, location without the dash', () => {
    const detail = glassdoor.detail!(page)!;
    expect(detail).toMatchObject({
      id: '2712345601',
      title: 'Senior Data Engineer, ML Platform',
      company: 'Fernhill Logistics',
      location: 'Chicago, IL',
      url: 'https://www.glassdoor.com/job-listing/j?jl=2712345601',
      description: 'Build the feature store our forecasting models read from.\nSpark\nAirflow',
    });
    expect(detail.badgeAnchor?.tagName).toBe('H2');
  });

  it('reads the same header on a /job-listing/ page with the id from jl=', () => {
    const listing = load(
      'search-2018.html',
      'https://www.glassdoor.com/job-listing/senior-data-engineer-fernhill-logistics-JV_IC1128808_KO0,33_KE34,52.htm?jl=2712345601',
    );
    listing.document.querySelector('li.selected')!.classList.remove('selected');
    expect(glassdoor.detail!(listing)).toMatchObject({ id: '2712345601', company: 'Fernhill Logistics' });
  });
});

describe('glassdoor search, 2020 markup', () => {
  const page = load('search-2020.html', 'https://www.glassdoor.co.in/Job/australia-jobs-SRCH_IL.0,9_IN16.htm');

  it('reads li.jl cards: title from the link that does not wrap the employer', () => {
    expect(rows(page)).toEqual([
      ['2400000101', 'ML Infrastructure & Tooling Engineer', 'Kestrel Systems', 'Melbourne'],
      ['2400000102', '<img src=x onerror=alert(1)> Field Engineer', 'Tidewater <script>', 'Sydney'],
    ]);
  });

  it('keeps hostile text as text', () => {
    const { cards } = readPage(glassdoor, page);
    expect(cards[1].element.querySelector('img, script')).toBeNull();
  });

  it('has no open job when the details column is empty', () => {
    expect(glassdoor.detail!(page)).toBeNull();
  });
});

describe('glassdoor job-listing pages', () => {
  it('falls back to the JobPosting JSON-LD with the id from jl=', () => {
    const page = load(
      'job-listing-jsonld-only.html',
      'https://www.glassdoor.co.uk/job-listing/applied-ml-engineer-harrow-labs-JV_KO0,19_KE20,31.htm?jl=1010000000042',
    );
    const detail = glassdoor.detail!(page)!;
    expect(detail).toMatchObject({ id: '1010000000042', title: 'Applied ML Engineer', company: 'Harrow Labs' });
    expect(detail.description).toBe('Ship models with our customers.');
    expect(detail.url).toBe('https://www.glassdoor.co.uk/job-listing/j?jl=1010000000042');
  });

  it('gives no open job on a listing URL without a valid id', () => {
    const page = load('job-listing-jsonld-only.html', 'https://www.glassdoor.com/job-listing/x.htm?jl=abc');
    expect(glassdoor.detail!(page)).toBeNull();
  });
});

describe('glassdoor pages and hosts', () => {
  it('treats every example URL as a Glassdoor job page', () => {
    for (const href of glassdoor.exampleUrls) expect(adapterForPage(new URL(href))?.id, href).toBe('glassdoor');
  });

  it('does not run on home, reviews, salaries, company overview or community pages', () => {
    for (const href of glassdoor.nonJobExampleUrls!) expect(glassdoor.isJobPage(new URL(href)), href).toBe(false);
  });

  it('covers the country domains and nothing that only looks like them', () => {
    expect(glassdoor.isJobPage(new URL('https://nl.glassdoor.be/Job/antwerpen-jobs-SRCH_IL.0,9_IC1.htm'))).toBe(true);
    expect(glassdoor.isJobPage(new URL('https://www.glassdoor.com.au/Job/sydney-jobs-SRCH_IL.0,6_IC1.htm'))).toBe(true);
    expect(glassdoor.isJobPage(new URL('https://www.glassdoor.com.evil.example/Job/x-SRCH_IL.htm'))).toBe(false);
    expect(glassdoor.isJobPage(new URL('https://notglassdoor.com/Job/x-SRCH_IL.htm'))).toBe(false);
  });
});

describe('glassdoor search, glassdoor.co.in June 2025 (ItemList JSON-LD, "Discover more" menus in cards)', () => {
  const url = 'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm';
  const page = load('search-2025-in-discover-more.html', url);

  it('reads every card once, never the SEO link items nested in a card, with or without logo and rating', () => {
    expect(adapterForPage(page.url)).toBe(glassdoor);
    expect(readPage(glassdoor, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['1009700000101', 'Staff ML Platform Engineer', 'Copperleaf Health', 'Chennai', 'https://www.glassdoor.co.in/job-listing/j?jl=1009700000101'],
      ['1009700000102', 'Data Scientist', 'Nimbusgrove', 'Bengaluru', 'https://www.glassdoor.co.in/job-listing/j?jl=1009700000102'],
      ['1009700000103', 'Data Scientist, Support Analytics', 'Tealstone HR', 'Remote', 'https://www.glassdoor.co.in/job-listing/j?jl=1009700000103'],
    ]);
    expect(cardElements(glassdoor.cards!, page.document)).toHaveLength(3);
  });

  it('badges each card on its title link', () => {
    for (const { element, job } of readPage(glassdoor, page).cards) {
      expect(job.badgeAnchor).toBe(element.querySelector('a[data-test="job-title"]'));
    }
  });

  it('reads the open job from the pane: employer from the heading h4, not its rating; no salary in the location', () => {
    const detail = glassdoor.detail!(page)!;
    expect(detail).toMatchObject({
      id: '1009700000101',
      title: 'Staff ML Platform Engineer',
      company: 'Copperleaf Health',
      location: 'Chennai',
      url: 'https://www.glassdoor.co.in/job-listing/j?jl=1009700000101',
      description:
        'You will run the platform our data scientists ship models on.\nResponsibilities\nOperate the feature store\nBuild the model serving path',
    });
    expect(detail.badgeAnchor?.id).toBe('jd-job-title-1009700000101');
    expect(detail.element.getAttribute('class')).toContain('JobDetails_jobDetailsContainer');
  });
});

describe('glassdoor "For you" page without recommendations (April 2025)', () => {
  const page = load('for-you-empty-2025.html', 'https://www.glassdoor.co.uk/Job/index.htm');

  it('runs there but finds no listing and no open job in the search bar, suggestions or footer link lists', () => {
    expect(adapterForPage(page.url)).toBe(glassdoor);
    expect(cardElements(glassdoor.cards!, page.document)).toEqual([]);
    expect(rows(page)).toEqual([]);
    expect(glassdoor.detail!(page)).toBeNull();
  });
});
