import { describe, expect, it } from 'vitest';
import { comeet } from '../../lib/sites/comeet';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const COMPANY = 'https://www.comeet.com/jobs/tidewell/4B.00A';
const JOB = `${COMPANY}/applied-ai-engineer-customer-deployments/C1.A2B`;

describe("Comeet company's list", () => {
  it("reads each drawn position's link, title and place; not the app's template; the company from the page's data", () => {
    const page = loadFixture('comeet', 'company.html', COMPANY);
    const { cards, detail } = readPage(comeet, page);
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['A', 'C1.A2B', 'Applied AI Engineer, Customer Deployments', 'Tidewell Labs', 'Tel Aviv-Yafo, Tel Aviv District, IL', JOB],
      ['A', 'D4.17F', 'Research Scientist, Retrieval', 'Tidewell Labs', 'Haifa, IL', `${COMPANY}/--/D4.17F`],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('.positionLink'));
    expect(detail).toBeNull();
  });
});

describe('Comeet position page', () => {
  it('reads the drawn header and sections, badged at the title', () => {
    const page = loadFixture('comeet', 'position.html', JOB);
    const { detail } = readPage(comeet, page);
    expect(detail).toMatchObject({ id: 'C1.A2B', title: 'Applied AI Engineer, Customer Deployments', company: 'Tidewell Labs', location: 'Tel Aviv-Yafo, Tel Aviv District, IL', url: JOB });
    expect(detail!.description).toBe('Description\nWork with our enterprise customers to deploy and tailor our document AI in their own cloud.\nRequirements\nPython and LLM evaluation');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("reads the page as served (placeholders not yet drawn) from its POSITION_DATA, unbadged until drawn", () => {
    const page = loadFixture('comeet', 'position-served.html', JOB);
    const { detail } = readPage(comeet, page);
    expect(detail).toMatchObject({ id: 'C1.A2B', title: 'Applied AI Engineer, Customer Deployments', company: 'Tidewell Labs', location: 'Tel Aviv-Yafo, Tel Aviv District, IL' });
    expect(detail!.description).toBe(
      'Description\nWork with our enterprise customers to deploy and tailor our document AI in their own cloud.\nRequirements\nPython and LLM evaluation\nCustomer-facing experience & travel',
    );
    expect(detail!.badgeAnchor).toBeUndefined();
    expect(JSON.stringify(detail)).not.toContain('{{');
  });

  it("reads nothing from another position's data or from a page with neither title nor data", () => {
    const other = `<script>POSITION_DATA = {"name": "Data Engineer", "uid": "D4.17F"};</script><h1 data-qa="positionTitle"><span>{{position.name}}</span></h1>`;
    expect(readPage(comeet, pageFromHtml(other, JOB)).detail).toBeNull();
    expect(readPage(comeet, pageFromHtml('<script>POSITION_DATA = {"name": </script>', JOB)).detail).toBeNull();
  });

  it("reads the legacy design's title and place", () => {
    const html = `<h2 class="positionName" data-qa="positionNameLegacy">Data Engineer</h2><ul class="positionDetails"><li data-qa="positionDetailLocation"><i class="fa fa-map-marker"></i>Haifa, IL</li></ul>`;
    expect(readPage(comeet, pageFromHtml(html, `${COMPANY}/data-engineer/D4.17F`)).detail).toMatchObject({ id: 'D4.17F', title: 'Data Engineer', location: 'Haifa, IL' });
  });
});
