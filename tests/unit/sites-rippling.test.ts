import { describe, expect, it } from 'vitest';
import { rippling } from '../../lib/sites/rippling';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://ats.rippling.com/kestrel-labs/jobs';
const FDE = '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e';
const MLE = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('rippling board', () => {
  const page = loadFixture('rippling', 'board.html', BOARD);

  it("reads the board's own jobs by their links: the UUID, the link's text as title, the place from the page's data, else beside its icon", () => {
    expect(readPage(rippling, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      [FDE, 'Forward Deployed Engineer, Agents', 'Kestrel Labs', 'New York, NY (Hybrid)', `${BOARD}/${FDE}`],
      [MLE, 'ML Engineer, Inference', 'Kestrel Labs', 'San Francisco, CA; Remote (United States)', `${BOARD}/${MLE}`],
      ['9f8e7d6c-5b4a-4c3d-9e2f-1a0b9c8d7e6f', 'Office <b>Manager</b>', 'Kestrel Labs', 'Denver, CO', `${BOARD}/9f8e7d6c-5b4a-4c3d-9e2f-1a0b9c8d7e6f`],
    ]);
  });

  it("skips the navigation's board link and another company's job, badges each link, keeps hostile text as text, has no open job", () => {
    const { cards, detail } = readPage(rippling, page);
    expect(cards.map(({ job }) => job.title)).not.toContain("Another company's job");
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element);
    expect(page.document.querySelector('main b')).toBeNull();
    expect(detail).toBeNull();
  });

  it('reads the place beside the icon when the page has no data, and no action link as a job', () => {
    const html = `<main><div><a href="/kestrel-labs/jobs/${FDE}">Applied AI Engineer</a><div><span data-icon="LOCATION_OUTLINE"></span><p>Remote (US)</p></div></div>
      <div><a href="/kestrel-labs/jobs/${MLE}">Learn more</a></div></main>`;
    const { cards } = readPage(rippling, pageFromHtml(html, `https://ats.rippling.com/en-GB/kestrel-labs/jobs`));
    expect(cards.map(({ job }) => [job.id, job.title, job.location])).toEqual([[FDE, 'Applied AI Engineer', 'Remote (US)']]);
  });

  it('survives broken page data', () => {
    const broken = loadFixture('rippling', 'board.html', BOARD);
    broken.document.getElementById('__NEXT_DATA__')!.textContent = '{"props": {';
    expect(readPage(rippling, broken).cards.map(({ job }) => job.location)).toEqual(['New York, NY', '2 locations', 'Denver, CO']);
  });
});

describe('rippling job page', () => {
  it("reads the job: title and place from the page's data for this job, the description as the page shows it", () => {
    const page = loadFixture('rippling', 'job.html', `${BOARD}/${FDE}`);
    const { cards, detail } = readPage(rippling, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: FDE,
      title: 'Forward Deployed Engineer, Agents',
      company: 'Kestrel Labs',
      location: 'New York, NY (Hybrid)',
      url: `${BOARD}/${FDE}`,
      description:
        "Kestrel Labs builds agents for insurance claims.\nAbout the role\nEmbed with our customers' claims teams and deploy our agents into their systems.\nBuild the integrations each deployment needs.",
    });
    expect(detail!.badgeAnchor?.tagName).toBe('H2');
  });

  it("reads the rendered page when the page's data is another job's (the app navigated), and the data's description before it renders", () => {
    const other = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
    const navigated = loadFixture('rippling', 'job.html', `${BOARD}/${other}`);
    expect(rippling.detail!(navigated)).toMatchObject({ id: other, title: 'Forward Deployed Engineer, Agents', location: 'New York, NY' });
    const unrendered = loadFixture('rippling', 'job.html', `${BOARD}/${FDE}`);
    for (const section of unrendered.document.querySelectorAll('.ATS_htmlPreview')) section.remove();
    expect(rippling.detail!(unrendered)!.description).toBe(
      "Kestrel Labs builds agents for insurance claims.\nAbout the role\nEmbed with our customers' claims teams and deploy our agents into their systems.\nBuild the integrations each deployment needs.",
    );
  });

  it("falls back to the page's schema.org data for this job when neither the app's data nor a heading is there", () => {
    const ld = (url: string) =>
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Applied AI Engineer","url":"${url}","hiringOrganization":{"name":"Kestrel Labs Inc."},"description":"Deploy our agents with customers."}</script><main><p>Loading</p></main>`;
    expect(rippling.detail!(pageFromHtml(ld(`${BOARD}/${FDE}`), `${BOARD}/${FDE}`))).toMatchObject({
      id: FDE,
      title: 'Applied AI Engineer',
      company: 'Kestrel Labs Inc.',
      description: 'Deploy our agents with customers.',
    });
    expect(rippling.detail!(pageFromHtml(ld(`${BOARD}/${MLE}`), `${BOARD}/${FDE}`))).toBeNull();
  });

  it('gives no job on an address without a job id, or a page with no title', () => {
    expect(rippling.detail!(pageFromHtml('<main></main>', BOARD))).toBeNull();
    expect(rippling.detail!(pageFromHtml('<main><p>Loading</p></main>', `${BOARD}/${FDE}`))).toBeNull();
  });
});
