import { describe, expect, it } from 'vitest';
import { arbeitsagentur } from '../../lib/sites/arbeitsagentur';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture } from './site-fixture';

const JOB = 'https://www.arbeitsagentur.de/jobsuche/jobdetail/12265-399943_JB5230001-S';

describe('Jobsuche results (Bundesagentur für Arbeit)', () => {
  it('reads each result by its ids: the reference its link names, the title without its number, the employer, the place without its label and distance', () => {
    const { cards } = readPage(arbeitsagentur, loadFixture('arbeitsagentur', 'suche.html', 'https://www.arbeitsagentur.de/jobsuche/suche?angebotsart=1&was=KI'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['10000-1210000001-S', 'ML Platform Engineer (m/w/d)', 'Spreewerk KI GmbH', 'Berlin'],
      ['12265-399943_JB5230001-S', 'Forward Deployed Engineer KI (m/w/d)', 'Isar Systems AG', 'München'],
      ['10001-1001700003-S', 'Lagerhelfer (m/w/d) <img src=x onerror=alert(1)>', 'Elbe Logistik GmbH', 'Hamburg'],
    ]);
    expect(cards[1].job.url).toBe(JOB);
  });

  it('runs only on the job search, not the rest of the agency\'s site', () => {
    expect(arbeitsagentur.matches).toEqual(['https://www.arbeitsagentur.de/jobsuche/*']);
    expect(arbeitsagentur.isJobPage(new URL('https://www.arbeitsagentur.de/bewerberboerse/suche?was=ki'))).toBe(false);
  });
});

describe('Jobsuche job', () => {
  it('reads the title, the employer and place without their labels, the description', () => {
    const { detail } = readPage(arbeitsagentur, loadFixture('arbeitsagentur', 'jobdetail.html', JOB));
    expect(detail).toMatchObject({ id: '12265-399943_JB5230001-S', title: 'Forward Deployed Engineer KI (m/w/d)', company: 'Isar Systems AG', location: '80331 München', url: JOB });
    expect(detail!.description).toContain('binden unsere KI-Modelle an deren Systeme an');
  });

  it("reads the job picked beside the search by the address's id, and not while the pane still shows another", () => {
    const picked = readPage(arbeitsagentur, loadFixture('arbeitsagentur', 'jobdetail.html', 'https://www.arbeitsagentur.de/jobsuche/suche?angebotsart=1&was=KI&id=12265-399943_JB5230001-S')).detail;
    expect(picked).toMatchObject({ id: '12265-399943_JB5230001-S', title: 'Forward Deployed Engineer KI (m/w/d)', url: JOB });
    const stale = loadFixture('arbeitsagentur', 'jobdetail.html', 'https://www.arbeitsagentur.de/jobsuche/suche?angebotsart=1&was=KI&id=10000-1210000001-S');
    expect(readPage(arbeitsagentur, stale).detail).toBeNull();
  });
});
