import { describe, expect, it } from 'vitest';
import { breezy } from '../../lib/sites/breezy';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://pinecrest-robotics.breezy.hr/';
const JOB = 'https://pinecrest-robotics.breezy.hr/p/3c9a1e7b5d20-perception-engineer';

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(breezy, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

describe('breezy board', () => {
  const page = loadFixture('breezy', 'board.html', BOARD);

  it('reads li.position cards: position id, title, company from the subdomain, place', () => {
    expect(rows(page)).toEqual([
      ['3c9a1e7b5d20', 'Perception Engineer', 'Pinecrest Robotics', 'Vancouver, BC, CA', JOB],
      [
        '8f01d2c3b4a5',
        'Field Service Technician',
        'Pinecrest Robotics',
        'Canada - Remote OK',
        'https://pinecrest-robotics.breezy.hr/p/8f01d2c3b4a5-field-service-technician',
      ],
      ['a1b2c3d4e5f6', 'Robotics Intern <b onmouseover=alert(1)>', 'Pinecrest Robotics', 'Calgary, AB, CA', 'https://pinecrest-robotics.breezy.hr/p/a1b2c3d4e5f6'],
    ]);
  });

  it('skips a card with no position link, keeps hostile title text as text, badges the h2', () => {
    const { cards, detail } = readPage(breezy, page);
    expect(page.document.querySelectorAll('li.position').length).toBe(4);
    expect(page.document.querySelectorAll('b').length).toBe(0);
    expect(cards[0].element).toBe(page.document.querySelector('li.position'));
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('h2'));
    expect(detail).toBeNull();
  });
});

describe('breezy position page', () => {
  it('reads the banner and the description without the apply button', () => {
    const page = loadFixture('breezy', 'job.html', `${JOB}?source=linkedin`);
    const { cards, detail } = readPage(breezy, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '3c9a1e7b5d20',
      title: 'Perception Engineer',
      company: 'Pinecrest Robotics',
      location: 'Vancouver, BC, CA',
      url: JOB,
      description: 'Pinecrest Robotics builds autonomous tractors for orchards.\nWhat you will do\nFuse lidar and camera data.\nTest on our farm in the Fraser Valley.',
    });
    expect(detail!.description).not.toMatch(/Apply to position/);
    expect(detail!.element).toBe(page.document.querySelector('.banner'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('.banner h1'));
  });

  it('reads schema.org JSON-LD when the banner is not rendered, with the company from it', () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Perception Engineer","url":"${JOB}","hiringOrganization":{"name":"Pinecrest Robotics Inc."},"description":"<p>Fuse sensors.</p>"}</script>`;
    expect(breezy.detail!(pageFromHtml(html, JOB))).toMatchObject({
      id: '3c9a1e7b5d20',
      title: 'Perception Engineer',
      company: 'Pinecrest Robotics Inc.',
      description: 'Fuse sensors.',
    });
  });

  it('reads the application form page: the banner, and the description and company from its data-position (not the form’s "description" box)', () => {
    const page = loadFixture('breezy', 'apply.html', `${JOB}/apply`);
    const { cards, detail } = readPage(breezy, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '3c9a1e7b5d20',
      title: 'Perception Engineer',
      company: 'Pinecrest Robotics Ltd.',
      location: 'Vancouver, BC',
      url: JOB,
      description: 'Pinecrest Robotics builds autonomous tractors for orchards.\nFuse lidar and camera data.\nTrain our perception models on field data.',
    });
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('.banner h1'));
    expect(page.document.querySelector('img[onerror]')).toBeNull();
  });

  it('ignores another position\'s data-position and broken JSON there', () => {
    const banner = '<div class="banner"><h1>Perception Engineer</h1></div>';
    const other = `<div data-position='{"_id":"ffffffffffff","description":"<p>Sell things.</p>","company":{"name":"Elsewhere"}}'>${banner}</div>`;
    expect(breezy.detail!(pageFromHtml(other, `${JOB}/apply`))).toMatchObject({ company: 'Pinecrest Robotics', description: undefined });
    const broken = `<div data-position='{"_id":"3c9a1e7b5d20",'>${banner}</div>`;
    expect(breezy.detail!(pageFromHtml(broken, `${JOB}/apply`))).toMatchObject({ title: 'Perception Engineer', description: undefined });
  });

  it('finds nothing, without error, on an empty page, an empty board or broken JSON-LD', () => {
    expect(readPage(breezy, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
    const empty = `<div class="positions-container"><ul class="positions"></ul></div>`;
    expect(readPage(breezy, pageFromHtml(empty, BOARD))).toEqual({ cards: [], detail: null });
    const broken = `<script type="application/ld+json">{"@type":"JobPosting","title":"X",</script>`;
    expect(readPage(breezy, pageFromHtml(broken, JOB))).toEqual({ cards: [], detail: null });
  });
});
