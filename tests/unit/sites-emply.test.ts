import { describe, expect, it } from 'vitest';
import { emply } from '../../lib/sites/emply';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const AD = 'https://nordlys.career.emply.com/ad/forward-deployed-ml-engineer/k3x9qa/en';

describe('Emply career sites', () => {
  it("reads each link to a job ad: the ad's short id, the title (markup in it kept as text), the place under it, the site's company; not the link to apply", () => {
    const { cards } = readPage(emply, loadFixture('emply', 'vacancies.html', 'https://nordlys.career.emply.com/ledige-stillinger'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['k3x9qa', 'Forward Deployed ML Engineer', 'Nordlys Analytics', 'Aarhus C, Denmark', AD],
      ['p7m2zd', 'ML Platform Engineer', 'Nordlys Analytics', undefined, 'https://nordlys.career.emply.com/ad/ml-platform-engineer/p7m2zd'],
      ['t5v8nb', 'Regnskabsmedarbejder <img src=x onerror=alert(1)>', 'Nordlys Analytics', 'Aarhus C, Denmark', 'https://nordlys.career.emply.com/ad/regnskabsmedarbejder/t5v8nb/da'],
    ]);
  });

  it('names the company by the tenant where the site shows no logo', () => {
    const { cards } = readPage(emply, pageFromHtml('<a href="/ad/data-scientist/q1w2e3">Data Scientist</a>', 'https://furesoe-1.career.emply.com/'));
    expect(cards.map(({ job }) => [job.id, job.company])).toEqual([['q1w2e3', 'Furesoe']]);
  });
});

describe('Emply job ad', () => {
  it('reads the headline, the place among the facts, the text', () => {
    const { detail } = readPage(emply, loadFixture('emply', 'ad.html', AD));
    expect(detail).toMatchObject({ id: 'k3x9qa', title: 'Forward Deployed ML Engineer', company: 'Nordlys Analytics', location: 'Aarhus C, Denmark', url: AD });
    expect(detail!.description).toContain('connect our forecasting models to their data');
    expect(detail!.description).not.toContain('1187');
  });

  it('reads nothing on the application form, nor where the ad has no headline or text', () => {
    expect(emply.isJobPage(new URL('https://nordlys.career.emply.com/apply/forward-deployed-ml-engineer/k3x9qa'))).toBe(false);
    expect(readPage(emply, pageFromHtml('<p>Stillingen er lukket.</p>', AD)).detail).toBeNull();
  });
});
