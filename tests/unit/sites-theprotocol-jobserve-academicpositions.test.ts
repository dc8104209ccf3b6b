import { describe, expect, it } from 'vitest';
import { academicpositions } from '../../lib/sites/academicpositions';
import { jobserve } from '../../lib/sites/jobserve';
import { readPage } from '../../lib/sites/read-page';
import { theprotocol } from '../../lib/sites/theprotocol';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('theprotocol.it', () => {
  it("reads each card, one link: the offer's id its address names, the title (markup kept as text), employer, and the cities of an offer in several", () => {
    const { cards } = readPage(theprotocol, loadFixture('theprotocol', 'list.html', 'https://theprotocol.it/filtry/big-data-science;sp'));
    expect(cardRows(cards)).toEqual([
      ['5e1f0000-aa11-4c1d-9d01-08de00000101', 'Forward Deployed AI Engineer', 'Wisła Intelligence sp. z o.o.', 'Warszawa'],
      ['5e1f0000-aa11-4c1d-9d01-08de00000102', 'ML Platform Engineer (MLOps)', 'Tatry Compute S.A.', 'Kraków, Wrocław'],
      ['5e1f0000-aa11-4c1d-9d01-08de00000103', 'Specjalista ds. sprzedaży <img src=x onerror=alert(1)>', 'Bałtyk Handel sp. j.', 'Gdańsk'],
    ]);
    expect(cards[0].job.url).toBe('https://theprotocol.it/szczegoly/praca/forward-deployed-ai-engineer-warszawa,oferta,5e1f0000-aa11-4c1d-9d01-08de00000101');
  });

  it("takes a card's title from its link's label when the heading is missing", () => {
    const html = `<a data-test="list-item-offer" aria-label="AI Engineer" href="/szczegoly/praca/ai-engineer,oferta,5e1f0000-aa11-4c1d-9d01-08de00000105"><div data-test="text-employerName">Odra AI</div></a>`;
    expect(cardRows(readPage(theprotocol, pageFromHtml(html, 'https://theprotocol.it/praca?pageNumber=2')).cards)).toEqual([['5e1f0000-aa11-4c1d-9d01-08de00000105', 'AI Engineer', 'Odra AI', undefined]]);
  });

  it("reads an offer's heading, its employer without the \"Firma:\" label, place and posting sections (not the benefits)", () => {
    const url = 'https://theprotocol.it/szczegoly/praca/forward-deployed-ai-engineer-warszawa,oferta,5e1f0000-aa11-4c1d-9d01-08de00000101';
    const { detail } = readPage(theprotocol, loadFixture('theprotocol', 'job.html', `${url}?utm_source=x`));
    expect(detail).toMatchObject({ id: '5e1f0000-aa11-4c1d-9d01-08de00000101', title: 'Forward Deployed AI Engineer', company: 'Wisła Intelligence sp. z o.o.', location: 'Warszawa', url });
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
    expect(detail!.description).not.toContain('Karta sportowa');
  });

  it('reads an address whose commas are escaped, as sitemaps write them, as the same offer', () => {
    const url = 'https://theprotocol.it/szczegoly/praca/ai-engineer%2Coferta%2C5E1F0000-AA11-4C1D-9D01-08DE00000105';
    expect(theprotocol.isJobPage(new URL(url))).toBe(true);
    expect(readPage(theprotocol, pageFromHtml('<h1 data-test="text-offerTitle">AI Engineer</h1>', url)).detail?.id).toBe('5e1f0000-aa11-4c1d-9d01-08de00000105');
  });
});

