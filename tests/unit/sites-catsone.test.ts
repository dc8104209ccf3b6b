import { describe, expect, it } from 'vitest';
import { catsone } from '../../lib/sites/catsone';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

const PORTAL = 'https://northwind.catsone.com/careers/57001-General';
const JOB = `${PORTAL}/jobs/16900001-Machine-Learning-Engineer-LLM-Evaluation`;

describe('CATS career portals', () => {
  it("reads each row of the portal's table: id from its link, title (markup kept as text), place, the company from the page title", () => {
    const page = loadFixture('catsone', 'search.html', PORTAL);
    const { cards, detail } = readPage(catsone, page);
    expect(cardRows(cards)).toEqual([
      ['16900001', 'Machine Learning Engineer (LLM Evaluation)', 'Northwind Talent Partners', 'Austin, TX'],
      ['16900002', 'AI Solutions Consultant (Client Delivery)', 'Northwind Talent Partners', 'Remote, US'],
      ['16900003', 'Recruiting Coordinator <svg onload=alert(1)>', 'Northwind Talent Partners', undefined],
    ]);
    expect(cards[0].job.url).toBe(JOB);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('.title-cell'));
    expect(detail).toBeNull();
  });

  it('reads the older job widget by its title link and place', () => {
    const html = `<div class="cats-job"><div class="cats-job-title cats-job-column"><a target="_blank" href="https://akina.catsone.com/careers/99975-General/jobs/16656406-Data-Engineer/"><!---->Data Engineer (Python, Spark)<!----></a></div>
      <div class="cats-job-location">Denver, CO</div></div>`;
    const { cards } = readPage(catsone, pageFromHtml(html, 'https://akina.catsone.com/careers/99975-General'));
    expect(cards.map(({ job }) => [job.id, job.title, job.location, job.url])).toEqual([
      ['16656406', 'Data Engineer (Python, Spark)', 'Denver, CO', 'https://akina.catsone.com/careers/99975-General/jobs/16656406-Data-Engineer/'],
    ]);
  });

  it("reads a job's page from its JobPosting data and posting, badged at its heading", () => {
    const page = loadFixture('catsone', 'job.html', `${JOB}?utm_source=x`);
    const { detail } = readPage(catsone, page);
    expect(detail).toMatchObject({ id: '16900001', title: 'Machine Learning Engineer (LLM Evaluation)', company: 'Northwind Talent Partners', location: 'Austin, TX, US', url: JOB });
    expect(detail!.description).toContain('Run training experiments on GPU clusters.');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('.job-header h1'));
  });

  it("claims customers' portals only: not the apply step, not CATS' own hosts", () => {
    const is = (url: string) => catsone.isJobPage(new URL(url));
    expect(is('https://tangentia.catsone.com/careers/9463/jobs/16000001')).toBe(true);
    expect(is(`${JOB}/apply`)).toBe(false);
    expect(is('https://app.catsone.com/careers/1/jobs/12345')).toBe(false);
    expect(is('https://northwind.catsone.com/index.php?m=joborders')).toBe(false);
  });
});
