import { describe, expect, it } from 'vitest';
import { cvlibrary } from '../../lib/sites/cvlibrary';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://www.cv-library.co.uk/ai-jobs-in-london';
const JOB = 'https://www.cv-library.co.uk/job/230100201/Forward-Deployed-AI-Engineer';

describe('CV-Library search results', () => {
  it("reads each result: the id it carries and its title link agree on, the whole title (not the link's highlighted words), company, place; not the job-alert form", () => {
    const { cards } = readPage(cvlibrary, loadFixture('cvlibrary', 'search.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['230100201', 'Forward Deployed AI Engineer', 'Thameside Labs', 'London', JOB],
      ['230100202', 'LLM Inference Platform Engineer', 'Kestrel Compute', 'London, Shoreditch', 'https://www.cv-library.co.uk/job/230100202/LLM-Inference-Platform-Engineer'],
      ['230100203', 'Office Administrator <img src=x onerror=alert(1)>', 'Granary Foods', 'Croydon', 'https://www.cv-library.co.uk/job/230100203/Office-Administrator'],
    ]);
  });

  it('reads a featured job by its fields in the page, and no result whose link names another job', () => {
    const html = `<ol id="searchResults"><li class="results__item featured-jobs"><ol class="results"><li class="results__item">
        <article class="job job--featured" data-featured-job data-job-id="230100299"><h3 class="job__title"><a href="/job/230100299/Data-Engineer">Data Engineer</a></h3>
          <a class="job__company-link" href="/list-jobs/1/A">Avon Data</a><dd class="job__details-value"><span class="job__details-location">Bristol</span></dd></article></li></ol></li>
      <li class="results__item"><article class="job search-card" data-job-id="230100300" data-job-result><h2 class="job__title"><a href="/job/230100301/Other">Other</a></h2></article></li></ol>`;
    const { cards } = readPage(cvlibrary, pageFromHtml(html, LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['230100299', 'Data Engineer', 'Avon Data', 'Bristol']]);
  });
});

describe('CV-Library job page', () => {
  it('reads the title, company and place fields, and the posting', () => {
    const { detail } = readPage(cvlibrary, loadFixture('cvlibrary', 'job.html', `${JOB}?hlkw=ai`));
    expect(detail).toMatchObject({ id: '230100201', title: 'Forward Deployed AI Engineer', company: 'Thameside Labs', location: 'London', url: JOB });
    expect(detail!.description).toContain("Integrate LLM agents with each customer's data");
  });

  it('reads no job where the page has neither the posting nor its data (an expired job)', () => {
    const html = '<section id="expired"><p>The position you are looking for is no longer available</p></section><h1>Similar jobs</h1>';
    expect(readPage(cvlibrary, pageFromHtml(html, JOB)).detail).toBeNull();
  });
});
