import { describe, expect, it } from 'vitest';
import { alljobs } from '../../lib/sites/alljobs';
import { drushim } from '../../lib/sites/drushim';
import { idealist } from '../../lib/sites/idealist';
import { readPage } from '../../lib/sites/read-page';
import { vietnamworks } from '../../lib/sites/vietnamworks';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Drushim', () => {
  it('reads each card by its accessibility hooks: the number its link names, title (markup kept as text), company, the first meta row', () => {
    const { cards } = readPage(drushim, loadFixture('drushim', 'search.html', 'https://www.drushim.co.il/jobs/search/ai/'));
    expect(cardRows(cards)).toEqual([
      ['39000001', 'Machine Learning Engineer', 'Carmel AI', 'חיפה'],
      ['39000002', 'Forward Deployed Engineer', 'Negev Agents', 'תל אביב יפו'],
      ['39000003', 'טבח <img src=x onerror=alert(1)>', 'מסעדת הים', undefined],
    ]);
    expect(cards[1].job.url).toBe('https://www.drushim.co.il/job/39000002/');
  });

  it("reads a job's page from its data (description and requirements), its heading badged; not another job's data", () => {
    const { detail } = readPage(drushim, loadFixture('drushim', 'job.html', 'https://www.drushim.co.il/job/39000002/7cb2ca63/'));
    expect(detail).toMatchObject({ id: '39000002', title: 'Forward Deployed Engineer', company: 'Negev Agents', location: 'תל אביב יפו', url: 'https://www.drushim.co.il/job/39000002/' });
    expect(detail!.description).toContain("Integrate our platform with each customer's systems");
    expect(detail!.badgeAnchor?.tagName).toBe('H1');
    expect(readPage(drushim, loadFixture('drushim', 'job.html', 'https://www.drushim.co.il/job/39000001/1abb4f7b/')).detail).toBeNull();
  });

  it('reads a job page drawn without its data: heading, the company after it, the posting under its heading and the requirements, not what follows', () => {
    const html = `<div><h1>Data Engineer</h1><a href="/דרושים-7002-galil/">Galil</a></div><h2>תיאור משרה</h2><p>Build pipelines.</p>
      <h2>דרישות התפקיד</h2><p>Python.</p><h2>משרות דומות</h2><p>Chef</p>`;
    expect(readPage(drushim, pageFromHtml(html, 'https://www.drushim.co.il/job/39000009/0b621faa/')).detail).toMatchObject({
      id: '39000009',
      title: 'Data Engineer',
      company: 'Galil',
      description: 'Build pipelines.\nדרישות התפקיד\nPython.',
    });
  });
});

describe('AllJobs', () => {
  it("reads each job's box: the id its box and link name, title (markup kept as text), company (none when confidential), every place", () => {
    const { cards } = readPage(alljobs, loadFixture('alljobs', 'search.html', 'https://www.alljobs.co.il/SearchResultsGuest.aspx?page=1&freetxt=ai'));
    expect(cardRows(cards)).toEqual([
      ['8900001', 'Machine Learning Engineer', 'Galil AI', 'Tel Aviv'],
      ['8900002', 'Forward Deployed Engineer', 'Kinneret Agents', 'תל אביב יפו, ירושלים'],
      ['8900003', 'טבח <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
  });

  it("reads a job's page from the box of its own id (not the sidebar's), with its description", () => {
    const { detail } = readPage(alljobs, loadFixture('alljobs', 'job.html', 'https://www.alljobs.co.il/Search/UploadSingle.aspx?JobID=8900002'));
    expect(detail).toMatchObject({ id: '8900002', title: 'Forward Deployed Engineer', company: 'Kinneret Agents', location: 'Tel Aviv', url: 'https://www.alljobs.co.il/Search/UploadSingle.aspx?JobID=8900002' });
    expect(detail!.description).toContain('deploy our AI agents');
    expect(detail!.element.id).toBe('job-box-container8900002');
    expect(readPage(alljobs, loadFixture('alljobs', 'job.html', 'https://www.alljobs.co.il/Search/UploadSingle.aspx?JobID=8900007')).detail).toBeNull();
  });
});

describe('Idealist', () => {
  it('reads each result: the id its link names, title (markup kept as text), organisation, the place among its chips', () => {
    const { cards } = readPage(idealist, loadFixture('idealist', 'search.html', 'https://www.idealist.org/en/jobs?q=ai'));
    expect(cardRows(cards)).toEqual([
      ['0a1b2c3d4e5f60718293a4b5c6d7e8f0', 'Machine Learning Engineer, Climate Data', 'Open Earth Data', 'Boston, MA'],
      ['1a1b2c3d4e5f60718293a4b5c6d7e8f1', 'Forward Deployed AI Consultant', 'Civic Tech Fund', 'Nairobi, Kenya'],
      ['2a1b2c3d4e5f60718293a4b5c6d7e8f2', 'Volunteer Coordinator <img src=x onerror=alert(1)>', 'City Food Bank', undefined],
    ]);
  });

  it("reads a job's page: heading, organisation, place, the description after its heading", () => {
    const url = 'https://www.idealist.org/en/consultant-job/1a1b2c3d4e5f60718293a4b5c6d7e8f1-forward-deployed-ai-consultant';
    const { detail } = readPage(idealist, loadFixture('idealist', 'job.html', url));
    expect(detail).toMatchObject({ id: '1a1b2c3d4e5f60718293a4b5c6d7e8f1', title: 'Forward Deployed AI Consultant', company: 'Civic Tech Fund', location: 'Nairobi, Kenya', url });
    expect(detail!.description).toContain('deploy AI tools');
  });
});

describe('VietnamWorks', () => {
  it('reads each result: the number its link names, the title without its "new" badge (markup kept as text), company', () => {
    const { cards } = readPage(vietnamworks, loadFixture('vietnamworks', 'search.html', 'https://www.vietnamworks.com/viec-lam?q=ai'));
    expect(cardRows(cards)).toEqual([
      ['2090001', 'Machine Learning Engineer', 'Mekong AI', undefined],
      ['2090002', 'Forward Deployed Engineer', 'Red River Agents', undefined],
      ['2090003', 'Đầu bếp <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
    expect(cards[0].job.url).toBe('https://www.vietnamworks.com/machine-learning-engineer-2090001-jv');
  });

  it("reads a job's page: heading, company, place, the description and requirements (not the similar jobs)", () => {
    const url = 'https://www.vietnamworks.com/forward-deployed-engineer-2090002-jv';
    const { detail } = readPage(vietnamworks, loadFixture('vietnamworks', 'job.html', url));
    expect(detail).toMatchObject({ id: '2090002', title: 'Forward Deployed Engineer', company: 'Red River Agents', location: 'Hà Nội', url });
    expect(detail!.description).toContain('deploy our AI agents');
    expect(detail!.description).toContain("each customer's systems");
    expect(detail!.description).not.toContain('Data Analyst');
  });
});
