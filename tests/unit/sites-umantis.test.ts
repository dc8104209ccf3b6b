import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { umantis } from '../../lib/sites/umantis';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://recruitingapp-2862.umantis.com/Jobs/All';
const JOB = 'https://recruitingapp-2862.umantis.com/Vacancies/1450/Description/1';

describe('Umantis job list', () => {
  it("reads each row: the vacancy's number, its title, the site's employer and the place among the row's fields", () => {
    const { cards } = readPage(umantis, loadFixture('umantis', 'list.html', LIST));
    expect(cardRows(cards)).toEqual([
      ['1450', 'Forward Deployed AI Engineer (80-100%)', 'Harbor', 'Zürich'],
      ['1452', 'ML Platform Engineer', 'Harbor', 'Bern'],
      ['1460', 'Sachbearbeiter/in Personal <b>HR</b>', 'Harbor', 'Basel'],
    ]);
    expect(cards.map(({ job }) => job.url)).toEqual([
      'https://recruitingapp-2862.umantis.com/Vacancies/1450/Description/1',
      'https://recruitingapp-2862.umantis.com/Vacancies/1452/Description/2',
      'https://recruitingapp-2862.umantis.com/Vacancies/1460/Description/1',
    ]);
    expect(cards.every(({ element }) => element.tagName === 'TR')).toBe(true);
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('a.HSTableLinkSubTitle'));
  });

  it("takes no term of the job for its place, and leaves the place out where the row names none", () => {
    const row = (fields: string) =>
      `<table><tr class="tableaslist_contentrow1"><td><span class="tableaslist_subtitle"><a class="HSTableLinkSubTitle" href="/Vacancies/7/Description/1">Data Engineer</a></span>${fields}</td></tr></table>`;
    const place = (fields: string) => readPage(umantis, pageFromHtml(row(fields), LIST)).cards[0]?.job.location;
    expect(place('<span class="tableaslist_subtitle"> | Aushilfe</span><span class="tableaslist_subtitle"> | Voll- / Teilzeit</span>')).toBeUndefined();
    expect(place('<span class="tableaslist_subtitle"> | Online seit: 08.07.2026</span><span class="tableaslist_subtitle"> | Full-time</span>')).toBeUndefined();
    expect(place('<span class="tableaslist_subtitle"> | 80-100%</span><span class="tableaslist_subtitle"> | Luzern</span>')).toBe('Luzern');
    expect(place('<span class="tableaslist_subtitle"> | Place of work: Zug</span><span class="tableaslist_subtitle"> | Festanstellung</span>')).toBe('Zug');
  });

  it('reads a title link outside a table row, and no link to apply or to an unsolicited application', () => {
    const page = pageFromHtml(
      '<a class="HSTableLinkSubTitle" href="/Vacancies/9/Description/1">Applied Scientist</a><a href="/Vacancies/9/Application/CheckLogin/1">Apply</a><a href="/Vacancies/Choose/InitiativeApplication/1">Initiativbewerbung</a>',
      LIST,
    );
    expect(cardRows(readPage(umantis, page).cards)).toEqual([['9', 'Applied Scientist', undefined, undefined]]);
  });

  it('reads nothing from a page with no vacancies', () => {
    expect(readPage(umantis, pageFromHtml('<p>Zur Zeit haben wir leider keine freien Stellen.</p>', LIST)).cards).toEqual([]);
  });
});

describe('Umantis vacancy page', () => {
  it('reads the title, the employer, the labelled place and the posting', () => {
    const page = loadFixture('umantis', 'job.html', JOB);
    const detail = umantis.detail!(page);
    expect(detail).toMatchObject({ id: '1450', title: 'Forward Deployed AI Engineer (80-100%)', company: 'Harbor', location: 'Zürich', url: JOB });
    expect(detail!.description).toContain('Work on site with our customers to deploy language models');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1.jobTitle'));
  });

  it('has no open job on the list, and none on a page without a heading', () => {
    expect(umantis.detail!(loadFixture('umantis', 'list.html', LIST))).toBeNull();
    expect(umantis.detail!(pageFromHtml('<p>Vacancy closed</p>', JOB))).toBeNull();
  });
});

describe('Umantis on a company’s own domain', () => {
  it("is recognized by its title links, or on a vacancy's address by its way to apply", () => {
    expect(recognizedAdapter(loadFixture('umantis', 'list.html', 'https://career.harbor.ch/Jobs/2?lang=eng'))).toBe(umantis);
    expect(recognizedAdapter(loadFixture('umantis', 'job.html', 'https://career.harbor.ch/Vacancies/1450/Description/2'))).toBe(umantis);
    expect(recognizedAdapter(loadFixture('umantis', 'job.html', 'https://career.harbor.ch/careers/ai-engineer'))).toBeNull();
    expect(recognizedAdapter(pageFromHtml('<a href="/Vacancies/1/Description/1">Job</a>', 'https://www.example.com/careers'))).toBeNull();
  });

  it("reads the list's vacancies there, on the company's domain", () => {
    const { cards } = readPage(umantis, loadFixture('umantis', 'list.html', 'https://career.harbor.ch/Jobs/2?lang=eng'));
    expect(cards.map(({ job }) => job.url)[0]).toBe('https://career.harbor.ch/Vacancies/1450/Description/1');
    expect(umantis.detail!(loadFixture('umantis', 'job.html', 'https://career.harbor.ch/Vacancies/1450/Description/2'))?.id).toBe('1450');
  });
});
