import { describe, expect, it } from 'vitest';
import { attrax } from '../../lib/sites/attrax';
import { bosch } from '../../lib/sites/bosch';
import { drw } from '../../lib/sites/drw';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Bosch Jobs', () => {
  it('reads each job panel: the reference its link names, the title (markup kept as text), the labelled place', () => {
    const { cards } = readPage(bosch, loadFixture('bosch', 'search.html', 'https://jobs.bosch.com/en/?country=de'));
    expect(cardRows(cards)).toEqual([
      ['REF300001A', 'AI Engineer – Computer Vision (f/m/div.)', 'Bosch', 'Renningen, Germany · Hybrid'],
      ['REF300002B', 'Field Application Engineer – AI Solutions', 'Bosch', undefined],
      ['REF300003C', 'Warehouse Associate <img src=x onerror=alert(1)>', 'Bosch', 'Budapest, Hungary · On-Site'],
    ]);
  });

  it('reads a panel whose link has no class of its own by its first link to a job, and a place labelled in Hungarian', () => {
    const html = '<div class="A-JobPanel"><a href="/hu/job/REF300009D-adatmernok"><h2>Adatmérnök</h2></a><dl><dt>Telephelyek</dt><dd>Budapest</dd></dl></div>';
    expect(cardRows(readPage(bosch, pageFromHtml(html, 'https://jobs.bosch.com/hu/?country=hu')).cards)).toEqual([['REF300009D', 'Adatmérnök', 'Bosch', 'Budapest']]);
  });

  it("reads a job's page: the stage's heading, the legal entity as the company, the place, the tasks and profile", () => {
    const { detail } = readPage(bosch, loadFixture('bosch', 'job.html', 'https://jobs.bosch.com/en/job/REF300002B-field-application-engineer-ai-solutions'));
    expect(detail).toMatchObject({ id: 'REF300002B', title: 'Field Application Engineer – AI Solutions', company: 'Robert Bosch GmbH', location: 'Stuttgart, Germany Hybrid' });
    expect(detail!.description).toContain('integrate and tailor our perception models');
  });
});

describe('Attrax career sites', () => {
  it("reads each vacancy tile by its data-jobid (agreeing with its link's): title (markup kept as text), place, the company its address's host is", () => {
    const { cards } = readPage(attrax, loadFixture('attrax', 'search.html', 'https://wise.jobs/jobs?options=300&page=1'));
    expect(cardRows(cards)).toEqual([
      ['4101', 'Senior Machine Learning Engineer - Fraud', 'Wise', 'London'],
      ['4102', 'Solutions Engineer - Wise Platform', 'Wise', undefined],
      ['4103', 'Office Coordinator <img src=x onerror=alert(1)>', 'Wise', 'Tallinn'],
    ]);
    const deliveryHero = readPage(attrax, loadFixture('attrax', 'search.html', 'https://careers.deliveryhero.com/jobs'));
    // The second tile's absolute link is Wise's: Wise's job, listed on Delivery Hero's host.
    expect(deliveryHero.cards.map(({ job }) => [job.id, job.company])).toEqual([
      ['4101', 'Delivery Hero'],
      ['4102', 'Wise'],
      ['4103', 'Delivery Hero'],
    ]);
  });

  it("reads a job's page: the header text, the information widget's place, the job description", () => {
    const { detail } = readPage(attrax, loadFixture('attrax', 'job.html', 'https://wise.jobs/job/solutions-engineer-wise-platform-in-singapore-jid-4102'));
    expect(detail).toMatchObject({ id: '4102', title: 'Solutions Engineer - Wise Platform', company: 'Wise', location: 'Singapore' });
    expect(detail!.description).toContain('integrating our payment APIs');
  });

  it("is recognized on another employer's domain by its tiles or its job page's widgets, with that domain's ids and the site's name", () => {
    const list = loadFixture('attrax', 'search.html', 'https://careers.kestrel-bio.example/jobs');
    list.document.title = 'Jobs | Kestrel Bio';
    expect(recognizedAdapter(list)).toBe(attrax);
    const { cards } = readPage(attrax, list);
    expect(cards.map(({ job }) => [job.id, job.url])).toEqual([
      ['4101', 'https://careers.kestrel-bio.example/job/senior-machine-learning-engineer-fraud-in-london-jid-4101'],
      // Wise's own host names Wise's job; its address is read as Wise's.
      ['4102', 'https://wise.jobs/job/solutions-engineer-wise-platform-in-singapore-jid-4102'],
      ['4103', 'https://careers.kestrel-bio.example/job/office-coordinator-in-tallinn-jid-4103'],
    ]);
    expect(cards.map(({ job }) => job.company)).toEqual(['Kestrel Bio', 'Wise', 'Kestrel Bio']);
    const job = loadFixture('attrax', 'job.html', 'https://careers.kestrel-bio.example/job/solutions-engineer-in-singapore-jid-4102');
    expect(recognizedAdapter(job)).toBe(attrax);
    expect(readPage(attrax, job).detail).toMatchObject({ id: '4102', title: 'Solutions Engineer - Wise Platform', location: 'Singapore' });
  });

  it('is not recognized without its markup, nor at a path that is not its list or a job', () => {
    expect(recognizedAdapter(pageFromHtml('<div class="vacancy-tile" data-jobid="1"><a href="/job/x-jid-1">Engineer</a></div>', 'https://careers.kestrel-bio.example/jobs'))).toBeNull();
    expect(recognizedAdapter(pageFromHtml('<div class="description-widget"><p>About us</p></div>', 'https://careers.kestrel-bio.example/job/engineer-jid-1'))).toBeNull();
    expect(recognizedAdapter(loadFixture('attrax', 'search.html', 'https://careers.kestrel-bio.example/about'))).toBeNull();
  });
});

describe('DRW Careers', () => {
  it("reads each link to a job with the page's data for it (title, places), its heading where the data lacks it; then the jobs only the data holds", () => {
    const page = loadFixture('drw', 'search.html', 'https://www.drw.com/work-at-drw/listings');
    const { cards } = readPage(drw, page);
    expect(cardRows(cards)).toEqual([
      ['3900001', 'Machine Learning Researcher', 'DRW', 'Chicago; London'],
      ['3900002', 'Forward Deployed Engineer, Trading', 'DRW', undefined],
      ['3900003', 'Café Attendant <img src=x onerror=alert(1)>', 'DRW', undefined],
      ['3900004', 'Quantitative AI Strategist', 'DRW', 'New York'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h3'));
    expect(cards[3].element).toBe(page.document.getElementById('__NEXT_DATA__'));
  });

  it("reads a job's page as a posting under its heading", () => {
    const { detail } = readPage(drw, loadFixture('drw', 'job.html', 'https://www.drw.com/work-at-drw/listings/forward-deployed-engineer-trading-3900002/'));
    expect(detail).toMatchObject({ id: '3900002', title: 'Forward Deployed Engineer, Trading', company: 'DRW', url: 'https://www.drw.com/work-at-drw/listings/forward-deployed-engineer-trading-3900002' });
  });
});
