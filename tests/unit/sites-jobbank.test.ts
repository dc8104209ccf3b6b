import { describe, expect, it } from 'vitest';
import { jobbank } from '../../lib/sites/jobbank';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://www.jobbank.gc.ca/jobsearch/jobsearch?searchstring=machine+learning';

describe('Job Bank searches', () => {
  it('reads each result: the id its article and link agree on, the title (markup in it kept as text), the employer, the place (none where undetermined), the address without its session', () => {
    const { cards } = readPage(jobbank, loadFixture('jobbank', 'search.html', SEARCH));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['51000101', 'machine learning engineer', 'Maple Inference Inc.', 'Toronto (ON)', 'https://www.jobbank.gc.ca/jobsearch/jobposting/51000101'],
      ['51000102', 'data scientist', 'Prairie Grid Analytics', undefined, 'https://www.jobbank.gc.ca/jobsearch/jobposting/51000102'],
      ['51000103', 'payroll clerk <img src=x onerror=alert(1)>', 'Harbourfront Foods', 'Halifax (NS)', 'https://www.jobbank.gc.ca/jobsearch/jobposting/51000103'],
    ]);
  });

  it('reads the French site the same way, and no result whose article and link name different postings', () => {
    const card = (id: string, href: string) => `<article id="article-${id}"><a class="resultJobItem" href="${href}"><span class="noctitle">analyste de données</span><ul><li class="business">Boréal IA</li><li class="location"><span class="wb-inv">Lieu</span> Montréal (QC)</li></ul></a></article>`;
    const html = card('49101828', '/rechercheemplois/offredemploi/49101828;jsessionid=AB12?source=searchresults') + card('49101829', '/rechercheemplois/offredemploi/49101899');
    const { cards } = readPage(jobbank, pageFromHtml(html, 'https://www.guichetemplois.gc.ca/jobsearch/rechercheemplois?searchstring=donn%C3%A9es'));
    expect(cards.map(({ job }) => [job.id, job.company, job.location, job.url])).toEqual([
      ['49101828', 'Boréal IA', 'Montréal (QC)', 'https://www.guichetemplois.gc.ca/rechercheemplois/offredemploi/49101828'],
    ]);
  });
});

describe('Job Bank posting', () => {
  it("reads the employer's own title over the standard one, the employer, the address, the requirements", () => {
    const { detail } = readPage(jobbank, loadFixture('jobbank', 'posting.html', 'https://www.jobbank.gc.ca/jobsearch/jobposting/51000101;jsessionid=5A0B?source=searchresults'));
    expect(detail).toMatchObject({
      id: '51000101',
      title: 'Forward Deployed ML Engineer',
      company: 'Maple Inference Inc.',
      location: 'Toronto, ON',
      url: 'https://www.jobbank.gc.ca/jobsearch/jobposting/51000101',
    });
    expect(detail!.description).toContain('integrate and deploy our forecasting models');
  });

  it("reads a partner site's posting: the standard title where no other is given, the hidden description as text", () => {
    const html = `<h1 property="name" id="wb-cont"><span property="title">data scientist</span></h1><span property="hiringOrganization" typeof="Organization">Citrine Labs</span>
      <span property="address"><span property="addressLocality">Ottawa</span><span property="addressRegion">ON</span></span>
      <span class="hidden" property="description">&lt;p&gt;Build models&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;</span>`;
    expect(readPage(jobbank, pageFromHtml(html, 'https://www.jobbank.gc.ca/jobsearch/jobposting/49866268')).detail).toMatchObject({
      id: '49866268',
      title: 'data scientist',
      company: 'Citrine Labs',
      location: 'Ottawa, ON',
      description: 'Build models',
    });
  });
});
