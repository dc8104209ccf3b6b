import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { taleo } from '../../lib/sites/taleo';
import { loadFixture, pageFromHtml } from './site-fixture';

const SECTION = 'https://northwind.taleo.net/careersection/ex';
const TBE = 'https://fern.tbe.taleo.net/fern01/ats/careers/v2';

describe('Taleo career section lists', () => {
  it('reads the rows of the classic list under the id their link opens, with the job number where the link has none', () => {
    const page = loadFixture('taleo', 'jobsearch.html', `${SECTION}/jobsearch.ftl?lang=en`);
    const { cards } = readPage(taleo, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['2600451', 'Machine Learning Engineer - Document AI', 'Northwind', 'United States-Texas-Austin'],
      ['2600452', 'Field AI Engineer, Customer Deployments', 'Northwind', 'Canada-Ontario-Toronto'],
      ['2600453', 'Payroll Specialist', 'Northwind', 'United States-Ohio-Dayton'],
    ]);
    // The template row the script copies (no job in it) is no card.
    expect(cards.every(({ element }) => element.classList.contains('ftlcopy'))).toBe(true);
    expect(cards[0].job.url).toBe(`${SECTION}/jobdetail.ftl?job=2600451&tz=GMT%2B00%3A00&tzname=UTC`);
    expect(cards[2].job.url).toBeUndefined();
    expect(cards[0].job.badgeAnchor).toBe(page.document.getElementById('requisitionListInterface.reqTitleLinkAction.row1'));
  });

  it("reads the faceted search's cards, the place among lines set in the company's order", () => {
    const { cards } = readPage(taleo, loadFixture('taleo', 'faceted.html', `${SECTION}/jobsearch.ftl`));
    expect(cards.map(({ element, job }) => [element.id, job.id, job.title, job.location])).toEqual([
      ['job4410023', '2600460', 'Applied Scientist, Speech Models', 'US-WA-Seattle'],
      // "Logistics - Distribution" is a department, not a place
      ['job4410024', '2600461', 'Warehouse Associate', 'US-NV-Reno'],
    ]);
  });
});

describe('Taleo career section job page', () => {
  it('reads the title, primary location and the posting without its labelled fields', () => {
    const page = loadFixture('taleo', 'jobdetail.html', `${SECTION}/jobdetail.ftl?job=2600451&lang=en`);
    const { detail } = readPage(taleo, page);
    expect(detail).toMatchObject({ id: '2600451', title: 'Machine Learning Engineer - Document AI', company: 'Northwind', location: 'United States-Texas-Austin' });
    expect(detail!.description).toMatch(/^What you will do\nTrain and evaluate document-understanding models/);
    expect(detail!.description).not.toContain('Job Number');
    expect(detail!.badgeAnchor).toBe(page.document.getElementById('requisitionDescriptionInterface.reqTitleLinkAction.row1'));
  });

  it('reads nothing without a job in the address or on the page', () => {
    expect(readPage(taleo, loadFixture('taleo', 'jobdetail.html', `${SECTION}/jobdetail.ftl`)).detail).toBeNull();
    expect(readPage(taleo, pageFromHtml('<h1>Career Section Unavailable</h1>', `${SECTION}/jobdetail.ftl?job=2600451`)).detail).toBeNull();
  });
});

describe('Taleo Business Edition', () => {
  it('reads the board: requisition id, title, the field that reads as a place whatever its order', () => {
    const { cards } = readPage(taleo, loadFixture('taleo', 'tbe-results.html', `${TBE}/searchResults?org=FERNLEAF&cws=37`));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['412', 'Clinical Data Scientist (NLP)', 'Fernleaf Health', 'IN - Lafayette'],
      ['413', 'Home Care Aide', 'Fernleaf Health', 'NC - Charlotte'],
    ]);
  });

  it('reads a job page from its header and description, else from its JSON-LD', () => {
    const url = `${TBE}/viewRequisition?org=FERNLEAF&cws=37&rid=412`;
    const page = loadFixture('taleo', 'tbe-job.html', url);
    const { detail } = readPage(taleo, page);
    // The company as the board names it (its title after the job's), not its host's "fern".
    expect(detail).toMatchObject({ id: '412', title: 'Clinical Data Scientist (NLP)', company: 'Fernleaf Health', location: 'IN - Lafayette' });
    expect(detail!.description).toBe('Build language models that read clinical notes for our care teams.\nEvaluate model quality and monitor drift in production.');
    const ld = `<script type="application/ld+json">{"@context":"http://schema.org","@type":"JobPosting","title":"ML Ops Engineer","url":"${url.replace('rid=412', 'rid=500')}","identifier":{"value":"500"},"hiringOrganization":{"name":"Fernleaf Health"},"description":"<p>Run the model platform.</p>"}</script>`;
    expect(readPage(taleo, pageFromHtml(ld, url.replace('rid=412', 'rid=500'))).detail).toMatchObject({ id: '500', title: 'ML Ops Engineer', company: 'Fernleaf Health', description: 'Run the model platform.' });
    // Another requisition's data is not this one's.
    expect(readPage(taleo, pageFromHtml(ld, url)).detail).toBeNull();
  });
});

describe("Taleo on a company's own domain", () => {
  it('is recognized by its career section address and markup, not elsewhere', () => {
    const own = 'https://careers.northwind.example/careersection/ex/jobsearch.ftl';
    expect(recognizedAdapter(loadFixture('taleo', 'jobsearch.html', own))).toBe(taleo);
    expect(recognizedAdapter(pageFromHtml('<h1>Careers</h1>', own))).toBeNull();
    expect(recognizedAdapter(loadFixture('taleo', 'jobsearch.html', 'https://careers.northwind.example/jobs'))).toBeNull();
  });
});
