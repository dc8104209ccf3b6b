import { describe, expect, it } from 'vitest';
import { getonbrd } from '../../lib/sites/getonbrd';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://www.getonbrd.com/jobs/programacion';
const JOB = 'https://www.getonbrd.com/jobs/programming/forward-deployed-ai-engineer-andes-labs-santiago';

describe('Get on Board lists', () => {
  it("reads each job link: its slug as the id (the same job under /jobs/ and /empleos/), the title (markup in it kept as text), company, the place without its tooltip's sentence", () => {
    const { cards } = readPage(getonbrd, loadFixture('getonbrd', 'jobs.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['forward-deployed-ai-engineer-andes-labs-santiago', 'Forward Deployed AI Engineer', 'Andes Labs', 'Santiago (Híbrido)'],
      ['ml-platform-engineer-cobre-data-remote', 'ML Platform Engineer', 'Cobre Data', 'Remoto (Chile)'],
      ['analista-de-ventas-pacifico-retail-santiago', 'Analista de Ventas <img src=x onerror=alert(1)>', 'Pacífico Retail', 'Santiago (Híbrido)'],
    ]);
  });

  it("reads the newer cards (a.results-item), and none that links to a list", () => {
    const html = `<a class="results-item" href="/jobs/data-science-analytics/data-engineer-quipu-lima"><h4 class="results-list-title"><strong>Data Engineer</strong> <span>Full time</span></h4>
        <div class="results-list-info"><div class="size0 flex gap-1 items-center"><strong>Quipu</strong></div><span class="location">Lima (Remote)</span></div></a>
      <a class="results-item" href="/jobs/tag/python"><h4 class="results-list-title"><strong>Python</strong></h4></a>`;
    const { cards } = readPage(getonbrd, pageFromHtml(html, 'https://www.getonbrd.com/jobs-data-engineer'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['data-engineer-quipu-lima', 'Data Engineer', 'Quipu', 'Lima (Remote)']]);
  });
});

describe('Get on Board job page', () => {
  it("reads its schema.org microdata: title (not the heading's hidden company), company, place, the posting; its canonical address", () => {
    const { detail } = readPage(getonbrd, loadFixture('getonbrd', 'job.html', 'https://www.getonbrd.com/empleos/programacion/forward-deployed-ai-engineer-andes-labs-santiago'));
    expect(detail).toMatchObject({ id: 'forward-deployed-ai-engineer-andes-labs-santiago', title: 'Forward Deployed AI Engineer', company: 'Andes Labs', location: 'Santiago (Hybrid)', url: JOB });
    expect(detail!.description).toContain("Integrate retrieval with each customer's data");
  });

  it('reads the job at its short address by its canonical one', () => {
    const page = loadFixture('getonbrd', 'job.html', 'https://www.getonbrd.com/jobs/forward-deployed-ai-engineer-andes-labs-santiago');
    expect(getonbrd.isJobPage(page.url)).toBe(true);
    expect(readPage(getonbrd, page).detail?.id).toBe('forward-deployed-ai-engineer-andes-labs-santiago');
  });
});
