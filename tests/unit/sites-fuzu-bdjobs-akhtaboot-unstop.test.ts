import { describe, expect, it } from 'vitest';
import { akhtaboot } from '../../lib/sites/akhtaboot';
import { bdjobs } from '../../lib/sites/bdjobs';
import { fuzu } from '../../lib/sites/fuzu';
import { readPage } from '../../lib/sites/read-page';
import { unstop } from '../../lib/sites/unstop';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Fuzu', () => {
  it("reads each card: the job's slug as its id, title (markup kept as text), the company after it", () => {
    const { cards } = readPage(fuzu, loadFixture('fuzu', 'search.html', 'https://www.fuzu.com/kenya/job/computers-software-development'));
    expect(cardRows(cards)).toEqual([
      ['machine-learning-engineer-savanna-ai', 'Machine Learning Engineer', 'Savanna AI Ltd', undefined],
      ['forward-deployed-engineer-rift-agents-a1b2c3d4', 'Forward Deployed Engineer', 'Rift Agents', undefined],
      ['chef-lake-hotel', 'Chef <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
  });

  it("reads a job's page from its JSON-LD when its address is this job's (its numeric identifier is not in the address)", () => {
    const url = 'https://www.fuzu.com/kenya/jobs/forward-deployed-engineer-rift-agents-a1b2c3d4';
    const { detail } = readPage(fuzu, loadFixture('fuzu', 'job.html', url));
    expect(detail).toMatchObject({ id: 'forward-deployed-engineer-rift-agents-a1b2c3d4', title: 'Forward Deployed Engineer', company: 'Rift Agents', location: 'Nairobi, KE' });
    expect(readPage(fuzu, loadFixture('fuzu', 'job.html', 'https://www.fuzu.com/kenya/jobs/chef-lake-hotel')).detail).toBeNull();
  });
});

describe('Bdjobs', () => {
  it('reads each app-job-card: the id its link names, title (markup kept as text), company, place', () => {
    const { cards } = readPage(bdjobs, loadFixture('bdjobs', 'search.html', 'https://bdjobs.com/h/jobs?txtsearch=ai'));
    expect(cardRows(cards)).toEqual([
      ['1600001', 'Machine Learning Engineer', 'Padma AI Ltd.', 'Dhaka (Gulshan)'],
      ['1600002', 'Forward Deployed Engineer', 'Meghna Agents', 'Chattogram'],
      ['1600003', 'Chef <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
    expect(cards[0].job.url).toBe('https://bdjobs.com/h/details/1600001');
  });

  it("reads a job's page by its highlighted headings: the company, then the title; none with one", () => {
    const { detail } = readPage(bdjobs, loadFixture('bdjobs', 'job.html', 'https://bdjobs.com/h/details/1600002?ln=1'));
    expect(detail).toMatchObject({ id: '1600002', title: 'Forward Deployed Engineer', company: 'Meghna Agents' });
    expect(readPage(bdjobs, pageFromHtml('<h2 apphighlight>Meghna Agents</h2>', 'https://bdjobs.com/h/details/1600002')).detail).toBeNull();
  });
});

describe('Akhtaboot', () => {
  it('reads each card: id, title (markup kept as text), the company and place of the line under it', () => {
    const { cards } = readPage(akhtaboot, loadFixture('akhtaboot', 'search.html', 'https://www.akhtaboot.com/en/jordan/jobs'));
    expect(cardRows(cards)).toEqual([
      ['170001', 'Machine Learning Engineer', 'Petra AI', 'Amman, Jordan'],
      ['170002', 'Forward Deployed Engineer', 'Dunes Agents', 'Dubai, UAE'],
      ['170003', 'Chef <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
  });

  it("reads a job's page as a posting under its heading, the company its address names", () => {
    const url = 'https://www.akhtaboot.com/en/uae/jobs/dubai/170002-Forward-Deployed-Engineer-at-Dunes-Agents';
    const { detail } = readPage(akhtaboot, loadFixture('akhtaboot', 'job.html', url));
    expect(detail).toMatchObject({ id: '170002', title: 'Forward Deployed Engineer', company: 'Dunes Agents', url });
    expect(detail!.description).toContain('work on site with our customers');
  });

  it("reads a job's page from its JobPosting data where it has any", () => {
    const url = 'https://www.akhtaboot.com/en/jordan/jobs/amman/170001-Machine-Learning-Engineer-at-Petra-AI';
    const html = '<script type="application/ld+json">{"@type":"JobPosting","title":"Machine Learning Engineer","description":"<p>Train models.</p>","hiringOrganization":{"name":"Petra AI LLC"}}</script>';
    expect(readPage(akhtaboot, pageFromHtml(html, url)).detail).toMatchObject({ id: '170001', title: 'Machine Learning Engineer', company: 'Petra AI LLC', description: 'Train models.' });
  });
});

describe('Unstop', () => {
  it('reads each listing of jobs and internships: id, title (markup kept as text), company', () => {
    const { cards } = readPage(unstop, loadFixture('unstop', 'search.html', 'https://unstop.com/jobs?searchTerm=ai'));
    expect(cardRows(cards)).toEqual([
      ['1800001', 'Machine Learning Engineer', 'Ganga AI Pvt Ltd', undefined],
      ['1800002', 'Forward Deployed Engineer', 'Yamuna Agents', undefined],
      ['1800003', 'Content Writing Intern <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
  });

  it("reads a job's page and reads no contest as a job", () => {
    const { detail } = readPage(unstop, loadFixture('unstop', 'job.html', 'https://unstop.com/jobs/forward-deployed-engineer-yamuna-agents-1800002'));
    expect(detail).toMatchObject({ id: '1800002', title: 'Forward Deployed Engineer', company: 'Yamuna Agents', location: 'Noida, Uttar Pradesh' });
    expect(detail!.description).toContain('deploy our AI agents');
    expect(unstop.isJobPage(new URL('https://unstop.com/hackathons/stem-jam-iit-guwahati-1711334'))).toBe(false);
  });
});
