import { describe, expect, it } from 'vitest';
import { arbeitnow } from '../../lib/sites/arbeitnow';
import { berlinstartupjobs } from '../../lib/sites/berlinstartupjobs';
import { japandev } from '../../lib/sites/japandev';
import { keka } from '../../lib/sites/keka';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { tokyodev } from '../../lib/sites/tokyodev';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Berlin Startup Jobs', () => {
  it('reads each card: the slug its link names as the id, the title (markup kept as text), the company', () => {
    const { cards } = readPage(berlinstartupjobs, loadFixture('berlinstartupjobs', 'list.html', 'https://berlinstartupjobs.com/engineering/'));
    expect(cardRows(cards)).toEqual([
      ['machine-learning-engineer-llm-training-spree-ai', 'Machine Learning Engineer – LLM Training', 'Spree AI', undefined],
      ['forward-deployed-engineer-havel-data', 'Forward Deployed Engineer (m/w/d)', 'Havel Data', undefined],
      ['office-manager-kiez', 'Office Manager <img src=x onerror=alert(1)>', 'Kiez', undefined],
    ]);
  });

  it("reads a job's page: heading, company, place tag, posting; the site's own pages are no job", () => {
    const url = 'https://berlinstartupjobs.com/engineering/forward-deployed-engineer-havel-data/';
    const { detail } = readPage(berlinstartupjobs, loadFixture('berlinstartupjobs', 'job.html', url));
    expect(detail).toMatchObject({ id: 'forward-deployed-engineer-havel-data', title: 'Forward Deployed Engineer (m/w/d)', company: 'Havel Data', location: 'Berlin', url });
    expect(detail!.description).toContain('deploy our AI agents');
    for (const path of ['/skill-areas/python/', '/companies/havel-data/', '/engineering/page/2/']) {
      expect(readPage(berlinstartupjobs, loadFixture('berlinstartupjobs', 'job.html', `https://berlinstartupjobs.com${path}`)).detail).toBeNull();
    }
  });
});

describe('Arbeitnow', () => {
  it('reads each result: the number its link ends with, the title (markup kept as text), the company its logo names, the place', () => {
    const { cards } = readPage(arbeitnow, loadFixture('arbeitnow', 'search.html', 'https://www.arbeitnow.com/?search=ai'));
    expect(cardRows(cards)).toEqual([
      ['590101', 'Machine Learning Engineer (LLM)', 'Isar Intelligence GmbH', 'Munich'],
      ['590102', 'Forward Deployed Engineer', 'Elbe Agents GmbH', 'Hamburg'],
      ['590103', 'Bäcker <img src=x onerror=alert(1)>', 'Backstube KG', 'Berlin'],
    ]);
  });

  it("reads a job's page from its JSON-LD in an @graph (the posting as text), its heading badged", () => {
    const url = 'https://www.arbeitnow.com/jobs/companies/elbe-agents-gmbh/forward-deployed-engineer-hamburg-590102';
    const { detail } = readPage(arbeitnow, loadFixture('arbeitnow', 'job.html', url));
    expect(detail).toMatchObject({ id: '590102', title: 'Forward Deployed Engineer', company: 'Elbe Agents GmbH', location: 'Hamburg', url });
    expect(detail!.description).toContain('deploy our AI agents');
    expect(detail!.description).not.toContain('<p>');
    expect(detail!.badgeAnchor?.tagName).toBe('H1');
    expect(arbeitnow.isJobPage(new URL(`${url}/apply`))).toBe(false);
  });
});

describe('Keka Hire', () => {
  it("reads each card of Keka's widget (one link): id, title (markup kept as text), every place", () => {
    const { cards } = readPage(keka, loadFixture('keka', 'careers.html', 'https://ganga-ai.keka.com/careers/'));
    expect(cardRows(cards)).toEqual([
      ['140001', 'Machine Learning Engineer - LLM Inference', undefined, 'Bengaluru, Hyderabad, Pune'],
      ['140002', 'Forward Deployed Engineer', undefined, 'Mumbai'],
      ['140003', 'Accountant <img src=x onerror=alert(1)>', undefined, 'Chennai'],
    ]);
  });

  it("reads a job's page: heading and posting", () => {
    const { detail } = readPage(keka, loadFixture('keka', 'job.html', 'https://ganga-ai.keka.com/careers/jobdetails/140002'));
    expect(detail).toMatchObject({ id: '140002', title: 'Forward Deployed Engineer', url: 'https://ganga-ai.keka.com/careers/jobdetails/140002' });
    expect(detail!.description).toContain('deploy our LLM agents');
  });

  it("recognizes the widget on a company's own site by its links to Keka, and nothing else", () => {
    const widget = `<div id="khembedjobs"><div id="kh-job-widget"><a class="kh-card kh-job-card" href="https://ganga-ai.keka.com/careers/jobdetails/140001" target="_blank"><h3 class="kh-job-title">ML Engineer</h3></a></div></div>`;
    const page = pageFromHtml(widget, 'https://www.ganga.ai/careers');
    expect(recognizedAdapter(page)).toBe(keka);
    expect(cardRows(readPage(keka, page).cards)).toEqual([['140001', 'ML Engineer', undefined, undefined]]);
    expect(recognizedAdapter(pageFromHtml('<a class="kh-card" href="/jobs/1">Job</a>', 'https://www.example.com/careers'))).toBeNull();
  });

  it("runs only on the career pages of Keka's hosts (the HR app shares them)", () => {
    expect(keka.matches).toEqual(['https://*.keka.com/careers*']);
    expect(keka.isJobPage(new URL('https://ganga-ai.keka.com/careers/applyjob/140002'))).toBe(false);
  });
});

