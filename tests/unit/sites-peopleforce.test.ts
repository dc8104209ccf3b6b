import { describe, expect, it } from 'vitest';
import { peopleforce } from '../../lib/sites/peopleforce';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://lumora.peopleforce.io/careers';
const JOB = `${BOARD}/v/241701-ml-engineer-recommendations`;

describe('PeopleForce careers pages', () => {
  it("reads each job link of the list: id, title (markup kept as text), the place after the map marker, the company", () => {
    const page = loadFixture('peopleforce', 'search.html', `${BOARD}?page=1`);
    const { cards, detail } = readPage(peopleforce, page);
    expect(cardRows(cards)).toEqual([
      ['241701', 'ML Engineer, Recommendations', 'Lumora', 'Kyiv, Ukraine'],
      ['241702', 'Forward Deployed Engineer', 'Lumora', 'Remote'],
      ['241703', 'Office Manager <iframe src=javascript:alert(1)>', 'Lumora', undefined],
    ]);
    expect(cards[0].job.url).toBe(JOB);
    expect(detail).toBeNull();
  });

  it("reads a job's page: the breadcrumb's title, the main column's posting, the place from the facts, badged at the column's title", () => {
    const page = loadFixture('peopleforce', 'job.html', JOB);
    const { detail, cards } = readPage(peopleforce, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({ id: '241701', title: 'ML Engineer, Recommendations', company: 'Lumora', location: 'Kyiv, Ukraine', url: JOB });
    expect(detail!.description).toContain('Train and evaluate the ranking models');
    expect(detail!.description).not.toContain('Department');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('.col-lg-8 h2'));
  });

  it("reads a page in the board's language, its title from og:title where no breadcrumb shows it", () => {
    const html = `<head><meta property="og:title" content="Honeytech - AI Animator / Motion Designer"></head>
      <div id="wrapper"><div class="tw-row"><div class="tw-col-lg-8 tw-col-12"><p>Привіт! Шукаємо аніматора.</p></div>
      <div class="tw-col-lg-4 tw-col-12"><dl><dt>Тип роботи</dt><dd>Freelance</dd><dt>Локація</dt><dd>Remote</dd></dl></div></div></div>`;
    const page = pageFromHtml(html, 'https://honeytech.peopleforce.io/careers/v/202646-ai-animator-motion-designer');
    expect(readPage(peopleforce, page).detail).toMatchObject({ id: '202646', title: 'AI Animator / Motion Designer', company: 'Honeytech', location: 'Remote' });
  });

  it('claims the careers pages only, never the HR app or the apply form', () => {
    const is = (url: string) => peopleforce.isJobPage(new URL(url));
    expect(is('https://akvelon.peopleforce.io/careers?page=2')).toBe(true);
    expect(is('https://akvelon.peopleforce.io/employees')).toBe(false);
    expect(is(`${JOB}/a/new`)).toBe(false);
    expect(is('https://app.peopleforce.io/careers')).toBe(false);
  });
});
