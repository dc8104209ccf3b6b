import { describe, expect, it } from 'vitest';
import { jora } from '../../lib/sites/jora';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Jora search results', () => {
  it('reads each card once by its job id: the first of its two title links, the company and place', () => {
    const page = loadFixture('jora', 'search.html', 'https://au.jora.com/j?q=machine+learning&l=Sydney+NSW');
    const { cards } = readPage(jora, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['a1b2c3d4e5f60718293a4b5c6d7e8f90', 'Machine Learning Platform Engineer', 'Harbour Models Pty Ltd', 'Sydney NSW', 'https://au.jora.com/job/Machine-Learning-Platform-Engineer-a1b2c3d4e5f60718293a4b5c6d7e8f90'],
      ['b2c3d4e5f60718293a4b5c6d7e8f90a1', 'Forward Deployed Engineer', 'Coral Sea AI', 'Brisbane QLD', 'https://au.jora.com/job/Forward-Deployed-Engineer-b2c3d4e5f60718293a4b5c6d7e8f90a1'],
      ['c3d4e5f60718293a4b5c6d7e8f90a1b2', 'Storeperson <img src=x onerror=alert(1)>', undefined, undefined, 'https://au.jora.com/job/Storeperson-c3d4e5f60718293a4b5c6d7e8f90a1b2'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h2.job-title'));
  });

  it("reads the pane's job as the active card's once the pane shows its title, and none while it still shows another", () => {
    const page = loadFixture('jora', 'search.html', 'https://au.jora.com/j?q=machine+learning&l=Sydney+NSW');
    const { detail } = readPage(jora, page);
    expect(detail).toMatchObject({ id: 'b2c3d4e5f60718293a4b5c6d7e8f90a1', title: 'Forward Deployed Engineer', company: 'Coral Sea AI', location: 'Brisbane QLD' });
    expect(detail!.description).toContain('deploy our forecasting models into their systems');
    const doc = page.document;
    doc.querySelector('.job-card[data-active="true"]')!.setAttribute('data-active', 'false');
    doc.querySelector('#r_a1b2c3d4e5f60718293a4b5c6d7e8f90')!.setAttribute('data-active', 'true');
    expect(readPage(jora, page).detail).toBeNull();
  });
});

describe('Jora job page', () => {
  it('reads the job its view names: heading, company, place and posting', () => {
    const page = loadFixture('jora', 'job.html', 'https://au.jora.com/job/Applied-AI-Engineer-d4e5f60718293a4b5c6d7e8f90a1b2c3?sp=serp&sr=4');
    const { detail } = readPage(jora, page);
    expect(detail).toMatchObject({
      id: 'd4e5f60718293a4b5c6d7e8f90a1b2c3',
      title: 'Applied AI Engineer',
      company: 'Tasman Data',
      location: 'Melbourne VIC',
      url: 'https://au.jora.com/job/d4e5f60718293a4b5c6d7e8f90a1b2c3',
    });
    expect(detail!.description).toContain("tune the models to their data");
    expect(detail!.description).not.toContain('report this job ad');
  });

  it('reads no job where the view names another than the address', () => {
    const html = '<div id="job-view" job-id="j_00000000000000000000000000000001"><h1 class="job-title">Data Engineer</h1></div>';
    expect(readPage(jora, pageFromHtml(html, 'https://au.jora.com/job/Data-Engineer-00000000000000000000000000000002')).detail).toBeNull();
  });
});
