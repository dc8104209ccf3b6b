import { describe, expect, it } from 'vitest';
import { jobscz } from '../../lib/sites/jobscz';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Jobs.cz searches', () => {
  it("reads each result: the id its link carries and names, the whole title (the link may shorten it; markup kept as text), the company, the place", () => {
    const { cards } = readPage(jobscz, loadFixture('jobscz', 'prace.html', 'https://www.jobs.cz/prace/?q%5B%5D=AI'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['2001500101', 'ML Platform Engineer (LLM inference)', 'Vltava Compute s.r.o.', 'Praha', 'https://www.jobs.cz/rpd/2001500101/'],
      ['2001500102', 'Forward Deployed AI Engineer', 'Moravia Agents a.s.', 'Brno + 2 další lokality', 'https://www.jobs.cz/rpd/2001500102/'],
      ['2001500103', 'Skladník <img src=x onerror=alert(1)>', 'Labe Logistika s.r.o.', 'Ústí nad Labem', 'https://www.jobs.cz/rpd/2001500103/'],
    ]);
  });

  it('reads no result whose link carries another id than it names', () => {
    const html = '<article class="SearchResultCard"><h2 data-test-ad-title="Data Engineer"><a data-jobad-id="2001500201" href="https://www.jobs.cz/rpd/2001500299/">Data Engineer</a></h2></article>';
    expect(readPage(jobscz, pageFromHtml(html, 'https://www.jobs.cz/prace/')).cards).toEqual([]);
  });
});

describe('Jobs.cz job page', () => {
  it("reads the heading, the company after its label, the place, the posting without its label and scripts", () => {
    const { detail } = readPage(jobscz, loadFixture('jobscz', 'rpd.html', 'https://www.jobs.cz/rpd/2001500102/?searchId=f00&rps=233'));
    expect(detail).toMatchObject({ id: '2001500102', title: 'Forward Deployed AI Engineer', company: 'Moravia Agents a.s.', location: 'Brno', url: 'https://www.jobs.cz/rpd/2001500102/' });
    expect(detail!.description).toMatch(/^Budeš pracovat přímo u našich zákazníků/);
    expect(detail!.description).not.toContain('window.hj');
  });

  it('reads the title and company from the metadata where the page shows no heading yet', () => {
    const html = '<meta property="og:title" content="Data Engineer – Vltava Compute s.r.o."><div data-test="jd-body-richtext"><p>Pipelines.</p></div>';
    expect(readPage(jobscz, pageFromHtml(html, 'https://www.jobs.cz/rpd/2001500301/')).detail).toMatchObject({ title: 'Data Engineer', company: 'Vltava Compute s.r.o.', description: 'Pipelines.' });
  });
});
