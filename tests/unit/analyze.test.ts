import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/page/analyze';
import { LABELS } from '../../lib/schema';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('analyzePage ("Analyze this page")', () => {
  it('reads a vendor\'s career site on a company\'s own domain by its markup: every card shown, classified from its title', () => {
    const page = loadFixture('successfactors', 'search.html', 'https://jobs.fernwood-logistics.example/search/?q=engineer');
    const { roles, shown } = analyzePage(page);
    expect(roles.map((r) => [r.site, r.id, r.title, r.source, r.open])).toEqual([
      ['successfactors', '1450012345', 'Applied ML Engineer', 'card', false],
      ['successfactors', '1450012346', 'Night Shift Lead', 'card', false],
      ['successfactors', '1450012399', 'Data Engineer', 'card', false],
      ['successfactors', '1450012347', 'Route Planner <img src=x onerror=alert(1)>', 'card', false],
    ]);
    expect(shown.map((s) => s.role)).toEqual(roles);
    for (const s of shown) {
      expect(s.element.matches('tr.data-row')).toBe(true);
      expect(s.badgeAnchor?.matches('a.jobTitle-link')).toBe(true);
      expect(LABELS).toContain(s.role.classification.label);
    }
    expect(roles.find((r) => r.title === 'Night Shift Lead')?.classification.label).toBe('other');
  });

  it('reads a vendor\'s job page there from its full text, as the open job', () => {
    const page = loadFixture('successfactors', 'job.html', 'https://jobs.fernwood-logistics.example/job/Leeds-Applied-ML-Engineer-LS1-4AP/1450012345/');
    const { roles, shown } = analyzePage(page);
    expect(roles[0]).toMatchObject({ site: 'successfactors', id: '1450012345', open: true, source: 'detail' });
    expect(shown[0].role).toBe(roles[0]);
    expect(shown[0].badgeAnchor?.tagName).toBe('H1');
  });

  it('reads a Teamtailor career site on a company\'s own domain by its markup: its cards, then its job page as the open job', () => {
    const page = loadFixture('teamtailor', 'own-domain-cards.html', 'https://careers.tallbacken.example/jobs');
    const { roles, shown } = analyzePage(page);
    expect(roles.map((r) => [r.site, r.id, r.title, r.company, r.source, r.open])).toEqual([
      ['teamtailor', '9120001', 'Machine Learning Engineer, Speech', 'Tallbacken Audio', 'card', false],
      ['teamtailor', '9120002', 'Warehouse Planner', 'Tallbacken Audio', 'card', false],
    ]);
    expect(shown.map((s) => s.element.matches('#jobs_list_container > li'))).toEqual([true, true]);
    expect(roles.find((r) => r.id === '9120002')?.classification.label).toBe('other');
    const job = analyzePage(loadFixture('teamtailor', 'own-domain-job.html', 'https://jobs.norrbacka-labs.example/jobs/4410001-applied-ml-engineer'));
    expect(job.roles).toHaveLength(1);
    expect(job.roles[0]).toMatchObject({ site: 'teamtailor', id: '4410001', title: 'Applied ML Engineer', open: true, source: 'detail' });
    expect(job.shown[0].badgeAnchor?.tagName).toBe('H1');
  });

  it('else reads the page\'s schema.org JobPosting data: the page\'s own job open and shown at its heading', () => {
    const page = loadFixture('jsonld', 'careers-job.html', 'https://careers.northwind.example/jobs/5551234-applied-ml-engineer');
    const { roles, shown } = analyzePage(page);
    expect(roles.map((r) => [r.site, r.id, r.title, r.open])).toEqual([['jsonld', '5551234', 'Applied ML Engineer', true]]);
    expect(shown).toHaveLength(1);
    expect(shown[0].role).toBe(roles[0]);
    expect(shown[0].badgeAnchor?.textContent).toBe('Applied ML Engineer');
  });

  it('lists every schema.org posting of a page, and shows only the one it reads as the page\'s own', () => {
    // A list page is no job's own: every posting is listed, none open (its first is no open job).
    const list = analyzePage(loadFixture('jsonld', 'list-of-jobs.html', 'https://jobs.bluefin.example/roles'));
    expect(list.roles.map((r) => [r.id, r.open])).toEqual([
      ['8812', false],
      ['https://jobs.bluefin.example/roles#2', false],
    ]);
    expect(list.shown).toEqual([]);
    // At a posting's own address, that posting is the open one.
    const own = analyzePage(loadFixture('jsonld', 'list-of-jobs.html', 'https://jobs.bluefin.example/roles/data-platform-engineer-8812'));
    expect(own.roles.map((r) => [r.id, r.open])).toEqual([
      ['8812', true],
      ['https://jobs.bluefin.example/roles/data-platform-engineer-8812#2', false],
    ]);
    expect(own.shown.map((s) => s.role.id)).toEqual(['8812']);
  });

  it('a page with nothing to read gives nothing, without throwing', () => {
    expect(analyzePage(pageFromHtml('<h1>About us</h1>', 'https://www.example.com/search/'))).toEqual({ roles: [], shown: [] });
  });
});
