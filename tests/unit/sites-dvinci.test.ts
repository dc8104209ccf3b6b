import { describe, expect, it } from 'vitest';
import { dvinci } from '../../lib/sites/dvinci';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://isar-antriebe.dvinci-easy.com/de/jobs';
const JOB = 'https://isar-antriebe.dvinci-easy.com/de/jobs/2201/forward-deployed-ai-engineer-all-genders';

describe('d.vinci career portals', () => {
  it("reads each job link the app draws: the id its address names, the title (markup in it kept as text), and the company and places of that job in the page's boot data", () => {
    const { cards } = readPage(dvinci, loadFixture('dvinci', 'jobs.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['2201', 'Forward Deployed AI Engineer (all genders)', 'Isar Antriebstechnik GmbH', 'München', JOB],
      ['2202', 'ML Platform Engineer (all genders)', 'Isar Antriebstechnik GmbH', 'Garching; München', 'https://isar-antriebe.dvinci-easy.com/de/jobs/2202/ml-platform-engineer-all-genders'],
      ['2203', 'Pflegefachkraft <img src=x onerror=alert(1)>', 'Isar Klinik gGmbH', undefined, 'https://isar-antriebe.dvinci-easy.com/de/jobs/2203/pflegefachkraft'],
    ]);
  });

  it("reads an embedded list's entries, with the site's name as the company when the boot data is missing or broken", () => {
    const html = `<meta property="og:site_name" content="Isar Antriebstechnik Karriere"><script>var DvinciData = {"jobPublications": [ {"id": 1,</script>
      <div class="dvinci-job-entry well well-sm"><a href="https://isar-antriebe.dvinci-easy.com/de/jobs/2210/data-engineer">Data Engineer</a></div>
      <div class="dvinci-job-entry well well-sm"><a href="https://isar-antriebe.dvinci-easy.com/de/jobs">Alle Stellen</a></div>`;
    const { cards } = readPage(dvinci, pageFromHtml(html, LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['2210', 'Data Engineer', 'Isar Antriebstechnik', undefined]]);
  });
});

describe('d.vinci job page', () => {
  it("reads the heading, the posting's blocks, the employer and place from the schema.org data", () => {
    const { detail } = readPage(dvinci, loadFixture('dvinci', 'job.html', JOB));
    expect(detail).toMatchObject({ id: '2201', title: 'Forward Deployed AI Engineer (all genders)', company: 'Isar Antriebstechnik GmbH', location: 'München, DE', url: JOB });
    expect(detail!.description).toContain('You deploy our models at customer sites');
    expect(detail!.description).toContain('Wir bieten');
    expect(detail!.description).not.toContain('Jetzt bewerben');
  });

  it('reads the place line under the heading when the page has no schema.org data', () => {
    const html = `<div id="liquidDesignPositionPublication"><h1>AI Engineer</h1><ul class="list-inline"><li>Garching</li><li>Vollzeit</li></ul></div>
      <div id="liquidDesignTasksPublication"><p>Modelle trainieren.</p></div>`;
    const { detail } = readPage(dvinci, pageFromHtml(html, 'https://isar-antriebe.dvinci-easy.com/en/jobs/2211/ai-engineer'));
    expect(detail).toMatchObject({ id: '2211', title: 'AI Engineer', location: 'Garching', description: 'Modelle trainieren.' });
  });
});

describe("d.vinci portals on employers' own hosts (recognized by the app's markup, for parse and \"Analyze this page\")", () => {
  it("is recognized with its list or a job page at d.vinci's paths, and reads its own addresses' ids", () => {
    const own = loadFixture('dvinci', 'jobs.html', 'https://karriere.isar-antriebe.example/de/jobs');
    expect(dvinci.isJobPage(own.url)).toBe(false);
    expect(recognizedAdapter(own)).toBe(dvinci);
    expect(readPage(dvinci, own).cards.map(({ job }) => job.id)).toEqual(['2201', '2202', '2203']);
    const ownJob = loadFixture('dvinci', 'job.html', 'https://karriere.isar-antriebe.example/de/jobs/2201/forward-deployed-ai-engineer-all-genders');
    expect(recognizedAdapter(ownJob)).toBe(dvinci);
    expect(readPage(dvinci, ownJob).detail?.id).toBe('2201');
  });

  it("is not recognized without the app's markers, nor on a page of neither kind", () => {
    expect(recognizedAdapter(pageFromHtml('<a class="dvinci-job-position" href="/de/jobs/1/x">X</a>', 'https://jobs.acme.example/de/jobs'))).toBeNull();
    expect(recognizedAdapter(pageFromHtml('<meta name="dvinciVersion" content="3.0"><h1>Impressum</h1>', 'https://jobs.acme.example/de/jobs/1/x'))).toBeNull();
  });
});
