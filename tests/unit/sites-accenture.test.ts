import { describe, expect, it } from 'vitest';
import { accenture } from '../../lib/sites/accenture';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Accenture job search', () => {
  it('reads each drawn card by its job id (save button and link agreeing), its h3 title and place; not the empty template card', () => {
    const { cards, detail } = readPage(accenture, loadFixture('accenture', 'jobsearch.html', 'https://www.accenture.com/us-en/careers/jobsearch?jk=ai&sb=1'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['R00411001', 'AI Engineer – Client Delivery', 'Accenture', 'Chicago, Illinois', 'https://www.accenture.com/us-en/careers/jobdetails?id=R00411001_en'],
      ['ATCI-4989168-S1861435', 'LLM Platform Engineer', 'Accenture', 'Austin, Texas', 'https://www.accenture.com/us-en/careers/jobdetails?id=ATCI-4989168-S1861435_en'],
      ['14660238', 'Payroll Analyst <img src=x onerror=alert(1)>', 'Accenture', undefined, 'https://www.accenture.com/us-en/careers/jobdetails?id=14660238_en'],
    ]);
    expect(detail).toBeNull();
  });

  it('skips a card whose link names another job than its save button', () => {
    const html = `<div class="rad-filters-vertical__job-card"><h3 class="rad-filters-vertical__job-card-title">Data Engineer</h3>
      <button class="rad-save-job" data-job-id="R00000001_en"></button><a href="/us-en/careers/jobdetails?id=R00000002_en">Read</a></div>`;
    expect(readPage(accenture, pageFromHtml(html, 'https://www.accenture.com/us-en/careers/jobsearch')).cards).toEqual([]);
  });
});

describe('Accenture job page', () => {
  it('reads the hero title, the place the wrapper names, the description and qualifications, not "About Accenture"', () => {
    const { detail } = readPage(accenture, loadFixture('accenture', 'jobdetails.html', 'https://www.accenture.com/us-en/careers/jobdetails?id=R00412345_en&title=Forward+Deployed+AI+Engineer'));
    expect(detail).toMatchObject({
      id: 'R00412345',
      title: 'Forward Deployed AI Engineer',
      company: 'Accenture',
      location: 'Atlanta',
      url: 'https://www.accenture.com/us-en/careers/jobdetails?id=R00412345_en',
    });
    expect(detail!.description).toContain('deploy generative AI solutions into their operations');
    expect(detail!.description).toContain('Client-facing delivery');
    expect(detail!.description).not.toContain('global professional services');
  });

  it("reads the JSON-LD's place and text where the page's parts are not drawn, and no page without the job's id", () => {
    const page = loadFixture('accenture', 'jobdetails.html', 'https://www.accenture.com/us-en/careers/jobdetails?id=R00412345_en');
    page.document.querySelector('.rad-job-detail')!.remove();
    expect(readPage(accenture, page).detail).toMatchObject({ location: 'Atlanta, GA, USA', description: 'Short version.' });
    expect(readPage(accenture, loadFixture('accenture', 'jobdetails.html', 'https://www.accenture.com/us-en/careers/jobdetails')).detail).toBeNull();
  });
});
