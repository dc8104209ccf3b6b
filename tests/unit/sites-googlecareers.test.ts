import { describe, expect, it } from 'vitest';
import { googlecareers } from '../../lib/sites/googlecareers';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://www.google.com/about/careers/applications/jobs/results?q=machine%20learning';
const ID = '140000000000000001';
const JOB = `https://www.google.com/about/careers/applications/jobs/results/${ID}`;

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(googlecareers, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

describe('google careers search results', () => {
  const page = loadFixture('googlecareers', 'results.html', SEARCH);

  it('reads each li.lLd3Je card: the id from its data and link, title, company, place(s)', () => {
    expect(rows(page)).toEqual([
      [ID, 'Applied ML Engineer, Gemini Evaluation', 'Brightwater Labs', 'Zurich, Switzerland', JOB],
      [
        '140000000000000002',
        'Customer Engineer, Generative AI, Public Sector',
        'Tallgrass Cloud',
        'Reston, VA, USA; Austin, TX, USA',
        'https://www.google.com/about/careers/applications/jobs/results/140000000000000002',
      ],
      [
        '140000000000000003',
        'Data Steward <img src=x onerror=alert(1)>',
        'Ostrander Mutual',
        'Dublin, Ireland',
        'https://www.google.com/about/careers/applications/jobs/results/140000000000000003',
      ],
    ]);
  });

  it('marks the li, badges the title, keeps hostile text as text, skips a card whose data and link disagree', () => {
    const { cards, detail } = readPage(googlecareers, page);
    expect(cards.map(({ element }) => element.tagName)).toEqual(['LI', 'LI', 'LI']);
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('h3.QJPWVe'));
    expect(page.document.querySelectorAll('img[onerror], script').length).toBe(0);
    expect(cards.map(({ job }) => job.title)).not.toContain('Mislinked Role');
    expect(detail).toBeNull();
  });

  it('reads a card by its data alone, and resolves an absolute link too', () => {
    const html = `<ul><li class="lLd3Je"><div jscontroller="snXUJb" jsdata="Aiqs8c;${ID};$2"><h3 class="QJPWVe">ML Platform Engineer</h3>
      <span class="RP7SMd"><i class="google-material-icons">corporate_fare</i><span>Quarry Lane</span></span></div></li>
      <li class="lLd3Je"><div><h3 class="QJPWVe">Research Engineer</h3><a href="/about/careers/applications/jobs/results/140000000000000009-research-engineer">Learn more</a></div></li></ul>`;
    const cards = readPage(googlecareers, pageFromHtml(html, SEARCH)).cards.map(({ job }) => job);
    expect(cards).toMatchObject([
      { id: ID, title: 'ML Platform Engineer', company: 'Quarry Lane', location: undefined, url: JOB },
      { id: '140000000000000009', title: 'Research Engineer', company: undefined },
    ]);
  });

  it('reads nothing from a card with no id or no title', () => {
    const html = `<ul><li class="lLd3Je"><h3 class="QJPWVe">No id</h3></li><li class="lLd3Je"><div jsdata="Aiqs8c;${ID};1"><a href="jobs/results/${ID}-x"></a></div></li></ul>`;
    expect(readPage(googlecareers, pageFromHtml(html, SEARCH)).cards).toEqual([]);
  });
});

describe('google careers open job', () => {
  const jsonLd = (extra: string) =>
    `<h1 class="t6pCyc">Search Jobs</h1><h2 class="p1N2lc">Applied ML Engineer</h2><script type="application/ld+json">{"@type":"JobPosting","title":"Applied ML Engineer",${extra}"description":"<p>Evaluate models.</p>","hiringOrganization":{"name":"Brightwater Labs"},"jobLocation":{"@type":"Place","address":{"addressLocality":"Zurich","addressCountry":"CH"}}}</script>`;

  it("reads the page's JSON-LD on a job page, badging the heading that shows its title", () => {
    const page = pageFromHtml(jsonLd(''), `${JOB}-applied-ml-engineer?hl=en`);
    const detail = googlecareers.detail!(page);
    expect(detail).toMatchObject({
      id: ID,
      title: 'Applied ML Engineer',
      company: 'Brightwater Labs',
      location: 'Zurich, CH',
      description: 'Evaluate models.',
      url: JOB,
    });
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h2.p1N2lc'));
  });

  it('reads the job page fixture: its JSON-LD job, badged at the heading', () => {
    const page = loadFixture('googlecareers', 'job.html', `${JOB}-applied-ml-engineer-gemini-evaluation`);
    const { cards, detail } = readPage(googlecareers, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({ id: ID, title: 'Applied ML Engineer, Gemini Evaluation', company: 'Brightwater Labs', url: JOB });
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h2.p1N2lc'));
  });

  it("ignores another job's JSON-LD, and reads no job off the results list", () => {
    const other = jsonLd(`"url":"https://www.google.com/about/careers/applications/jobs/results/149999999999999999-other",`);
    expect(googlecareers.detail!(pageFromHtml(other, JOB))).toBeNull();
    expect(googlecareers.detail!(pageFromHtml(jsonLd(''), SEARCH))).toBeNull();
    expect(readPage(googlecareers, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
  });
});
