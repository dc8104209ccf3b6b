import { describe, expect, it } from 'vitest';
import { jobindex } from '../../lib/sites/jobindex';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Jobindex result lists', () => {
  it("reads each card by its wrapper's id, whether its title links to Jobindex or to the employer: the employer named after 'søger for', the area", () => {
    const page = loadFixture('jobindex', 'search.html', 'https://www.jobindex.dk/jobsoegning?q=machine+learning');
    const { cards, detail } = readPage(jobindex, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['h1700101', 'ML Platform Engineer', 'Øresund AI ApS', 'København Ø', 'https://www.jobindex.dk/jobannonce/h1700101/ml-platform-engineer'],
      ['h1700102', 'AI Solutions Engineer – kundeprojekter', 'Limfjord Data A/S', 'Aarhus C', 'https://www.jobindex.dk/vis-job/h1700102'],
      ['r13911770', 'Bager <script>alert(1)</script>', 'Bageriet & Co', undefined, 'https://www.jobindex.dk/vis-job/r13911770'],
    ]);
    expect(detail).toBeNull();
  });

  it('reads no card whose title links to another ad on Jobindex', () => {
    const html = '<div id="jobad-wrapper-h1700110"><div class="PaidJob-inner"><h4><a href="/jobannonce/h1700111/x">Data Engineer</a></h4></div></div>';
    expect(readPage(jobindex, pageFromHtml(html, 'https://www.jobindex.dk/jobsoegning?q=data')).cards).toEqual([]);
  });
});

describe('Jobindex job pages', () => {
  it('reads a full ad: heading, the company and place by their icons\' labels, the posting (not related jobs)', () => {
    const page = loadFixture('jobindex', 'job.html', 'https://www.jobindex.dk/jobannonce/h1700120/applied-ai-engineer');
    const { detail } = readPage(jobindex, page);
    expect(detail).toMatchObject({ id: 'h1700120', title: 'Applied AI Engineer', company: 'Fyn Analytics ApS', location: 'Odense C', url: 'https://www.jobindex.dk/jobannonce/h1700120/applied-ai-engineer' });
    expect(detail!.description).toContain('Tilpas modellerne til hver kundes data');
    expect(detail!.description).not.toContain('Data Analyst');
  });

  it("reads a teaser page (/vis-job/) from its title, the recruiter's client and the teaser", () => {
    const html = `<head><meta content="Senior Delivery Manager" property="og:title"></head><body>
      <div class="jix-toolbar-top__company"><a href="https://recruiter.example">Recruiter ApS</a> søger for Acme A/S</div>
      <div class="PaidJob-inner"><h4><a href="https://acme.example/jobs/42">Senior Delivery Manager</a></h4><div class="jobad-element-area"><span class="jix_robotjob--area">Copenhagen</span></div><p>This is only the teaser.</p></div></body>`;
    expect(readPage(jobindex, pageFromHtml(html, 'https://www.jobindex.dk/vis-job/h1001')).detail).toMatchObject({
      id: 'h1001',
      title: 'Senior Delivery Manager',
      company: 'Acme A/S',
      location: 'Copenhagen',
    });
  });
});
