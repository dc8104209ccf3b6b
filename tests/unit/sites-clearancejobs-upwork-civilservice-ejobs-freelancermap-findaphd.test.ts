import { describe, expect, it } from 'vitest';
import { civilservicejobs } from '../../lib/sites/civilservicejobs';
import { clearancejobs } from '../../lib/sites/clearancejobs';
import { ejobs } from '../../lib/sites/ejobs';
import { findaphd } from '../../lib/sites/findaphd';
import { freelancermap } from '../../lib/sites/freelancermap';
import { readPage } from '../../lib/sites/read-page';
import { upwork } from '../../lib/sites/upwork';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('ClearanceJobs', () => {
  it('reads each card: the id its title link names, the title (markup kept as text), company, and each of its places once', () => {
    const { cards } = readPage(clearancejobs, loadFixture('clearancejobs', 'search.html', 'https://www.clearancejobs.com/jobs?keywords=machine+learning'));
    expect(cardRows(cards)).toEqual([
      ['9120101', 'Forward Deployed AI Engineer (TS/SCI)', 'Potomac Analytics', 'Fort Meade, MD; Chantilly, VA'],
      ['9120102', 'ML Platform Engineer', 'Shenandoah Compute', 'Remote/Hybrid United States (On-Site/Office)'],
      ['9120103', 'Facility Security Officer <img src=x onerror=alert(1)>', 'Chesapeake Defense', 'Huntsville, AL (On-Site/Office)'],
    ]);
    expect(cards[0].job.url).toBe('https://www.clearancejobs.com/jobs/9120101/forward-deployed-ai-engineer-ts-sci');
  });

  it("reads a job page's header (not the similar jobs' places) and posting; the similar jobs as cards", () => {
    const url = 'https://www.clearancejobs.com/jobs/9120101/forward-deployed-ai-engineer-ts-sci';
    const { cards, detail } = readPage(clearancejobs, loadFixture('clearancejobs', 'job.html', `${url}?ref=search`));
    expect(detail).toMatchObject({ id: '9120101', title: 'Forward Deployed AI Engineer (TS/SCI)', company: 'Potomac Analytics', location: 'Fort Meade, MD; Chantilly, VA', url });
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
    expect(cards.map(({ job }) => job.id)).toEqual(['9120102']);
  });

  it("reads a job page the app has not drawn from its JSON-LD; a company's list is no job", () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"AI Engineer","identifier":{"value":"9120104"},"hiringOrganization":{"name":"Potomac Analytics"},"description":"<p>Build models.</p>"}</script><div id="app"></div>`;
    expect(readPage(clearancejobs, pageFromHtml(html, 'https://www.clearancejobs.com/jobs/9120104')).detail).toMatchObject({ id: '9120104', title: 'AI Engineer', company: 'Potomac Analytics' });
    expect(readPage(clearancejobs, pageFromHtml(html, 'https://www.clearancejobs.com/jobs/potomac-analytics')).detail).toBeNull();
  });
});

describe('Upwork', () => {
  it("reads each job tile: the id it carries and its title link agree on, the title (search words marked apart read as one), the client's country; and the job open in the slider", () => {
    const url = 'https://www.upwork.com/nx/search/jobs/details/~022090000000000000101?q=ai%20agent&pageTitle=Job%20Details';
    const { cards, detail } = readPage(upwork, loadFixture('upwork', 'search.html', url));
    expect(cardRows(cards)).toEqual([
      ['2090000000000000101', "Forward Deployed AI Engineer for our customers' agent rollouts", undefined, 'United States'],
      ['2090000000000000102', 'ML Platform Engineer: model serving on Kubernetes', undefined, 'Germany'],
      ['2090000000000000103', 'Logo design <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
    expect(cards[0].job.url).toBe('https://www.upwork.com/jobs/~022090000000000000101');
    expect(detail).toMatchObject({ id: '2090000000000000101', location: 'United States', url: 'https://www.upwork.com/jobs/~022090000000000000101' });
    expect(detail!.description).toContain('deploy our LLM agents with each of our enterprise customers');
  });

  it('reads no slider that shows another job than its address names', () => {
    const page = loadFixture('upwork', 'search.html', 'https://www.upwork.com/nx/search/jobs/details/~022090000000000000102?q=ai');
    expect(readPage(upwork, page).detail).toBeNull();
  });

  it("reads a job page, and the find-work feed's tiles", () => {
    const url = 'https://www.upwork.com/jobs/ML-Platform-Engineer_~022090000000000000102/';
    const { detail } = readPage(upwork, loadFixture('upwork', 'job.html', url));
    expect(detail).toMatchObject({ id: '2090000000000000102', title: 'ML Platform Engineer: model serving on Kubernetes', location: 'Germany', url: 'https://www.upwork.com/jobs/~022090000000000000102' });
    const feed = `<div data-test="job-tile-list"><section class="air3-card-section" data-ev-opening_uid="2090000000000000104"><h3 class="job-tile-title"><a href="/jobs/AI-Agent-Developer_~022090000000000000104/">AI Agent Developer</a></h3><small data-test="client-country">Canada</small></section></div>`;
    expect(cardRows(readPage(upwork, pageFromHtml(feed, 'https://www.upwork.com/nx/find-work/best-matches')).cards)).toEqual([['2090000000000000104', 'AI Agent Developer', undefined, 'Canada']]);
  });
});

describe('Civil Service Jobs', () => {
  const search = 'https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=Y29udGV4dGlkPTUxMDAwMDAxJnBhZ2U9MSZzb3J0PWNsb3NpbmcmcGFnZWFjdGlvbj1zZWFyY2hjb250ZXh0JnBhZ2VjbGFzcz1TZWFyY2gmcmVxc2lnPTE3OTYwMDAwMDAtYWE=';
  const view = 'https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=dXNlcnNlYXJjaGNvbnRleHQ9NTEwMDAwMDEmcGFnZWNsYXNzPUpvYnMmam9ibGlzdF92aWV3X3ZhYz0xOTkwMTAxJnBhZ2VhY3Rpb249dmlld3ZhY2J5am9ibGlzdCZzZWFyY2hwYWdlPTEmcmVxc2lnPTE3OTYwMDAwMDAtYWE=';

  it("reads each result: the job its link's session address packs, the title (markup kept as text), department and place without their labels, and the job's lasting address", () => {
    const { cards } = readPage(civilservicejobs, loadFixture('civilservicejobs', 'search.html', search));
    expect(cardRows(cards)).toEqual([
      ['1990101', 'Forward Deployed AI Engineer', 'Incubator for Artificial Intelligence', 'London, Manchester'],
      ['1990102', 'ML Platform Engineer', 'Department for Science, Innovation and Technology', 'Bristol'],
      ['1990103', 'Executive Officer <img src=x onerror=alert(1)>', 'HM Revenue and Customs', 'Cardiff'],
    ]);
    expect(cards[0].job.url).toBe('https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=1990101');
  });

  it("reads a job, viewed from a search or at its lasting address: heading, department, place, the posting's fields about the job (not the benefits)", () => {
    const url = 'https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=1990101';
    for (const address of [view, url]) {
      const { detail } = readPage(civilservicejobs, loadFixture('civilservicejobs', 'job.html', address));
      expect(detail).toMatchObject({ id: '1990101', title: 'Forward Deployed AI Engineer', company: 'Incubator for Artificial Intelligence', location: 'London, Manchester', url });
      expect(detail!.description).toContain('deploy AI tools built on large language models');
      expect(detail!.description).not.toContain('pension');
    }
    expect(readPage(civilservicejobs, loadFixture('civilservicejobs', 'job.html', 'https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=1990109')).detail).toBeNull();
  });

  it('tells searches and job views from its other pages by the session address, and never fails on one that is not base64', () => {
    const page = (sid: string) => new URL(`https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=${sid}`);
    expect([search, view].map((u) => civilservicejobs.isJobPage(new URL(u)))).toEqual([true, true]);
    expect(civilservicejobs.isJobPage(page('cGFnZWNsYXNzPUxvZ2lu'))).toBe(false); // pageclass=Login
    expect(civilservicejobs.isJobPage(page('%%%not-base64'))).toBe(false);
  });
});

describe('eJobs.ro', () => {
  it("reads each card: the id its title link names, the title (markup kept as text), company, and every city where it names only some", () => {
    const { cards } = readPage(ejobs, loadFixture('ejobs', 'list.html', 'https://www.ejobs.ro/locuri-de-munca/ai'));
    expect(cardRows(cards)).toEqual([
      ['2100101', 'Forward Deployed AI Engineer', 'Carpați AI SRL', 'Cluj-Napoca, Iași, București, Timișoara'],
      ['2100102', 'ML Platform Engineer', 'Dunărea Compute', 'București'],
      ['2100103', 'Agent vânzări <img src=x onerror=alert(1)>', 'Magazin SA', 'Constanța'],
    ]);
  });

  it("reads a card of the design before 2025's", () => {
    const html = `<ul class="JobList__List"><li class="JobCardWrapper"><div class="JobCard"><h2 class="JCContentMiddle__Title"><a href="/user/locuri-de-munca/dev-ops/2100104"><span>DevOps</span></a></h2><h3 class="JCContentMiddle__Info JCContentMiddle__Info--Darker"><a href="/company/acme/1">Acme</a></h3><div class="JCContentMiddle__Info">Sibiu</div></div></li></ul>`;
    expect(cardRows(readPage(ejobs, pageFromHtml(html, 'https://www.ejobs.ro/locuri-de-munca/devops')).cards)).toEqual([['2100104', 'DevOps', 'Acme', 'Sibiu']]);
  });

  it("reads a job page from its JobPosting and every section of the posting (the JSON-LD holds only the first)", () => {
    const url = 'https://www.ejobs.ro/user/locuri-de-munca/forward-deployed-ai-engineer/2100101';
    const { detail } = readPage(ejobs, loadFixture('ejobs', 'job.html', url));
    expect(detail).toMatchObject({ id: '2100101', title: 'Forward Deployed AI Engineer', company: 'Carpați AI SRL', location: 'Cluj-Napoca', url });
    expect(detail!.description).toContain('Candidatul ideal');
    expect(detail!.badgeAnchor?.tagName).toBe('H1');
  });
});

describe('freelancermap', () => {
  it("reads each project card by the slug its title link names: the title (markup kept as text), the company's line where there is one, the place", () => {
    const { cards } = readPage(freelancermap, loadFixture('freelancermap', 'list.html', 'https://www.freelancermap.de/projekte?query=ki'));
    expect(cardRows(cards)).toEqual([
      ['forward-deployed-ai-engineer-m-w-d', 'Forward Deployed AI Engineer (m/w/d)', 'Isar KI GmbH', 'München, Deutschland'],
      ['ml-platform-engineer-mlops-3100102', 'ML Platform Engineer (MLOps)', undefined, 'Berlin, Deutschland'],
      ['buchhalter-in-teilzeit', 'Buchhalter/in <img src=x onerror=alert(1)>', 'Elbe Finanz AG', 'Hamburg, Deutschland'],
    ]);
  });

  it('reads the project open in the modal over the list by the address of its own page', () => {
    const { cards, detail } = readPage(freelancermap, loadFixture('freelancermap', 'search.html', 'https://www.freelancermap.com/projects?query=ai&id=3100101'));
    expect(cards).toHaveLength(2);
    expect(detail).toMatchObject({ id: 'forward-deployed-ai-engineer', title: 'Forward Deployed AI Engineer', company: 'Isar AI GmbH', location: 'Munich, Germany', url: 'https://www.freelancermap.com/project/forward-deployed-ai-engineer' });
    expect(detail!.element.matches('.search-result-modal')).toBe(true);
  });

  it("reads a project page, its similar projects as cards", () => {
    const url = 'https://www.freelancermap.de/projekt/ml-platform-engineer-mlops-3100102';
    const { cards, detail } = readPage(freelancermap, loadFixture('freelancermap', 'job.html', url));
    expect(detail).toMatchObject({ id: 'ml-platform-engineer-mlops-3100102', title: 'ML Platform Engineer (MLOps)', company: 'Spree Compute', location: 'Berlin, Deutschland', url });
    expect(detail!.description).toContain('trains and serves our machine learning models');
    expect(cards.map(({ job }) => job.id)).toEqual(['forward-deployed-ai-engineer-m-w-d']);
  });
});

describe('FindAPhD', () => {
  it("reads each result: the project its link's query names, the title (markup kept as text), the institution's whole name, the country", () => {
    const { cards } = readPage(findaphd, loadFixture('findaphd', 'search.html', 'https://www.findaphd.com/phds/?Keywords=machine+learning'));
    expect(cardRows(cards)).toEqual([
      ['201001', 'Efficient training of large language models', 'Trent University of Technology', 'United Kingdom'],
      ['201002', 'AI for clinical decision support, with NHS partners', 'Severn University', 'United Kingdom'],
      ['201003', 'Medieval trade routes <img src=x onerror=alert(1)>', 'Liffey College', 'Ireland'],
    ]);
    expect(cards[0].job.url).toBe('https://www.findaphd.com/phds/project/efficient-training-of-large-language-models/?p201001');
  });

  it("reads a project page's heading, institution and description (not its funding notes)", () => {
    const url = 'https://www.findaphd.com/phds/project/efficient-training-of-large-language-models/?p201001';
    const { detail } = readPage(findaphd, loadFixture('findaphd', 'project.html', url));
    expect(detail).toMatchObject({ id: '201001', title: 'Efficient training of large language models', company: 'Trent University of Technology', url });
    expect(detail!.description).toContain('run model training experiments');
    expect(detail!.description).not.toContain('funded');
  });

  it('names a project by its query key, however it is written, and no project page without one', () => {
    const ids = ['/phds/project/x/?p196321=', '/phds/project/x?p196321', '/phds/project/x/?utm_source=y&p196321', '/phds/project/x/'].map((path) => findaphd.isJobPage(new URL(`https://www.findaphd.com${path}`)) && readPage(findaphd, pageFromHtml('<h1>A project</h1>', `https://www.findaphd.com${path}`)).detail?.id);
    expect(ids).toEqual(['196321', '196321', '196321', false]);
  });
});
