import { describe, expect, it } from 'vitest';
import { microsoft } from '../../lib/sites/microsoft';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://apply.careers.microsoft.com/careers?query=ai&pid=1900000000000001';
const ID = '1900000000000001';
const JOB = `https://apply.careers.microsoft.com/careers/job/${ID}`;

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(microsoft, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

/** One card as the search page renders it (classes with their build hash). */
const card = (id: string, title: string, place = 'Ireland, Dublin, Dublin', href = `/careers/job/${id}`) =>
  `<div class="cardContainer-GcY1a " data-test-id="job-listing"><a class="r-link card-F1ebU  " id="job-card-${id}-job-list" role="button" aria-label="View job: ${title}" href="${href}"><div><div class="title-1aNJK">${title}</div><div class="stack-module_stack__LqslD fieldsContainer-3Jtts"><div class="fieldValue-3kEar">${place}</div></div><div class="subData-13Lm1">Posted an hour ago</div></div></a><button data-testid="save-button" aria-label="Save ${title}"></button></div>`;

/** The open job's header and text, as shown beside the list. */
const pane = (title: string, cartId: string, applyId = cartId) =>
  `<div class="rightcontainer-2NrZP"><div class="container-2ugKC"><div class="stack-module_stack__LqslD position-header-container-C7svv"><div><h2 class="position-title-3TPtN">${title}</h2><div><div class="position-location-12ZUO">Ireland, Dublin, Dublin</div><button class="dropdown-module_reference-wrapper__6alfI position-location-12ZUO">+1 more</button></div><a href="/careers/apply?pid=${applyId}">Apply now</a><button data-test-id="add-to-cart-${cartId}">Add to cart</button></div></div><div class="detailContainer-2qNET"><div class="detailLabel-2AsIg">Job number</div><div class="detailValue-3NGwm">300000999</div></div><div id="job-description-container"><div class="container-3Gm1a"><p>Serve and evaluate models for many teams.</p></div></div></div></div>`;

describe('microsoft careers search page', () => {
  const page = loadFixture('microsoft', 'results.html', SEARCH);

  it('reads each job-listing card: id from its link and its id, title, place without "+ N more"', () => {
    expect(rows(page)).toEqual([
      [ID, 'Applied Scientist, Model Serving Platform', 'Microsoft', 'Canada, Ontario, Toronto', JOB],
      [
        '1900000000000002',
        'Forward Deployed Engineer, Customer AI Solutions',
        'Microsoft',
        'Portugal, Lisbon, Lisbon',
        'https://apply.careers.microsoft.com/careers/job/1900000000000002',
      ],
      [
        '1900000000000003',
        'Payroll Analyst <img src=x onerror=alert(1)>',
        'Microsoft',
        'Chile, Santiago, Santiago',
        'https://apply.careers.microsoft.com/careers/job/1900000000000003',
      ],
    ]);
  });

  it('marks the card container, badges the title, keeps hostile text as text, skips a card whose link and id disagree', () => {
    const { cards } = readPage(microsoft, page);
    expect(cards.map(({ element }) => element.getAttribute('data-test-id'))).toEqual(['job-listing', 'job-listing', 'job-listing']);
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('.title-1aNJK'));
    expect(page.document.querySelectorAll('img[onerror], script').length).toBe(0);
    expect(cards.map(({ job }) => job.title)).not.toContain('Mislinked Role');
  });

  it('reads the open job beside the list: the id its header carries, title, place, description', () => {
    const { detail } = readPage(microsoft, page);
    expect(detail).toMatchObject({
      id: ID,
      title: 'Applied Scientist, Model Serving Platform',
      company: 'Microsoft',
      location: 'Canada, Ontario, Toronto',
      url: JOB,
    });
    expect(detail!.description).toContain('Design inference optimizations');
    expect(detail!.description).not.toContain('300000101');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h2.position-title-3TPtN'));
    expect(detail!.element.classList.contains('container-2ugKC')).toBe(true);
  });

  it("trusts the header's id over an address a step behind, and refuses a header whose ids disagree", () => {
    const html = card('1900000000000005', 'Data Engineer') + pane('Data Engineer', '1900000000000005');
    const behind = microsoft.detail!(pageFromHtml(html, SEARCH));
    expect(behind).toMatchObject({ id: '1900000000000005', title: 'Data Engineer', location: 'Ireland, Dublin, Dublin' });
    expect(microsoft.detail!(pageFromHtml(pane('Data Engineer', '1900000000000005', '1900000000000006'), SEARCH))).toBeNull();
  });

  it('takes the id from the address when the header carries none, else reads no open job', () => {
    const bare = '<div class="position-header-container-C7svv"><h2 class="position-title-3TPtN">ML Engineer</h2></div>';
    expect(microsoft.detail!(pageFromHtml(bare, SEARCH))).toMatchObject({ id: ID, title: 'ML Engineer', url: JOB });
    expect(microsoft.detail!(pageFromHtml(bare, 'https://apply.careers.microsoft.com/careers'))).toBeNull();
  });

  it('reads a card by its link alone, by its aria-label when the title is missing, and nothing without an id', () => {
    const html = `<a id="job-card-1900000000000007-job-list" href="/careers/job/1900000000000007" aria-label="View job: Research Engineer"><div class="fieldValue-3kEar">India, Karnataka, Bengaluru</div></a>
      <div data-test-id="job-listing"><a href="/careers/settings" aria-label="View job: No id"><div class="title-1aNJK">No id</div></a></div>`;
    expect(readPage(microsoft, pageFromHtml(html, SEARCH)).cards.map(({ job }) => job)).toMatchObject([
      { id: '1900000000000007', title: 'Research Engineer', location: 'India, Karnataka, Bengaluru' },
    ]);
  });
});

describe('microsoft careers job page', () => {
  const URL = 'https://apply.careers.microsoft.com/careers/job/1900000000000002';

  it('reads the job page fixture from its rendered header', () => {
    const page = loadFixture('microsoft', 'job.html', URL);
    const { cards, detail } = readPage(microsoft, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '1900000000000002',
      title: 'Forward Deployed Engineer, Customer AI Solutions',
      company: 'Microsoft',
      location: 'Portugal, Lisbon, Lisbon',
      url: URL,
    });
    expect(detail!.description).toContain('integrate and deploy AI solutions');
  });

  const jsonLd = (extra: string) =>
    `<h2>Applied ML Engineer</h2><script type="application/ld+json">{"@type":"JobPosting","title":"Applied ML Engineer",${extra}"description":"<p>Evaluate models.</p>","hiringOrganization":{"name":"Microsoft"},"jobLocation":{"@type":"Place","address":{"addressLocality":"Redmond","addressCountry":"US"}}}</script>`;

  it("with no header rendered, reads the page's JSON-LD when it names this job", () => {
    const page = pageFromHtml(jsonLd(`"url":"${URL}",`), `${URL}?hl=en`);
    const detail = microsoft.detail!(page);
    expect(detail).toMatchObject({ id: '1900000000000002', title: 'Applied ML Engineer', company: 'Microsoft', location: 'Redmond, US', description: 'Evaluate models.', url: URL });
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h2'));
  });

  it("ignores another job's JSON-LD, and JSON-LD on the search page", () => {
    expect(microsoft.detail!(pageFromHtml(jsonLd('"url":"https://apply.careers.microsoft.com/careers/job/1999999999999999",'), URL))).toBeNull();
    expect(microsoft.detail!(pageFromHtml(jsonLd(''), SEARCH))).toBeNull();
    expect(readPage(microsoft, pageFromHtml('', URL))).toEqual({ cards: [], detail: null });
  });
});
