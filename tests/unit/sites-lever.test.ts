import { describe, expect, it } from 'vitest';
import { lever } from '../../lib/sites/lever';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const POSTING = '3f2b8c1a-9d4e-4b7a-8c6f-1e2d3c4b5a69';

describe('lever board', () => {
  const page = loadFixture('lever', 'board.html', 'https://jobs.lever.co/tidewater');

  it('reads .posting cards, new (data-qa) and old markup, and skips a card without a posting id', () => {
    const rows = readPage(lever, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);
    expect(rows).toEqual([
      [POSTING, 'Staff Engineer, Model Serving', 'Tidewater Systems', 'Toronto', `https://jobs.lever.co/tidewater/${POSTING}`],
      [
        '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        'Customer Engineer <img src=x onerror=alert(1)>',
        'Tidewater Systems',
        'Remote – Canada',
        'https://jobs.lever.co/tidewater/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      ],
    ]);
  });

  it('keeps hostile title text as text and badges the title', () => {
    const { cards } = readPage(lever, page);
    expect(cards[1].element.querySelector('img')).toBeNull();
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('[data-qa="posting-name"]'));
  });

  it('has no open job on the board', () => {
    expect(readPage(lever, page).detail).toBeNull();
  });
});

describe('lever posting', () => {
  it('reads the description sections but not the apply button', () => {
    const page = loadFixture('lever', 'posting.html', `https://jobs.lever.co/tidewater/${POSTING}`);
    const detail = lever.detail!(page);
    expect(detail).toMatchObject({
      id: POSTING,
      title: 'Staff Engineer, Model Serving',
      company: 'Tidewater Systems',
      location: 'Toronto',
      url: `https://jobs.lever.co/tidewater/${POSTING}`,
      description: 'We run inference for 40 hospitals.\nWhat you will do\nOwn GPU autoscaling\nBuild the eval pipeline\nWe value calm engineering.',
    });
    expect(detail!.element).toBe(page.document.querySelector('.posting-header'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('.posting-headline h2'));
  });

  it('uses the meta description on /apply, where no description is shown', () => {
    const page = loadFixture('lever', 'apply.html', `https://jobs.lever.co/tidewater/${POSTING}/apply`);
    expect(lever.detail!(page)).toMatchObject({
      id: POSTING,
      title: 'Staff Engineer, Model Serving',
      location: 'Toronto',
      url: `https://jobs.lever.co/tidewater/${POSTING}`,
      description: 'We run inference for 40 hospitals. You will own GPU autoscaling and the eval pip',
    });
  });

  it('falls back to the board slug for the company when there is no logo', () => {
    const html = '<div class="posting-header"><div class="posting-headline"><h2>Solutions Engineer</h2></div></div>';
    const detail = lever.detail!(pageFromHtml(html, `https://jobs.eu.lever.co/north-star/${POSTING}`));
    expect(detail).toMatchObject({ id: POSTING, title: 'Solutions Engineer', company: 'North Star' });
    expect(detail!.description).toBeUndefined();
  });

  it('finds nothing, without error, on an empty page or one without a posting id', () => {
    expect(readPage(lever, pageFromHtml('', `https://jobs.lever.co/tidewater/${POSTING}`))).toEqual({ cards: [], detail: null });
    const noId = loadFixture('lever', 'apply.html', 'https://jobs.lever.co/tidewater');
    noId.document.querySelector('meta[property="og:url"]')!.remove();
    expect(lever.detail!(noId)).toBeNull();
  });
});

describe('lever board without a logo', () => {
  it("names the company from the footer's home page link, not the slug", () => {
    const page = loadFixture('lever', 'board-no-logo.html', 'https://jobs.lever.co/quietbox-labs');
    const rows = readPage(lever, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location]);
    expect(rows).toEqual([['7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', 'Research Engineer, Audio Models', 'QBX', 'Oslo']]);
  });
});

describe('lever posting page, 2016–2021 markup', () => {
  it('reads the place from .sort-by-time and the company from the footer link', () => {
    const url = 'https://jobs.lever.co/brackenridge/5a1c2e3f-7b8d-4e9f-a0b1-c2d3e4f5a6b7';
    const page = loadFixture('lever', 'posting-2017.html', url);
    const { cards, detail } = readPage(lever, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '5a1c2e3f-7b8d-4e9f-a0b1-c2d3e4f5a6b7',
      title: 'Analytics Engineer',
      company: 'Brackenridge Data',
      location: 'Portland, OR',
      url,
      description: 'Brackenridge Data models river freight for shippers.\nYou will\nWrite dbt models\nTune warehouse costs',
    });
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('.posting-headline h2'));
  });
});
