import { describe, expect, it } from 'vitest';
import { anthropic } from '../../lib/sites/anthropic';
import { cardElements, readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://www.anthropic.com/careers/jobs';

describe('Anthropic careers list', () => {
  it('reads each job once under its Greenhouse id, with title and places; not the menu links', () => {
    const page = loadFixture('anthropic', 'jobs.html', LIST);
    expect(readPage(anthropic, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['4900000001', 'Research Engineer, Inference', 'Anthropic', 'San Francisco, CA | New York City, NY'],
      ['4900000002', 'Applied AI Engineer, Enterprise', 'Anthropic', 'San Francisco, CA'],
      ['4900000003', 'Recruiting Coordinator', 'Anthropic', 'New York City, NY'],
    ]);
    // Listed in two offices: both links read as the one job.
    expect(cardElements(anthropic.cards!, page.document).map((link) => anthropic.cards!.read(link, page)?.id).filter((id) => id === '4900000001')).toHaveLength(2);
  });

  it("reads an older build's links to the Greenhouse board under the same id", () => {
    const html = `<a href="https://job-boards.greenhouse.io/anthropic/jobs/4900000004"><p>Forward Deployed Engineer</p></a><a href="https://job-boards.greenhouse.io/otherco/jobs/4900000005"><p>Designer</p></a>`;
    expect(readPage(anthropic, pageFromHtml(html, LIST)).cards.map(({ job }) => [job.id, job.title, job.url])).toEqual([
      ['4900000004', 'Forward Deployed Engineer', 'https://www.anthropic.com/careers/jobs/4900000004'],
    ]);
  });
});

describe('Anthropic job page', () => {
  it('reads the posting under the id in its address', () => {
    const page = loadFixture('anthropic', 'job.html', 'https://www.anthropic.com/careers/jobs/4900000001');
    const { detail } = readPage(anthropic, page);
    expect(detail).toMatchObject({ id: '4900000001', title: 'Research Engineer, Inference', company: 'Anthropic' });
    expect(detail!.description).toContain('make model serving faster, cheaper and more reliable');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('reads nothing on a page that is no posting', () => {
    expect(readPage(anthropic, pageFromHtml('<main><h1>Page not found</h1></main>', 'https://www.anthropic.com/careers/jobs/4900000009')).detail).toBeNull();
  });
});
