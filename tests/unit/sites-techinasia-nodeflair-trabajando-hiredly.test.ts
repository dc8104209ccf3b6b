import { describe, expect, it } from 'vitest';
import { hiredly } from '../../lib/sites/hiredly';
import { nodeflair } from '../../lib/sites/nodeflair';
import { readPage } from '../../lib/sites/read-page';
import { techinasia } from '../../lib/sites/techinasia';
import { trabajando } from '../../lib/sites/trabajando';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Tech in Asia Jobs', () => {
  it('reads each card by its test hooks: id, title (markup kept as text), company, place', () => {
    const { cards } = readPage(techinasia, loadFixture('techinasia', 'search.html', 'https://www.techinasia.com/jobs/search?query=ai'));
    expect(cardRows(cards)).toEqual([
      ['0a1b2c3d-0000-4000-8000-000000000001', 'Machine Learning Engineer', 'Merlion AI', 'Singapore, Singapore'],
      ['0a1b2c3d-0000-4000-8000-000000000002', 'Forward Deployed Engineer', 'Java Agents', 'Jakarta, Indonesia (Remote)'],
      ['0a1b2c3d-0000-4000-8000-000000000003', 'Community Manager <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
  });

  it("reads a job's page as a posting under its heading, with the company its header links to", () => {
    const { detail } = readPage(techinasia, loadFixture('techinasia', 'job.html', 'https://www.techinasia.com/jobs/0a1b2c3d-0000-4000-8000-000000000002'));
    expect(detail).toMatchObject({ id: '0a1b2c3d-0000-4000-8000-000000000002', title: 'Forward Deployed Engineer', company: 'Java Agents' });
    expect(detail!.url).toBe('https://www.techinasia.com/jobs/0a1b2c3d-0000-4000-8000-000000000002');
    expect(detail!.description).toContain('deploy our AI agents');
  });
});

describe('NodeFlair', () => {
  it("reads each card by its class stems: the id its link names, title (markup kept as text), company without its rating, place; and the pane's job", () => {
    const { cards, detail } = readPage(nodeflair, loadFixture('nodeflair', 'search.html', 'https://nodeflair.com/jobs?query=ai'));
    expect(cardRows(cards)).toEqual([
      ['400001', 'Machine Learning Engineer', 'Lion City AI', 'Singapore'],
      ['400002', 'Forward Deployed Engineer', 'Merlion Agents', 'Singapore'],
      ['400003', 'Social Media Executive <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
    expect(cards[0].job.url).toBe('https://nodeflair.com/jobs/lion-city-ai-machine-learning-engineer-400001');
    expect(detail).toMatchObject({ id: '400002', title: 'Forward Deployed Engineer', url: 'https://nodeflair.com/jobs/merlion-agents-forward-deployed-engineer-400002' });
    expect(detail!.description).toContain('deploy our AI agents');
  });

  it("reads a job's own page from its JobPosting data where no pane is drawn", () => {
    const url = 'https://nodeflair.com/jobs/lion-city-ai-machine-learning-engineer-400001';
    const data = (id: number) =>
      `<script type="application/ld+json">{"@type":"JobPosting","title":"Machine Learning Engineer","url":"https://nodeflair.com/jobs/lion-city-ai-machine-learning-engineer-${id}","hiringOrganization":{"name":"Lion City AI"}}</script>`;
    expect(readPage(nodeflair, pageFromHtml(data(400001), url)).detail).toMatchObject({ id: '400001', title: 'Machine Learning Engineer', company: 'Lion City AI' });
    expect(readPage(nodeflair, pageFromHtml(data(400009), url)).detail).toBeNull();
  });
});

describe('Trabajando.com', () => {
  it('reads the job a search shows beside its list (its JSON-LD, when it is this job\'s), under its own address', () => {
    const url = 'https://www.trabajando.cl/trabajo-empleo/ia/trabajo/7100002-forward-deployed-engineer';
    const { cards, detail } = readPage(trabajando, loadFixture('trabajando', 'search.html', url));
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '7100002',
      title: 'Forward Deployed Engineer',
      company: 'Andes Agentes SpA',
      location: 'Santiago, Región Metropolitana, CL',
      url: 'https://www.trabajando.cl/trabajo/7100002-forward-deployed-engineer',
    });
    const other = readPage(trabajando, loadFixture('trabajando', 'search.html', 'https://www.trabajando.cl/trabajo-empleo/ia/trabajo/7100001-ingeniero'));
    expect(other.detail?.company).toBeUndefined();
  });

  it("reads a job's block where the page has no JSON-LD: heading (markup kept as text), its text without the apply buttons", () => {
    const { detail } = readPage(trabajando, loadFixture('trabajando', 'job.html', 'https://externouchile.trabajando.cl/trabajo/7100001-ingeniero-de-machine-learning'));
    expect(detail).toMatchObject({ id: '7100001', title: 'Ingeniero de Machine Learning <img src=x onerror=alert(1)>' });
    expect(detail!.description).toContain('modelos de lenguaje');
    expect(detail!.description).not.toContain('Postular');
  });
});

describe('Hiredly', () => {
  it('reads the list from the data it was served with: cards drawn with a link are badged, the others listed', () => {
    const { cards } = readPage(hiredly, loadFixture('hiredly', 'search.html', 'https://my.hiredly.com/machine-learning-jobs'));
    expect(cardRows(cards)).toEqual([
      ['jobs-malaysia-klang-ai-job-machine-learning-engineer', 'Machine Learning Engineer', 'Klang AI Sdn Bhd', 'Petaling Jaya, Selangor'],
      ['jobs-malaysia-penang-agents-job-forward-deployed-engineer', 'Forward Deployed Engineer', 'Penang Agents', 'George Town, Penang'],
      ['jobs-malaysia-kopi-house-job-barista', 'Barista <img src=x onerror=alert(1)>', 'Kopi House', 'Kuala Lumpur'],
    ]);
    expect(cards.map((c) => c.embedded ?? false)).toEqual([false, false, true]);
  });

  it("reads a job's page from its data, only when the data is this job's", () => {
    const url = 'https://my.hiredly.com/jobs/jobs-malaysia-penang-agents-job-forward-deployed-engineer';
    const { detail } = readPage(hiredly, loadFixture('hiredly', 'job.html', url));
    expect(detail).toMatchObject({ id: 'jobs-malaysia-penang-agents-job-forward-deployed-engineer', title: 'Forward Deployed Engineer', company: 'Penang Agents', url });
    expect(detail!.description).toBe('Work on site with our customers to deploy our AI agents.\nPython\nLLM integrations');
    expect(readPage(hiredly, loadFixture('hiredly', 'job.html', 'https://my.hiredly.com/jobs/jobs-malaysia-acme-job-chef')).detail).toBeNull();
  });

  it('reads a drawn card by its heading where the page has no data', () => {
    const html = '<a href="/jobs/jobs-malaysia-acme-job-data-analyst"><h3>Data Analyst</h3></a>';
    expect(cardRows(readPage(hiredly, pageFromHtml(html, 'https://my.hiredly.com/jobs')).cards)).toEqual([['jobs-malaysia-acme-job-data-analyst', 'Data Analyst', undefined, undefined]]);
  });
});
