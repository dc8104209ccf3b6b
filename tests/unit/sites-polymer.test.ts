import { describe, expect, it } from 'vitest';
import { polymer } from '../../lib/sites/polymer';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Polymer job boards', () => {
  it("reads each job by the id its link ends in: the h3 title, the place beside the map pin, the board's company", () => {
    const { cards, detail } = readPage(polymer, loadFixture('polymer', 'board.html', 'https://jobs.polymer.co/quarry-compute?source=github'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['41201', 'Inference Engineer', 'Quarry Compute', 'San Francisco, CA', 'https://jobs.polymer.co/quarry-compute/41201'],
      ['41202', 'Solutions Engineer, Enterprise AI', 'Quarry Compute', undefined, 'https://jobs.polymer.co/quarry-compute/41202'],
      ['41203', 'Office Lead <img src=x>', 'Quarry Compute', undefined, 'https://jobs.polymer.co/quarry-compute/41203'],
    ]);
    expect(detail).toBeNull();
  });
});

describe('Polymer job page', () => {
  it('reads the JSON-LD posting (its title trimmed), badged at the heading that shows it', () => {
    const { detail } = readPage(polymer, loadFixture('polymer', 'job.html', 'https://jobs.polymer.co/quarry-compute/41201'));
    expect(detail).toMatchObject({ id: '41201', title: 'Inference Engineer', company: 'Quarry Compute', location: 'San Francisco, CA, US', url: 'https://jobs.polymer.co/quarry-compute/41201' });
    expect(detail!.description).toContain('KV caches and GPU kernels');
    expect(detail!.badgeAnchor?.tagName).toBe('H1');
  });

  it("reads no job from another posting's JSON-LD", () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Other","url":"https://jobs.polymer.co/quarry-compute/49999"}</script><h1>Other</h1>`;
    expect(readPage(polymer, pageFromHtml(html, 'https://jobs.polymer.co/quarry-compute/41201')).detail).toBeNull();
  });
});