describe('JobServe', () => {
  it("reads the classic view's cards: the id the card and its link agree on, the title (markup kept as text), the agency, the place", () => {
    const { cards } = readPage(jobserve, loadFixture('jobserve', 'listing.html', 'https://www.jobserve.com/gb/en/JobListing.aspx?shid=0A1B2C3D4E5F60718293'));
    expect(cardRows(cards)).toEqual([
      ['6254F1931AC08CB401', 'Forward Deployed AI Engineer - Contract - Outside IR35', 'Thames Talent Ltd', 'London'],
      ['6254F1931AC08CB402', 'ML Platform Engineer', 'Pennine Recruitment', 'Manchester'],
      ['6254F1931AC08CB403', 'Payroll Officer <img src=x onerror=alert(1)>', undefined, 'Leeds'],
    ]);
    expect(cards[0].job.url).toBe('https://www.jobserve.com/gb/en/search-jobs-in-London/FORWARD-DEPLOYED-AI-ENGINEER-6254F1931AC08CB401/');
  });

  it("reads the split view's cards (no links: each its job's own page) and the open job in the pane, its place without the pay", () => {
    const { cards, detail } = readPage(jobserve, loadFixture('jobserve', 'search.html', 'https://www.jobserve.com/gb/en/JobSearch.aspx?shid=0A1B2C3D4E5F60718293'));
    expect(cardRows(cards)).toEqual([
      ['6254F1931AC08CB401', 'Forward Deployed AI Engineer - Contract - Outside IR35', undefined, 'London'],
      ['6254F1931AC08CB402', 'ML Platform Engineer', undefined, 'Manchester'],
      ['6254F1931AC08CB403', 'Payroll Officer <img src=x onerror=alert(1)>', undefined, 'Leeds'],
    ]);
    expect(cards[1].job.url).toBe('https://www.jobserve.com/gb/en/W6254F1931AC08CB402.jsjob');
    expect(detail).toMatchObject({ id: '6254F1931AC08CB401', title: 'Forward Deployed AI Engineer - Contract - Outside IR35', company: 'Thames Talent Ltd', location: 'London' });
    expect(detail!.description).toContain('deploy its LLM agents at customer sites');
  });

  it("reads a job page's panel, and none whose hidden id names another job than the address", () => {
    const url = 'https://www.jobserve.com/gb/en/search-jobs-in-London/FORWARD-DEPLOYED-AI-ENGINEER-6254F1931AC08CB401/';
    const { detail } = readPage(jobserve, loadFixture('jobserve', 'job.html', url));
    expect(detail).toMatchObject({ id: '6254F1931AC08CB401', company: 'Thames Talent Ltd', location: 'London', url });
    expect(readPage(jobserve, loadFixture('jobserve', 'job.html', 'https://www.jobserve.com/gb/en/W6254F1931AC08CB499.jsjob')).detail).toBeNull();
  });
});

describe('Academic Positions', () => {
  it("reads each card: the position its link names, the title (markup kept as text), employer and places", () => {
    const { cards } = readPage(academicpositions, loadFixture('academicpositions', 'list.html', 'https://academicpositions.com/jobs/field/machine-learning'));
    expect(cardRows(cards)).toEqual([
      ['261001', 'PhD Student in Efficient LLM Training', 'TU Lindholm', 'Gothenburg, Sweden'],
      ['261002', 'Postdoc in Machine Learning Systems', 'Maas Institute for AI', 'Maastricht, Netherlands'],
      ['261003', 'Lecturer in History <img src=x onerror=alert(1)>', 'Old College', 'Ireland'],
    ]);
    expect(cards[0].job.url).toBe('https://academicpositions.com/ad/tu-lindholm/2026/phd-student-in-efficient-llm-training/261001');
  });

  it("reads a position's heading, employer, places and posting; the employer's other positions below as cards", () => {
    const url = 'https://academicpositions.com/ad/tu-lindholm/2026/phd-student-in-efficient-llm-training/261001';
    const { cards, detail } = readPage(academicpositions, loadFixture('academicpositions', 'job.html', `${url}?utm_source=x`));
    expect(detail).toMatchObject({ id: '261001', title: 'PhD Student in Efficient LLM Training', company: 'TU Lindholm', location: 'Gothenburg, Sweden', url });
    expect(detail!.description).toContain('Design and run model training experiments');
    expect(cards.map(({ job }) => job.id)).toEqual(['261004']);
  });

  it('reads the same position under a language path, and no card without a link to a position', () => {
    expect(academicpositions.isJobPage(new URL('https://academicpositions.com/de/ad/tu-lindholm/2026/phd/261001'))).toBe(true);
    const html = '<div class="list-group-item"><a href="/employer/tu-lindholm" class="job-link">TU Lindholm</a></div>';
    expect(readPage(academicpositions, pageFromHtml(html, 'https://academicpositions.com/jobs/position/phd')).cards).toEqual([]);
  });
});
