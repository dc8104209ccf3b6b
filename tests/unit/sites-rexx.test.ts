import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { rexx } from '../../lib/sites/rexx';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://bodensee-portal.rexx-systems.com/stellenangebote.html';
const JOB = 'https://bodensee-portal.rexx-systems.com/Forward-Deployed-AI-Engineer-mwd-de-j311.html';

describe('rexx systems career portals', () => {
  it("reads each job (an article or a div): the id its title link names, the title (markup in it kept as text), the place, the portal's employer", () => {
    const { cards } = readPage(rexx, loadFixture('rexx', 'offers.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['311', 'Forward Deployed AI Engineer (m/w/d)', 'Bodensee Robotik', 'Friedrichshafen', JOB],
      ['312', 'ML Platform Engineer (m/w/d)', 'Bodensee Robotik', 'Konstanz', 'https://bodensee-portal.rexx-systems.com/ML-Platform-Engineer-mwd-de-j312.html'],
      ['313', 'Sachbearbeiter Einkauf (m/w/d) <img src=x onerror=alert(1)>', 'Bodensee Robotik', 'Friedrichshafen', 'https://bodensee-portal.rexx-systems.com/Sachbearbeiter-Einkauf-mwd-de-j313.html'],
    ]);
  });
});

describe('rexx systems job page', () => {
  it('reads the heading, the posting without it, the employer and place from the schema.org data', () => {
    const { detail } = readPage(rexx, loadFixture('rexx', 'job.html', JOB));
    expect(detail).toMatchObject({ id: '311', title: 'Forward Deployed AI Engineer (m/w/d)', company: 'Bodensee Robotik GmbH', location: 'Friedrichshafen, DE', url: JOB });
    expect(detail!.description).toContain('integrieren unsere Bildverarbeitungsmodelle');
    expect(detail!.description).not.toContain('Forward Deployed AI Engineer');
  });
});

describe("rexx portals on employers' own hosts (recognized by the generator tag, for parse and \"Analyze this page\")", () => {
  it("is recognized with its list or a job page at rexx's paths, and reads its own addresses' ids", () => {
    const own = loadFixture('rexx', 'offers.html', 'https://karriere.bodensee-robotik.example/stellenangebote.html');
    expect(rexx.isJobPage(own.url)).toBe(false);
    expect(recognizedAdapter(own)).toBe(rexx);
    expect(readPage(rexx, own).cards.map(({ job }) => job.id)).toEqual(['311', '312', '313']);
    const ownJob = loadFixture('rexx', 'job.html', 'https://karriere.bodensee-robotik.example/Forward-Deployed-AI-Engineer-mwd-de-j311.html');
    expect(recognizedAdapter(ownJob)).toBe(rexx);
    expect(readPage(rexx, ownJob).detail?.id).toBe('311');
  });

  it('is not recognized without the tag, nor on a page of neither kind', () => {
    expect(recognizedAdapter(pageFromHtml('<div class="joboffer_container"><div class="joboffer_title_text"><a href="/X-de-j1.html">X</a></div></div>', 'https://jobs.acme.example/stellenangebote.html'))).toBeNull();
    expect(recognizedAdapter(pageFromHtml('<meta name="generator" content="Rexx Recruitment - Portal7"><h1>Impressum</h1>', 'https://jobs.acme.example/impressum.html'))).toBeNull();
  });
});
