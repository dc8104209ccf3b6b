import { describe, expect, it } from 'vitest';
import { ziprecruiter } from '../../lib/sites/ziprecruiter';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://www.ziprecruiter.com/jobs-search?search=ai+engineer&location=Remote+%28USA%29';
const FDE = 'zR7kQp2mVx9LwT4bNc8aYe';
const MLE = 'm-Hq3sLd8Fv2Kp6Xw1Tz';

describe('ZipRecruiter search', () => {
  const page = loadFixture('ziprecruiter', 'search.html', `${SEARCH}&lk=${FDE}`);

  it('reads each result once, though the page draws it twice (wide and narrow screens): key, title, company, place and way of working', () => {
    const { cards } = readPage(ziprecruiter, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      [FDE, 'Forward Deployed AI Engineer', 'Northwind Labs', 'Austin, TX (Remote)'],
      [MLE, 'Machine Learning Engineer, Inference & Serving', 'Quillmark', 'New York, NY'],
      ['Pb5nVt0cRy4GwJ7eMk2dUs', 'Senior Payroll Specialist', 'Bluefin Foods', 'Chicago, IL (Hybrid)'],
    ]);
    expect(cards[1].job.url).toBe(`${SEARCH}&lk=${MLE}`);
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('h2'));
  });

  it('reads every copy of a result as that result, so each copy is badged', () => {
    const copies = [...page.document.querySelectorAll(`article[id="job-card-${FDE}"]`)];
    expect(copies).toHaveLength(2);
    for (const copy of copies) expect(ziprecruiter.cards!.read(copy, page)).toMatchObject({ id: FDE, title: 'Forward Deployed AI Engineer' });
  });

  it('reads the open job under the key the address selects, with the text under "Job description" only', () => {
    const { detail } = readPage(ziprecruiter, page);
    expect(detail).toMatchObject({
      id: FDE,
      title: 'Forward Deployed AI Engineer',
      company: 'Northwind Labs',
      location: 'Austin, TX (Remote)',
      url: `${SEARCH}&lk=${FDE}`,
      description:
        'You will embed with our enterprise customers to deploy and tailor our LLM agents to their workflows.\nBuild integrations with customer data systems and run pilots on site.\nWork with our research team to turn what you learn in the field into product features.',
    });
    expect(detail!.element).toBe(page.document.querySelector('[data-testid="job-details-scroll-container"]'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h2.text-header-md'));
  });

  it("lists the open job under the key of the card showing its title when the address selects none, and reads no job when none does", () => {
    expect(readPage(ziprecruiter, loadFixture('ziprecruiter', 'search.html', SEARCH)).detail?.id).toBe(FDE);
    const html = `<div data-testid="job-details-scroll-container"><h2>Data Engineer</h2><h2>Job description</h2><div>Pipelines.</div></div>`;
    expect(readPage(ziprecruiter, pageFromHtml(html, SEARCH)).detail).toBeNull();
  });

  it('skips a card with no key or no title, keeps hostile text as text, and reads nothing on an empty page', () => {
    const html = `<article id="job-card-"><h2 aria-label="Ghost">Ghost</h2></article><article id="job-card-Ab12Cd34Ef56"><h2></h2></article>
      <article id="job-card-Xy98Wv76Ut54"><h2 aria-label="&lt;img src=x onerror=alert(1)&gt; Engineer">x</h2></article>`;
    const { cards } = readPage(ziprecruiter, pageFromHtml(html, SEARCH));
    expect(cards.map(({ job }) => [job.id, job.title])).toEqual([['Xy98Wv76Ut54', '<img src=x onerror=alert(1)> Engineer']]);
    const empty = readPage(ziprecruiter, pageFromHtml('<main>No jobs found</main>', SEARCH));
    expect([empty.cards, empty.detail]).toEqual([[], null]);
  });
});

describe('ZipRecruiter job page', () => {
  const url = 'https://www.ziprecruiter.com/c/Quillmark/Job/Applied-AI-Engineer/-in-New-York,NY?jid=9f8e7d6c5b4a3a2b';

  it("reads the job from the page's schema.org data under its ?jid=, badged at the heading showing its title", () => {
    const page = loadFixture('ziprecruiter', 'job.html', url);
    const { detail } = readPage(ziprecruiter, page);
    expect(detail).toMatchObject({
      id: '9f8e7d6c5b4a3a2b',
      title: 'Applied AI Engineer',
      company: 'Quillmark',
      location: 'New York, NY, US',
      description: 'Train and evaluate the language models behind our document platform.\nBuild our fine-tuning and inference pipelines.',
    });
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('reads the rendered job pane on a job page too, under its ?jid=', () => {
    const html = `<div data-testid="job-details-scroll-container"><h2>Applied AI Engineer</h2><div><a href="/co/Quillmark/Jobs">Quillmark</a><p>New York, NY · Hybrid</p></div>
      <h2>Job description</h2><div>Train the models.</div></div>`;
    expect(readPage(ziprecruiter, pageFromHtml(html, url)).detail).toMatchObject({ id: '9f8e7d6c5b4a3a2b', company: 'Quillmark', location: 'New York, NY (Hybrid)', description: 'Train the models.' });
  });
});

describe('ZipRecruiter search, late-2026 pane with an employer section', () => {
  const KEY = 'Tq4mWz8rLc2Hn6Ys0Bv1Xa';
  const page = loadFixture('ziprecruiter', 'search-2026-employer-section.html', `https://www.ziprecruiter.com/jobs-search?search=ai&location=Houston%2C+TX&lk=${KEY}`);

  it("reads the company's name, not its link's \"See more jobs at …\", and the place under the title", () => {
    expect(ziprecruiter.detail!(page)).toMatchObject({
      id: KEY,
      title: 'Applied AI Engineer',
      company: 'Gulfline Robotics',
      location: 'Houston, TX',
      description: 'Build the perception models our inspection robots run.\nOwn their training data and their evaluation.',
    });
  });

  it('takes the name from the link, without its "See more jobs at", when the section has no name of its own', () => {
    const bare = loadFixture('ziprecruiter', 'search-2026-employer-section.html', `https://www.ziprecruiter.com/jobs-search?search=ai&lk=${KEY}`);
    bare.document.querySelector('[data-testid="employer-details-header"] span')!.remove();
    expect(ziprecruiter.detail!(bare)!.company).toBe('Gulfline Robotics');
  });
});
