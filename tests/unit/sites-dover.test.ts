import { describe, expect, it } from 'vitest';
import { dover } from '../../lib/sites/dover';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://app.dover.com/jobs/quillon';
const JOB = 'https://app.dover.com/apply/Quillon/7e2a9c41-5b3d-4f6e-9a1b-2c3d4e5f6a7b';

describe('Dover board', () => {
  it("reads each job's link: its UUID, the title and place it holds, the board's company", () => {
    const page = loadFixture('dover', 'board.html', BOARD);
    const { cards } = readPage(dover, page);
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.location])).toEqual([
      ['A', '7e2a9c41-5b3d-4f6e-9a1b-2c3d4e5f6a7b', 'Forward Deployed Engineer', 'Quillon', 'San Francisco, CA (Hybrid)'],
      ['A', '0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e', 'Founding ML Engineer, Inference', 'Quillon', 'Remote (US)'],
      ['A', '5c4b3a29-1807-4f6e-9d5c-4b3a29180706', 'Office Manager', 'Quillon', 'New York, NY'],
    ]);
    expect(cards[1].job.url).toBe('https://app.dover.com/apply/Quillon/0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e');
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('.css-title1'));
  });

  it('reads no job from an "Apply" link or a link to no job', () => {
    const html = `<a href="/apply/Quillon/7e2a9c41-5b3d-4f6e-9a1b-2c3d4e5f6a7b">Apply</a><a href="/apply/Quillon/">Open roles</a>`;
    expect(readPage(dover, pageFromHtml(html, BOARD)).cards).toEqual([]);
  });
});

describe('Dover job page', () => {
  it('reads the posting above the application form under the UUID of its address', () => {
    const page = loadFixture('dover', 'job.html', JOB);
    const { detail } = readPage(dover, page);
    expect(detail).toMatchObject({ id: '7e2a9c41-5b3d-4f6e-9a1b-2c3d4e5f6a7b', title: 'Forward Deployed Engineer', company: 'Quillon', location: 'San Francisco, CA (Hybrid)', url: JOB });
    expect(detail!.description).toContain('Build the connectors to their claims and policy systems');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('reads nothing where the page shows no posting', () => {
    expect(readPage(dover, pageFromHtml('<h1>This job is no longer accepting applications</h1>', JOB)).detail).toBeNull();
  });
});
