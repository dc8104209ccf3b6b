import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { softgarden } from '../../lib/sites/softgarden';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('softgarden career sites: lists', () => {
  it("reads each job by its element's id and its link: its cities, the company column, else the site's own name", () => {
    const page = loadFixture('softgarden', 'vacancies.html', 'https://rheinwerk.softgarden.io/de/vacancies');
    const { cards, detail } = readPage(softgarden, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['67100101', 'Machine Learning Engineer – Plattform (m/w/d)', 'Rheinwerk Analytics GmbH', 'Köln · Remote', 'https://rheinwerk.softgarden.io/job/67100101/Machine-Learning-Engineer-Plattform-m-w-d-'],
      ['67100102', 'AI Solutions Engineer – Kundenprojekte (w/m/d)', 'Rheinwerk Analytics', 'Düsseldorf', 'https://rheinwerk.softgarden.io/job/67100102/AI-Solutions-Engineer-Kundenprojekte'],
      ['67100103', 'Lagerist (m/w/d) <script>alert(1)</script>', 'Rheinwerk Analytics', undefined, 'https://rheinwerk.softgarden.io/job/67100103/Lagerist'],
    ]);
    expect(detail).toBeNull();
  });

  it('names the company by the site\'s name without its German "Karriere"', () => {
    const html = '<meta property="og:site_name" content="Moselwerk Karriere"><div class="matchElement" id="job_id_67100120"><div class="matchValue title"><a href="../job/67100120/x">Data Engineer</a></div></div>';
    expect(readPage(softgarden, pageFromHtml(html, 'https://moselwerk.softgarden.io/de/vacancies')).cards[0].job.company).toBe('Moselwerk');
  });

  it("reads the embeddable widget's cards (links two levels up), and none whose link names another job", () => {
    const html = `<div class="matchElement" id="job_id_64800886"><div class="matchValue title"><a href="../../job/64800886/Embedded-System-Engineer?l=en">Embedded System Engineer</a></div></div>
      <div class="matchElement" id="job_id_64800887"><div class="matchValue title"><a href="../../job/64800888/Other?l=en">Other</a></div></div>`;
    const { cards } = readPage(softgarden, pageFromHtml(html, 'https://iisfraunhofer.softgarden.io/en/widgets/jobs'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([['64800886', 'Embedded System Engineer', 'Iisfraunhofer']]);
  });
});

describe('softgarden career sites: a job page', () => {
  it('reads the JSON-LD under the id of the address', () => {
    const page = loadFixture('softgarden', 'job.html', 'https://rheinwerk.softgarden.io/job/67100110/Applied-AI-Engineer-m-w-d-?jobDbPVId=290000110&l=de');
    const { detail } = readPage(softgarden, page);
    expect(detail).toMatchObject({ id: '67100110', title: 'Applied AI Engineer (m/w/d)', company: 'Rheinwerk Analytics GmbH', url: 'https://rheinwerk.softgarden.io/job/67100110/Applied-AI-Engineer-m-w-d-' });
    expect(detail!.location).toContain('Bonn');
    expect(detail!.description).toContain('integrierst Sprachmodelle in ihre Abläufe');
  });
});
