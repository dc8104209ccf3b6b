import { describe, expect, it } from 'vitest';
import { adp } from '../../lib/sites/adp';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const CENTER = 'https://workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=c4c744b8-3a1d-428d-8cc5-f90ccbe8d519&ccId=19000101_000001&lang=en_US';
const open = (id: string) => `${CENTER}&jobId=${id}`;

describe('ADP Workforce Now career center', () => {
  it("reads each row by its ids (no row has a link): title, every place, the address that opens it; the company the site names", () => {
    const page = loadFixture('adp', 'career-center.html', CENTER);
    const { cards, detail } = readPage(adp, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['9202663521477_1', 'Machine Learning Engineer, Clinical NLP', 'Granite Ridge Health', 'Main Campus, Denver, CO, US', open('9202663521477_1')],
      ['9202663521480_1', 'Medical Assistant <b>Nights</b>', 'Granite Ridge Health', 'Aurora Clinic, Aurora, CO, US; Main Campus, Denver, CO, US', open('9202663521480_1')],
      ['9202663521502_1', 'Data Engineer', 'Granite Ridge Health', 'Remote, CO, US', open('9202663521502_1')],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.getElementById('lblTitle_9202663521477_1'));
    expect(page.document.querySelectorAll('b').length).toBe(0);
    expect(detail).toBeNull();
  });

  it('reads the job the address opens from its description view', () => {
    const page = loadFixture('adp', 'job.html', open('9202663521477_1'));
    const { detail } = readPage(adp, page);
    expect(detail).toMatchObject({ id: '9202663521477_1', title: 'Machine Learning Engineer, Clinical NLP', company: 'Granite Ridge Health', location: 'Main Campus, Denver, CO, US', url: open('9202663521477_1') });
    expect(detail!.description).toContain('Fine-tune and serve transformer models on our inference platform.');
    expect(detail!.description).not.toContain('Requisition ID');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h2'));
  });

  it('reads no open job without a jobId, nor a row without its id', () => {
    const view = '<h2 class="job-description-title">Data Engineer</h2><div class="job-description-data">Build pipelines.</div>';
    expect(readPage(adp, pageFromHtml(view, CENTER)).detail).toBeNull();
    const row = '<div class="current-openings-item"><sdf-link>Data Engineer</sdf-link></div>';
    expect(readPage(adp, pageFromHtml(row, CENTER)).cards).toEqual([]);
  });
});