describe('TokyoDev', () => {
  it("reads each job of each company's block: the company and slug as the id, the title (markup kept as text), the company", () => {
    const { cards } = readPage(tokyodev, loadFixture('tokyodev', 'jobs.html', 'https://www.tokyodev.com/jobs'));
    expect(cardRows(cards)).toEqual([
      ['sakura-ml/machine-learning-engineer-speech', 'Machine Learning Engineer (Speech)', 'Sakura ML', undefined],
      ['sakura-ml/forward-deployed-engineer', 'Forward Deployed Engineer', 'Sakura ML', undefined],
      ['fuji-pay/ios-engineer', 'iOS Engineer <img src=x onerror=alert(1)>', 'Fuji Pay', undefined],
    ]);
    expect(cards[1].job.url).toBe('https://www.tokyodev.com/companies/sakura-ml/jobs/forward-deployed-engineer');
  });

  it("reads a job's page: heading, company, posting", () => {
    const { detail } = readPage(tokyodev, loadFixture('tokyodev', 'job.html', 'https://tokyodev.com/companies/sakura-ml/jobs/forward-deployed-engineer'));
    expect(detail).toMatchObject({ id: 'sakura-ml/forward-deployed-engineer', title: 'Forward Deployed Engineer', company: 'Sakura ML', url: 'https://www.tokyodev.com/companies/sakura-ml/jobs/forward-deployed-engineer' });
    expect(detail!.description).toContain('deploy our speech AI');
  });
});

describe('Japan Dev', () => {
  it("reads each card: the slug as the id, the title (markup kept as text), the logo's company or the tagline's, the place tag", () => {
    const { cards } = readPage(japandev, loadFixture('japandev', 'jobs.html', 'https://japan-dev.com/jobs'));
    expect(cardRows(cards)).toEqual([
      ['kumo-labs-llm-platform-engineer-a1b2c3', 'LLM Platform Engineer', 'Kumo Labs', 'Tokyo'],
      ['nami-data-forward-deployed-engineer-d4e5f6', 'Forward Deployed Engineer', 'Nami Data', 'Osaka'],
      ['hoshi-games-unity-developer-g7h8i9', 'Unity Developer <img src=x onerror=alert(1)>', 'Hoshi Games', undefined],
    ]);
  });

  it("reads a job's page from its markup, and from its JSON-LD where the markup is missing", () => {
    const url = 'https://japan-dev.com/jobs/nami-data/nami-data-forward-deployed-engineer-d4e5f6';
    const { detail } = readPage(japandev, loadFixture('japandev', 'job.html', url));
    expect(detail).toMatchObject({ id: 'nami-data-forward-deployed-engineer-d4e5f6', title: 'Forward Deployed Engineer', company: 'Nami Data', location: 'Osaka', url });
    expect(detail!.description).toContain("Integrate our platform with each customer's systems");
    const jsonLdOnly = `<script type="application/ld+json">{"@type":"JobPosting","title":"ML Engineer","hiringOrganization":{"name":"Kumo Labs"},"description":"<p>Train models.</p>"}</script><h2>ML Engineer</h2>`;
    expect(readPage(japandev, pageFromHtml(jsonLdOnly, 'https://japan-dev.com/jobs/kumo-labs/kumo-labs-ml-engineer-z9y8x7?lang=jp')).detail).toMatchObject({
      id: 'kumo-labs-ml-engineer-z9y8x7',
      title: 'ML Engineer',
      company: 'Kumo Labs',
      description: 'Train models.',
    });
  });
});
