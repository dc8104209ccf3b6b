import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hackernews } from '../../lib/sites/hackernews';
import { companyInText, hostOpening, nameTheAddressSpells, parseHiringLine, parseJobAdTitle } from '../../lib/sites/hiring-line';
import { adapterForPage } from '../../lib/sites';
import { readPage } from '../../lib/sites/read-page';
import type { PageContext } from '../../lib/sites/types';

function fixture(name: string): string {
  return readFileSync(resolve(__dirname, '../fixtures/hackernews', name), 'utf8');
}

function pageOf(html: string, id = '47000000'): PageContext {
  const url = new URL(`https://news.ycombinator.com/item?id=${id}`);
  return { url, document: new DOMParser().parseFromString(html, 'text/html') };
}

const listings = (page: PageContext) => readPage(hackernews, page).cards;

describe('Who is hiring thread, today\'s markup', () => {
  it('lists each top-level ad, not replies, flagged comments or a reader\'s remark', () => {
    const cards = listings(pageOf(fixture('thread-today.html')));
    expect(cards.map(({ job }) => job.id)).toEqual(['47000101', '47000103']);
  });

  it('reads title, company and location from the header line', () => {
    const [first] = listings(pageOf(fixture('thread-today.html')));
    expect(first.job).toMatchObject({
      title: 'Senior ML Platform Engineer',
      company: 'Kestrel AI',
      location: 'Berlin or REMOTE (EU)',
      url: 'https://news.ycombinator.com/item?id=47000101',
    });
  });

  it('marks the comment row and badges its head', () => {
    const [first] = listings(pageOf(fixture('thread-today.html')));
    expect(first.element.matches('tr.athing.comtr')).toBe(true);
    expect(first.job.badgeAnchor?.matches('.comhead')).toBe(true);
    expect(first.element.contains(first.job.badgeAnchor!)).toBe(true);
  });

  it('keeps hostile text as text', () => {
    const page = pageOf(fixture('thread-today.html'));
    const evil = listings(page).find(({ job }) => job.id === '47000103')!;
    expect(evil.job.company).toBe('Evil <img src=x onerror=alert(1)> Inc');
    expect(evil.job.title).toBe('Solutions Engineer');
    expect(page.document.querySelector('img[onerror]')).toBeNull();
  });

  it('lists nothing on a thread that is not "Who is hiring?"', () => {
    const html = fixture('thread-today.html').replaceAll('Ask HN: Who is hiring? (March 2026)', 'Ask HN: Who wants to be hired? (March 2026)');
    expect(listings(pageOf(html))).toEqual([]);
  });

  it('finds the thread by its story title when the document title is missing', () => {
    const html = fixture('thread-today.html').replace(/<title>.*<\/title>/, '');
    expect(listings(pageOf(html)).map(({ job }) => job.id)).toEqual(['47000101', '47000103']);
  });

  describe('a thread saved without its title and story row', () => {
    const comment = (id: number, indent: number, text: string) =>
      `<tr class="athing comtr" id="${id}"><td><table><tr><td class="ind" indent="${indent}"></td><td class="default"><span class="comhead"><a href="item?id=${id}">1 hour ago</a></span><div class="comment"><div class="commtext c00">${text}</div></div></td></tr></table></td></tr>`;
    const thread = (...rows: string[]) => `<html><body><center><table id="hnmain"><tr><td><table class="comment-tree">${rows.join('')}</table></td></tr></table></center></body></html>`;
    const ads = [
      comment(48000001, 0, 'Kestrel AI | ML Engineer | Berlin | Full-time<p>We train models.</p>'),
      comment(48000002, 1, 'Is this role open to juniors? | asking for a friend | thanks'),
      comment(48000003, 0, 'Otterly | Data Engineer | REMOTE (EU)<p>Pipelines.</p>'),
      comment(48000004, 0, 'Halden | Backend Engineer | NYC | Onsite<p>APIs.</p>'),
    ];

    it('reads it as "Who is hiring?" when most top-level comments open with an ad\'s header', () => {
      const page = pageOf(thread(...ads, comment(48000005, 0, 'Thanks, this thread is great.')));
      expect(listings(page).map(({ job }) => job.id)).toEqual(['48000001', '48000003', '48000004']);
    });

    it('lists no remark about the thread that names no company, place or job and says no "we"', () => {
      const remark = comment(48000007, 0, "For what it's worth, H1B visas are now capped for the year, so listing the keyword makes little sense.");
      const ad = comment(48000008, 0, 'Gaming League (Founder Fellows Fall 2012)<p>Searching for a web designer and a PHP developer. Contact: info@league.example</p>');
      const ids = listings(pageOf(thread(...ads, remark, ad))).map(({ job }) => job.id);
      expect(ids).not.toContain('48000007');
      expect(ids).toContain('48000008');
    });

    it('reads the place that opens the line under a header that names none', () => {
      const ad = comment(48000054, 0, 'Lumenforge (http://lumenforge.example)<p>Seattle, WA (onsite) / Full-time / hiring full-stack web engineers and embedded engineers<p>We make laser cutters.');
      const read = listings(pageOf(thread(...ads, ad))).find(({ job }) => job.id === '48000054')!.job;
      expect(read).toMatchObject({ company: 'Lumenforge', location: 'Seattle, WA (onsite)' });
    });

    it('reads the place the ad\'s first lines of prose name when its header names none ("a Boston-based startup", "offices in NYC")', () => {
      const based = comment(48000055, 0, 'Riverbank Data<p>Riverbank Data is a Boston-based startup that makes enterprise software smarter.<p>Job details: http://riverbank.example/jobs');
      const offices = comment(48000056, 0, 'Principal Engineer, Computer Vision; Principal Engineer, Core Services<p>We have offices in NYC and a lot of GPUs.');
      const none = comment(48000057, 0, 'Quillon Labs<p>We build maps for hikers, and we love Rust.<p>Email jobs@quillon.example');
      const read = Object.fromEntries(listings(pageOf(thread(...ads, based, offices, none))).map(({ job }) => [job.id, job]));
      expect(read['48000055'].location).toBe('Boston');
      expect(read['48000056'].location).toBe('NYC');
      expect(read['48000057'].location).toBeUndefined();
    });

    it('lists no note addressed to the readers ("All: …") nor a reader asking the posters for something', () => {
      const note = comment(48000051, 0, 'All: don\'t miss that there are multiple pages of comments in this thread. That\'s what the "More" link at the bottom of the page points to.');
      const ask = comment(48000052, 0, 'Request for information: in this era where "senior back-end engineer" could be paid anything, please give some total comp guidance with each role. Thanks!');
      const ids = listings(pageOf(thread(...ads, note, ask))).map(({ job }) => job.id);
      expect(ids).toEqual(['48000001', '48000003', '48000004']);
    });

    it('lists no reader asking the thread for something ("Can we start mandating…")', () => {
      const ask = comment(48000061, 0, 'Can we start mandating that posters include approximate salary ranges. Knowing in advance would save everyone time.');
      // An ad that opens with a question still names its company or place.
      const ad = comment(48000062, 0, 'Could you be our next backend engineer? Pinecrest | Denver | Onsite<p>We build ledgers.');
      const ids = listings(pageOf(thread(...ads, ask, ad))).map(({ job }) => job.id);
      expect(ids).not.toContain('48000061');
      expect(ids).toContain('48000062');
    });

    it('lists no remark that opens by addressing the readers and says no "we" ("Hey, a friendly reminder…")', () => {
      const remark = comment(48000058, 0, 'Hey, a friendly reminder. All positions pasted here are on a map too.<p>https://jobmap.example/search');
      const ad = comment(48000059, 0, 'Hey HN! Pinecrest | Backend Engineer | Denver<p>We build ledgers.');
      const ids = listings(pageOf(thread(...ads, remark, ad))).map(({ job }) => job.id);
      expect(ids).not.toContain('48000058');
      expect(ids).toContain('48000059');
    });

    it('reads the roles a text lists, without the praise before "engineers"', () => {
      const ad = comment(
        48000060,
        0,
        'Lumen Library | San Francisco | Onsite or Remote | Full-time<p>We are looking for smart, collaborative and resourceful engineers to build our tools.<p>Current openings include:<p>* Senior Application Developer: the catalog (on-site, SF)<p>* Archive Software Engineer (on-site SF or remote)',
      );
      const read = listings(pageOf(thread(...ads, ad))).find(({ job }) => job.id === '48000060')!.job;
      expect(read.title).toBe('Senior Application Developer; Archive Software Engineer (on-site SF or remote)');
    });

    it('reads an ad whose prose header only mentions "who is hiring" from its labelled lines ("Who we are:", "Location:")', () => {
      const ad = comment(
        48000053,
        0,
        'Finally we are big enough to write one of these who is hiring ads. Yes, we\'re hiring!<p>Who we are: Tessel Diligence, tech due diligence for investors.<p>We are looking for an all-round tech person.<p>Location: Near Utrecht, Netherlands (Hilversum)',
      );
      const read = listings(pageOf(thread(...ads, ad))).find(({ job }) => job.id === '48000053')!.job;
      expect(read.title).not.toBe('ads');
      expect(read).toMatchObject({ company: 'Tessel Diligence', location: 'Near Utrecht, Netherlands (Hilversum)' });
    });

    it('reads a header written on two lines: a name or role over a line of parts', () => {
      const role = comment(48000041, 0, 'Lead Full-Stack Engineer\nQuillon Learning | Remote (U.S. only) | Full-time | Engineering | 185-250k<p>We build reading tests.</p>');
      const name = comment(48000042, 0, 'Tessel Protocol\nRemote | Full time | https://tessel.example/<p>We are hiring for:</p><p>- Senior ML Engineer</p>');
      const read = Object.fromEntries(listings(pageOf(thread(...ads, role, name))).map(({ job }) => [job.id, job]));
      expect(read['48000041']).toMatchObject({ title: 'Lead Full-Stack Engineer', company: 'Quillon Learning', location: 'Remote (U.S. only)' });
      expect(read['48000042']).toMatchObject({ title: 'Senior ML Engineer', company: 'Tessel Protocol', location: 'Remote' });
    });

    it('lists the roles a sentence of the ad joins with "and a" apart', () => {
      const ad = comment(48000049, 0, "Quillon | Remote (US)<p>We're hiring a Senior Software Engineer, Learning Platform and a Staff Data Scientist.</p>");
      const read = Object.fromEntries(listings(pageOf(thread(...ads, ad))).map(({ job }) => [job.id, job]));
      expect(read['48000049'].title).toBe('Senior Software Engineer, Learning Platform; Staff Data Scientist');
    });

    it('reads a header written as labelled fields, one per line ("Company: …", "Position: …", "Location: …")', () => {
      const fields = comment(48000047, 0, 'Company: Northwind Robotics<p>Position: Embedded Firmware Engineer<p>Location: Boston, MA (onsite)<p>We build warehouse robots.</p>');
      const role = comment(48000048, 0, 'Northwind Robotics<p>Role: Embedded Firmware Engineer<p>Location: Boston, MA<p>We build warehouse robots.</p>');
      const read = Object.fromEntries(listings(pageOf(thread(...ads, fields, role))).map(({ job }) => [job.id, job]));
      expect(read['48000047']).toMatchObject({ title: 'Embedded Firmware Engineer', company: 'Northwind Robotics', location: 'Boston, MA (onsite)' });
      expect(read['48000048']).toMatchObject({ title: 'Embedded Firmware Engineer', company: 'Northwind Robotics', location: 'Boston, MA' });
    });

    it('reads a header under a line that names only the place', () => {
      const ad = comment(48000045, 0, 'Denver, CO or Austin, TX<p>Quillon Payments - FULL TIME Backend Developers, Security Engineers and SREs</p><p>Quillon moves money.</p>');
      const sentence = comment(48000046, 0, 'Denver, CO<p>Tessel (https://tessel.example) - we build puzzles for hackers of every kind.</p><p>We are hiring a Rails developer.</p>');
      const read = Object.fromEntries(listings(pageOf(thread(...ads, ad, sentence))).map(({ job }) => [job.id, job]));
      expect(read['48000045']).toMatchObject({ title: 'Backend Developers, Security Engineers and SREs', company: 'Quillon Payments', location: 'Denver, CO or Austin, TX' });
      expect(read['48000046']).toMatchObject({ title: 'Rails developer', location: 'Denver, CO' });
      // A remark in brackets beside the place; a line below that names a role and no company is no header.
      const remark = comment(48000047, 0, 'Denver, CO (H1B transfer welcome)<p>Quillon - Software Engineer</p><p>Quillon builds charts.</p>');
      const roleLine = comment(48000048, 0, 'Providence, Rhode Island (full-time)<p>Web Developer - Ruby on Rails</p><p>Tessel Interactive / Tessel Co</p><p>Tessel Interactive would like to add a developer.</p>');
      const more = Object.fromEntries(listings(pageOf(thread(...ads, remark, roleLine))).map(({ job }) => [job.id, job]));
      expect(more['48000047']).toMatchObject({ title: 'Software Engineer', company: 'Quillon', location: 'Denver, CO' });
      expect(more['48000048']).toMatchObject({ title: 'Web Developer - Ruby on Rails', company: 'Tessel Interactive', location: 'Providence, Rhode Island' });
    });

    it('reads the header under a line announcing the jobs ("Acme is hiring for several roles. See below:")', () => {
      const announced = comment(
        48000043,
        0,
        'Quillon is hiring for business and engineering roles. See below for current openings:<p>*****</p><p>Quillon | Full Stack Engineer | Remote (US) | Contract</p><p>Quillon builds phone agents.</p>',
      );
      const unrelated = comment(48000044, 0, 'Tessel is hiring for several roles.<p>Acme | Data Engineer | Berlin | Full time</p>');
      const read = Object.fromEntries(listings(pageOf(thread(...ads, announced, unrelated))).map(({ job }) => [job.id, job]));
      expect(read['48000043']).toMatchObject({ title: 'Full Stack Engineer', company: 'Quillon', location: 'Remote (US)' });
      // A header below that names another company is no header of this ad.
      expect(read['48000044']).toMatchObject({ company: 'Tessel' });
    });

    it('leaves out a reader\'s list of other sites, with no "we" and no verb of hiring', () => {
      const boards = ['Quokka Jobs', 'Startly', 'Otter Board', 'Tessel Work', 'Halden Hires'].map((name, i) => `${name} http://board${i}.example/jobs/`).join('<p>');
      const list = comment(48000051, 0, `Summary of startup job boards around the world, mostly recruiter free:<p>US:<p>${boards}`);
      const ad = comment(48000052, 0, `Quokka | Data Engineer | Remote<p>We list on ${boards}`);
      const ids = listings(pageOf(thread(...ads, list, ad))).map(({ job }) => job.id);
      expect(ids).not.toContain('48000051');
      expect(ids).toContain('48000052');
    });

    it('leaves out the moderator\'s note on the thread\'s pages', () => {
      const note = comment(48000045, 0, "Threads are paginated for performance reasons (yes we're working on it), so to see the rest of the comments you need to click More.<p>https://news.ycombinator.com/item?id=48000000&amp;p=2</p>");
      expect(listings(pageOf(thread(note, ...ads))).map(({ job }) => job.id)).toEqual(['48000001', '48000003', '48000004']);
    });

    it('leaves out a reader\'s own "SEEKING WORK" post and a remark whose only "us" is in a link, and keeps an ad seeking a freelancer', () => {
      const seeking = comment(48000046, 0, 'SEEKING WORK | USA | Remote | Mobile App Development Quillon, we are a mobile app studio');
      const remark = comment(48000047, 0, '<a href="https://apps.example/us/app/id12">https://apps.example/us/app/id12</a> check my build, let me know what you think.');
      const freelance = comment(48000048, 0, '## SEEKING FREELANCER ##<p>Looking for a talented ActionScript developer for our apps.</p>');
      expect(listings(pageOf(thread(...ads, seeking, remark, freelance))).map(({ job }) => job.id)).toEqual(['48000001', '48000003', '48000004', '48000048']);
    });

    it('reads a header broken after a separator as one', () => {
      const broken = comment(48000049, 0, 'Senior Embedded Systems Engineer | Quillon Biosciences -\nMenlo Park, CA - In Office<p>We build lab robots.</p>');
      const read = listings(pageOf(thread(...ads, broken))).find(({ job }) => job.id === '48000049')!.job;
      expect(read).toMatchObject({ title: 'Senior Embedded Systems Engineer', company: 'Quillon Biosciences', location: 'Menlo Park, CA (In Office)' });
    });

    it('keeps an ad written in the first person', () => {
      const cto = comment(48000006, 0, "I'm the CTO at Quobit, a small robotics startup in Munich.<p>Looking for a senior embedded Rust engineer, email me at cto@quobit.example</p>");
      expect(listings(pageOf(thread(...ads, cto))).map(({ job }) => job.id)).toContain('48000006');
    });

    it('lists nothing when few comments are ads, or they are candidates\' own posts', () => {
      const freelancers = [1, 2, 3, 4].map((n) => comment(48000030 + n, 0, 'SEEKING WORK | Berlin or Remote | Python, Go'));
      expect(listings(pageOf(thread(...freelancers)))).toEqual([]);
      expect(listings(pageOf(thread(...ads.slice(0, 3))))).toEqual([]);
      const candidates = [1, 2, 3].map((n) => comment(48000010 + n, 0, `Location: Berlin | Remote: yes | Willing to relocate: no | Technologies: Go`));
      expect(listings(pageOf(thread(...candidates)))).toEqual([]);
      const chat = [1, 2, 3, 4, 5, 6, 7].map((n) => comment(48000020 + n, 0, `A comment that is not an ad, number ${n}.`));
      expect(listings(pageOf(thread(...ads, ...chat)))).toEqual([]);
    });
  });

  it('lists nothing on an empty thread', () => {
    const html = fixture('thread-today.html').replace(/<table class="comment-tree">[\s\S]*<\/table>\s*<\/td>/, '</td>');
    expect(listings(pageOf(html))).toEqual([]);
  });
});

describe('Who is hiring thread, 2012–2013 markup', () => {
  it('lists top-level ads, not the reply or a reader\'s question', () => {
    const cards = listings(pageOf(fixture('thread-2013.html'), '1000'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['1001', 'Data Engineer', 'Quokka Analytics', 'Boston, MA'],
      ['1004', 'Forward Deployed Engineer', 'Brightline Labs', 'Remote (US)'],
    ]);
  });

  it('marks the comment cell and badges its head', () => {
    const [first] = listings(pageOf(fixture('thread-2013.html'), '1000'));
    expect(first.element.matches('td.default')).toBe(true);
    expect(first.job.badgeAnchor?.matches('span.comhead')).toBe(true);
  });
});

describe('a later page of a 2012–2013 thread ("more comments", /x?fnid=...)', () => {
  const url = new URL('https://news.ycombinator.com/x?fnid=Qm7aB2cD9e');
  const cell = (id: number, width: number, text: string) =>
    `<tr><td><table border=0><tr><td><img src="s.gif" height=1 width=${width}></td><td class="default"><div><span class="comhead"><a href="user?id=u${id}">u${id}</a> 1 day ago  | <a href="item?id=${id}">link</a></span></div><br><span class="comment"><font color=#000000>${text}</font></span></td></tr></table></td></tr>`;
  // The link to the next page sits at the foot in a td.title, where a thread's page has its story.
  const more = '<tr><td class="title"><a href="/x?fnid=Zx8cD1eF2g" rel="nofollow">More</a></td></tr>';
  const morePage = (...rows: string[]) => ({ url, document: new DOMParser().parseFromString(`<html><head><title>more comments | Hacker News</title></head><body><table>${rows.join('')}${more}</table></body></html>`, 'text/html') });

  it('is a job page of the site, and its ads are listed when most top-level comments read as ads', () => {
    expect(adapterForPage(url)).toBe(hackernews);
    const page = morePage(
      cell(2001, 0, 'Austin, TX<p>Quokka Analytics is hiring a data engineer. Email jobs@quokka.example</p>'),
      cell(2002, 40, 'Do you sponsor visas?'),
      cell(2003, 0, 'Budapest, Hungary: Tessel is looking for smart people in several positions.'),
      cell(2004, 0, 'Toronto, ON - Otterly.example<p>We are looking for Rails developers, full-time.</p>'),
      cell(2005, 0, 'Thanks for posting these, very helpful.'),
    );
    expect(listings(page).map(({ job }) => [job.id, job.company, job.location])).toEqual([
      ['2001', 'Quokka Analytics', 'Austin, TX'],
      ['2003', 'Tessel', 'Budapest, Hungary'],
      ['2004', 'Otterly.example', 'Toronto, ON'],
    ]);
  });

  it('lists nothing on such a page of another thread', () => {
    const page = morePage(
      cell(3001, 0, 'I think the real problem is the build system, not the language.'),
      cell(3002, 0, 'We tried this at work in Berlin and it was fine.'),
      cell(3003, 0, 'Has anyone benchmarked it against the old version?'),
    );
    expect(listings(page)).toEqual([]);
  });
});

describe('a single ad on its own page', () => {
  it('is the open job, with the whole comment as its description', () => {
    const { cards, detail } = readPage(hackernews, pageOf(fixture('ad-page-today.html'), '47000101'));
    expect(detail).toMatchObject({ id: '47000101', title: 'Senior ML Platform Engineer', company: 'Kestrel AI' });
    expect(detail!.description).toBe(
      'Kestrel AI | Senior ML Platform Engineer | Berlin or REMOTE (EU) | Full-time\n' +
        'We run the training and serving platform for our models.\nYou will own GPU scheduling.',
    );
    expect(detail!.element.id).toBe('47000101');
    expect(cards).toEqual([]); // its replies are not ads
  });

  it('lists no replies as ads, even when the comment (the page title) says "who is hiring"', () => {
    const html = fixture('ad-page-today.html').replace(/<title>.*<\/title>/, '<title>Who is hiring? We are! Kestrel AI | Hacker News</title>');
    expect(readPage(hackernews, pageOf(html, '47000101')).cards).toEqual([]);
  });

  it('is nothing for a reply (its parent is another comment)', () => {
    const html = fixture('ad-page-today.html').replace('<a href="item?id=47000000">parent</a>', '<a href="item?id=46999999">parent</a>');
    expect(readPage(hackernews, pageOf(html, '47000101')).detail).toBeNull();
  });

  it('is nothing for a comment on another story', () => {
    const html = fixture('ad-page-today.html').replaceAll('Ask HN: Who is hiring? (March 2026)', 'Show HN: A lantern');
    expect(readPage(hackernews, pageOf(html, '47000101')).detail).toBeNull();
  });

  it('is nothing on the thread page itself', () => {
    expect(readPage(hackernews, pageOf(fixture('thread-today.html'))).detail).toBeNull();
  });
});

describe('hiring header line', () => {
  it('takes the role parts as the title and the first name-like part as the company', () => {
    expect(parseHiringLine('San Francisco, CA - Wombat Health (YC W21) - Backend Engineer; iOS Engineer')).toEqual({
      title: 'Backend Engineer; iOS Engineer',
      company: 'Wombat Health',
      location: 'San Francisco, CA',
    });
  });

  it('reads a company whose address is in square brackets, or after a dash, without the brackets or the dash (2012 ads)', () => {
    expect(parseHiringLine('Wombat Health [http://wombat.example] - San Carlos, CA')).toMatchObject({ company: 'Wombat Health', location: 'San Carlos, CA' });
    expect(parseHiringLine('Wombat Health [wombat.example] | Berlin | Backend Engineer')).toEqual({ title: 'Backend Engineer', company: 'Wombat Health', location: 'Berlin' });
    expect(companyInText(['Otterly Mobile [http://otterly.example] is looking for iOS and Android developers to join our team.'])).toBe('Otterly Mobile');
    expect(companyInText(['Otterly - http://otterly.example/careers.html is looking to grow our SF team! We build networks.'])).toBe('Otterly');
  });

  it('reads a list of places that ends in "or ..." whole, its first city no company ("Indianapolis, Vancouver, or REMOTE")', () => {
    expect(parseHiringLine('PolicyStat | Indianapolis, Vancouver, or REMOTE | Full-time | Senior Software Engineer')).toEqual({
      title: 'Senior Software Engineer',
      company: 'PolicyStat',
      location: 'Indianapolis, Vancouver, or REMOTE',
    });
  });

  it('reads a list of city codes whole past the first part; a country alone, or after a city in capitals, is a place', () => {
    expect(parseHiringLine('Kestrel | Full Stack Developer | PHX, MSP, DC, NYC, SF | Full-time')).toEqual({ title: 'Full Stack Developer', company: 'Kestrel', location: 'PHX, MSP, DC, NYC, SF' });
    expect(parseHiringLine('Halden | Belgium | Research / Compiler Engineer | Full-time | Onsite').location).toBe('Belgium (Onsite)');
    expect(parseHiringLine('Otterly | Guadalajara, MEXICO | ONSITE | Senior Engineer').location).toBe('Guadalajara, MEXICO (ONSITE)');
    expect(parseHiringLine('Otterly | Hong Kong | Backend Engineer').location).toBe('Hong Kong');
  });

  it('reads roles listed before their links without the link\'s start or a pointer to it', () => {
    const lever = ['* Head of Data Science https://jobs.lever.example/brighthire/c3ad3bfc-e3b4-...', '* Senior Machine Learning Engineer https://jobs.lever.example/brighthire/5ef5...'];
    expect(parseHiringLine('BrightHire | Fully Remote | Full-time', lever).title).toBe('Head of Data Science; Senior Machine Learning Engineer');
    const pointers = ['Positions', 'Front-end Senior Engineer, see more details and apply: https://jobs.example/1', 'Back-end Senior Engineer, see more details and apply: https://jobs.example/2'];
    expect(parseHiringLine('Wepow | Guadalajara, MEXICO | ONSITE | Full-time', pointers).title).toBe('Front-end Senior Engineer; Back-end Senior Engineer');
  });

  it('reads bulleted roles followed by a sentence ("-DevOps engineer (AWS). 3+ years of experience.", "-Our first Product Manager."), a role after "WANTED:", no count before a role, no years of experience in brackets after it', () => {
    const bullets = [
      'Open roles:',
      '-Our first Product Manager. 5+ years of experience building consumer products.',
      '-Senior Full-stack engineer (React/node.js). 5+ years of experience. http://short.example/a',
      '-Sr. DevOps engineer (AWS/Docker). 3+ years of experience.',
    ];
    expect(parseHiringLine('Aula | Remote (GMT+/- 6h) | Full-time, permanent', bullets).title).toBe('Product Manager; Senior Full-stack engineer (React/node.js); Sr. DevOps engineer (AWS/Docker)');
    expect(parseHiringLine('Close | REMOTE', ['WANTED: DevOps Engineering Team Lead', 'For someone special who wants to lead a small team.']).title).toBe('DevOps Engineering Team Lead');
    expect(parseHiringLine('Reforge | Remote US', ['Reforge is hiring many Senior Software Engineers to build our platform.']).title).toBe('Senior Software Engineers');
    const years = ['We are hiring:', '- Senior Product Designer: you will lead design.', '- Senior Developer (5+ years): you will lead projects.'];
    expect(parseHiringLine('Carbon | San Francisco | Onsite', years).title).toBe('Senior Product Designer; Senior Developer');
  });

  it('writes a place with its way of working after it, as elsewhere ("ONSITE in New York" -> "New York (ONSITE)")', () => {
    expect(parseHiringLine('Caper | Full Stack Engineer | Fulltime | ONSITE in New York').location).toBe('New York (ONSITE)');
    expect(parseHiringLine('Polly | Data Engineer | Onsite: Seattle, WA').location).toBe('Seattle, WA (Onsite)');
    expect(parseHiringLine('Tapad | Data Scientist | Full-Time, Onsite: NYC or Oslo | $100K').location).toBe('NYC or Oslo (Onsite)');
    expect(parseHiringLine('Passenger | Developers | Toronto ONSITE').location).toBe('Toronto (ONSITE)');
    // Remote in a place is another thing than the place: kept as written.
    expect(parseHiringLine('Brex | Engineers | Remote in USA, Canada, or Brazil').location).toBe('Remote in USA, Canada, or Brazil');
  });

  it('takes an organization named after its country for no place, and "Various" for no company', () => {
    expect(parseHiringLine('US Environmental Protection Agency | Supervisory IT Project Manager | Various (see below) | Full Time')).toEqual({ title: 'Supervisory IT Project Manager' });
  });

  it('reads a place without the terms, pay, address or restriction beside it', () => {
    expect(parseHiringLine('Trouserly | Senior Software Engineers | Full-time + Onsite in NYC').location).toBe('NYC (Onsite)');
    expect(parseHiringLine('V9 | Deep Learning Engineer | London, UK, Full-Time').location).toBe('London, UK');
    expect(parseHiringLine('Ticketly | Junior backend developer | Amsterdam, The Netherlands | ONSITE €30k-39k p.a.').location).toBe('Amsterdam, The Netherlands (ONSITE)');
    expect(parseHiringLine('Livekite | Remote | Livekite.io | VoiceAI | Senior Engineer').location).toBe('Remote');
    expect(parseHiringLine('Atfinder | Software Engineer (Graduate) | Zurich, Switzerland | only Swiss and EU').location).toBe('Zurich, Switzerland');
  });

  it('takes no field label or pay figure for the company or a city ("LOCATION: REMOTE", "125k - 170k")', () => {
    expect(parseHiringLine('Full-time | Senior Engineers (iOS / Backend) | New York, NY | 125k - 170k | ONSITE').company).toBeUndefined();
    expect(parseHiringLine('LOCATION: REMOTE (North America)')).toMatchObject({ company: undefined, location: 'REMOTE (North America)' });
  });

  it('takes the name a prose header opens with for the company ("Dave.com is revolutionizing finance, ..."), not a clause of it', () => {
    const read = parseHiringLine('Payrolly.com is reinventing payroll, starting with killing late fees. We are backed by Capital One, JP Morgan and more. We are hiring engineers.');
    expect(read.company).toBe('Payrolly.com');
    expect(read.location).toBeUndefined();
  });

  it('takes a first part beside its Y Combinator batch for the company, a job word in its name or not ("Rainforest QA (YC S12)")', () => {
    expect(parseHiringLine('Rainshine QA (YC S12) | SF, Singapore, Remote | Data Scientist').company).toBe('Rainshine QA');
  });

  it('reads no label ("Title:") as part of a role, and no bullet that is only an address as a role', () => {
    expect(parseHiringLine('I have two openings right now!', ['Title: Workday Application Engineer', 'Location: Detroit, MI']).title).toBe('Workday Application Engineer');
    const lines = ['We are hiring multiple roles, including software engineers and engineering managers, in Nairobi:', '- https://solar.example/careers'];
    expect(parseHiringLine('Solaro | Nairobi | ONSITE', lines).title).toBe('software engineers and engineering managers');
  });

  it('reads "Open Source ..." as part of the role, not a placeholder for roles', () => {
    expect(parseHiringLine('Spacefork | Remote | Open Source Software Engineer').title).toBe('Open Source Software Engineer');
  });

  it('reads past a greeting to the community, and knows a product owner for a role', () => {
    expect(parseHiringLine('Hello Community! Otterly is hiring for the Tech team!').company).toBe('Otterly');
    expect(parseHiringLine('Quillon | Product Owner | Remote')).toEqual({ title: 'Product Owner', company: 'Quillon', location: 'Remote' });
  });

  it('takes no phrase that names a place on its way for a place ("Technology SWAT Teams to Support New York COVID-19 Response")', () => {
    expect(parseHiringLine('Technology SWAT Teams to Support New York COVID-19 Response').location).toBeUndefined();
    // A part that opens with its place is no such phrase.
    expect(parseHiringLine('Rubin Array | Senior DevOps Eng | Tucson AZ OR possible remote from US states').location).toBe('Tucson AZ OR possible remote from US states');
    expect(parseHiringLine('Acme | Data Engineer | Onsite in downtown Toronto').location).toBe('downtown Toronto (Onsite)');
  });

  it('drops the bar after an address that opens the header, and names the company by that address\'s host when nothing else does', () => {
    expect(parseHiringLine('https://social.example | REMOTE |')).toMatchObject({ location: 'REMOTE' });
    expect(hostOpening('https://www.social.example/ | REMOTE |')).toBe('social.example');
    expect(hostOpening('https://jobs.lever.co/acme | REMOTE')).toBeUndefined();
    expect(hostOpening('Acme | https://acme.example')).toBeUndefined();
  });

  it('knows the roles of non-engineering ads as roles, not places ("Technical Writer", "Account Executive", "Legal Counsel"...)', () => {
    for (const role of ['Technical Writer', 'Account Executive', 'Executive Assistant', 'Legal Counsel', 'Recruiting Coordinator', 'Support Representative', 'Registered Nurse', 'Operations Associate', 'Staff Accountant', 'Copywriter', 'Paralegal', 'Chief of Staff']) {
      expect(parseHiringLine(`Acme Widgets | Remote (US) | ${role}`), role).toEqual({ title: role, company: 'Acme Widgets', location: 'Remote (US)' });
    }
  });

  it('splits a header at its slashes where a dash sits inside one of its parts ("Senior Software Engineer - Loki")', () => {
    expect(parseHiringLine('Grafana Labs / Remote (Americas, EMEA) / Full-time / Senior Software Engineer - Loki')).toMatchObject({ company: 'Grafana Labs', location: 'Remote (Americas, EMEA)' });
    expect(parseHiringLine('Grafana Labs / Senior Software Engineer - Loki / Remote')).toMatchObject({ company: 'Grafana Labs', location: 'Remote' });
    expect(parseHiringLine('Acme - Full-Stack / Frontend / AI Engineer - Remote'), 'slashes between a role\'s alternatives').toEqual({ title: 'Full-Stack / Frontend / AI Engineer', company: 'Acme', location: 'Remote' });
    expect(parseHiringLine('Bubbli / Aria Glassworks - SF / Remote'), 'slashes between names and between places').toMatchObject({ company: 'Bubbli / Aria Glassworks', location: 'SF / Remote' });
  });

  it('takes the place after its label ("Location: Boston, MA")', () => {
    expect(parseHiringLine('Northwind Robotics | Embedded Firmware Engineer | Location: Boston, MA')).toEqual({ title: 'Embedded Firmware Engineer', company: 'Northwind Robotics', location: 'Boston, MA' });
  });

  it('uses the whole line as the title when no part names a role', () => {
    expect(parseHiringLine('We are a small team that loves maps.')).toEqual({ title: 'We are a small team that loves maps.' });
    expect(parseHiringLine('Miami, FL (full-time, intern - LOCAL ONLY)')).toMatchObject({ location: 'Miami, FL' });
    expect(parseHiringLine('Acme Widgets | Boise ID | 100% Remote')).toMatchObject({ company: 'Acme Widgets', location: 'Boise ID; 100% Remote' });
    expect(parseHiringLine('Boise ID | Acme Widgets | Data Engineer')).toMatchObject({ company: 'Acme Widgets', location: 'Boise ID', title: 'Data Engineer' });
    expect(parseHiringLine('Acme Widgets | Senior ML Engineer | Remote')).toMatchObject({ title: 'Senior ML Engineer', location: 'Remote' });
  });

  it('knows more cities, so a city first is no company', () => {
    expect(parseHiringLine('Madrid, Spain - Quillon - Backend Engineers')).toEqual({ title: 'Backend Engineers', company: 'Quillon', location: 'Madrid, Spain' });
    expect(parseHiringLine('Menlo Park - Quillon - Engineers')).toMatchObject({ company: 'Quillon', location: 'Menlo Park' });
    expect(parseHiringLine('Quillon | Data Engineer | Greater Philadelphia (Blue Bell)').location).toBe('Greater Philadelphia (Blue Bell)');
    // A city with its state's or country's whole name.
    expect(parseHiringLine('Quillon - Grand Rapids, Michigan')).toMatchObject({ company: 'Quillon', location: 'Grand Rapids, Michigan' });
    expect(parseHiringLine('Quillon | Data Engineer | Nairobi, Kenya')).toMatchObject({ company: 'Quillon', location: 'Nairobi, Kenya' });
  });

  it('leaves the terms before a role out of its name', () => {
    expect(parseHiringLine('Quillon, Pune, India. Full-time Java developers').title).toBe('Java developers');
    expect(parseHiringLine('Quillon | Pune | FULL TIME Software Engineers (Scala, Java)').title).toBe('Software Engineers (Scala, Java)');
    expect(parseHiringLine('Quillon - Pune - Full-time Engineer and Full-time Designer').title).toBe('Engineer and Designer');
    expect(parseHiringLine('Quillon | Pune | Hiring: Full-time Data Engineer, Part-time Designer').title).toBe('Data Engineer; Designer');
    expect(parseHiringLine('Quillon | Pune | Full-time and Intern, Engineers & Designers').title).toBe('Full-time and Intern, Engineers & Designers');
    // A hiring manager is a role of its own.
    expect(parseHiringLine('Quillon | Pune | Hiring Manager, Engineering').title).toBe('Hiring Manager, Engineering');
  });

  it('names a place with the way of working a part names, beside it or further on, alone or among terms of work', () => {
    expect(parseHiringLine('Pellucid (a Vercel for invoices) | Full-Time | Hybrid - Los Angeles')).toEqual({
      title: 'Pellucid (a Vercel for invoices) | Full-Time | Hybrid - Los Angeles',
      company: 'Pellucid',
      location: 'Los Angeles (Hybrid)',
    });
    expect(parseHiringLine('Quillon | Data Engineer | Lisbon | ONSITE | Full-time').location).toBe('Lisbon (ONSITE)');
    // A city the reader does not know, beside such a part; not the terms or a role.
    expect(parseHiringLine('Quillon | Agent Engineer | Santa Monica | ONSITE').location).toBe('Santa Monica (ONSITE)');
    expect(parseHiringLine('Quillon | Engineers | Equity Only | Remote').location).toBe('Remote');
    expect(parseHiringLine('Quillon | Multiple Roles | Fully Remote').location).toBe('Fully Remote');
    // Remote beside a place may mean either: both are kept.
    expect(parseHiringLine('Quillon | Munich, Germany | REMOTE | Full-time').location).toBe('Munich, Germany; REMOTE');
    expect(parseHiringLine('Quillon | SF, Lisbon | ONSITE, REMOTE, HYBRID').location).toBe('SF, Lisbon; ONSITE, REMOTE, HYBRID');
    // Among terms of work in its part, and past a part of terms.
    expect(parseHiringLine('Quillon | Python Developers | Helsinki, Finland | Onsite, Full-time').location).toBe('Helsinki, Finland (Onsite)');
    expect(parseHiringLine('Quillon | Toronto, ON | Full Time, Onsite').location).toBe('Toronto, ON (Onsite)');
    expect(parseHiringLine('Quillon | Boston, MA | ONSITE, VISA').location).toBe('Boston, MA (ONSITE)');
    expect(parseHiringLine('Quillon | Software Engineer | San Francisco, CA | REMOTE, Salary: $100-200K + equity').location).toBe('San Francisco, CA; REMOTE');
    expect(parseHiringLine('Quillon | Kent, UK | Full time | Onsite').location).toBe('Kent, UK (Onsite)');
    // A web address's ending is no country.
    expect(parseHiringLine('Quillon (quillon.co.uk) | London | Full-Time | Front-end Engineer')).toMatchObject({ company: 'Quillon', location: 'London' });
    // A way of working among other words is no such part.
    expect(parseHiringLine('Quillon | Kent, UK | Full time | Remote-first culture, offsites twice a year').location).toBe('Kent, UK');
    expect(parseHiringLine('Quillon | Data Engineer | Lisbon | Onsite (with flexibility)').location).toBe('Lisbon; Onsite (with flexibility)');
  });

  it('takes no pronoun, status word or clause of a paragraph for the company', () => {
    expect(parseHiringLine('We are hiring at tessel, makers of Loom | Forward Deployed Engineers | Remote (EU)')).toEqual({
      title: 'Forward Deployed Engineers',
      company: 'tessel',
      location: 'Remote (EU)',
    });
    expect(parseHiringLine('CLOSED - thanks to everyone who applied!').company).toBeUndefined();
    expect(parseHiringLine('[Filled] | Backend Engineer | Remote').company).toBeUndefined();
    const paragraph =
      'Tessel is changing how crews plan their week, with schedules that fit their lives, their families, second jobs and hobbies, ' +
      'and we have grown quickly since our launch, with customers in logistics, retail and healthcare across three continents';
    // The name the paragraph opens with ("Tessel is changing..."), never one of its clauses ("their families").
    expect(parseHiringLine(paragraph).company).toBe('Tessel');
    expect(parseHiringLine('Tessel Ai, the leading maker of crew schedules, ' + paragraph.slice(7)).company).toBe('Tessel Ai');
    // A paragraph's clauses with a field word name no role: the roles come from the ad's list.
    const ad = parseHiringLine('By turning crew schedules into AI schedules, ' + paragraph, ['We are hiring in Lisbon for:', '- Applied AI Engineer ($150k-190k)', '- Engineering Manager']);
    expect(ad.title).toBe('Applied AI Engineer; Engineering Manager');
  });

  it('splits a part that says who is hiring whom', () => {
    expect(parseHiringLine('Tessel is hiring Senior / Staff Engineers (Remote, Global) — AI-First Systems')).toEqual({
      title: 'Senior / Staff Engineers',
      company: 'Tessel',
      location: 'Remote, Global',
    });
  });

  it('reads the role before an @ and the company after it', () => {
    expect(parseHiringLine('Founding Engineer @ Quillon (Lisbon, ONSITE)')).toEqual({ title: 'Founding Engineer', company: 'Quillon', location: 'Lisbon, ONSITE' });
    expect(parseHiringLine('Founding Engineer @ Quillon')).toMatchObject({ title: 'Founding Engineer', company: 'Quillon' });
    expect(parseHiringLine('Founding Engineer @ Quillon (YC W24)')).toMatchObject({ title: 'Founding Engineer', company: 'Quillon' });
  });

  it('reads leads and FDEs as roles, from the ad\'s text when the header names none', () => {
    const header = 'Quillon | Lisbon, Portugal | Onsite (2 days remote OK) | €70-100k + equity';
    expect(parseHiringLine(header, ['We build voice agents for clinics.', 'We are looking for implementation leads who love working with clients.'])).toMatchObject({
      title: 'implementation leads',
      company: 'Quillon',
    });
    expect(parseHiringLine('Quillon | Berlin | ONSITE', ['We are looking for a Founding FDE to work with our customers.']).title).toBe('Founding FDE');
  });

  it('takes no salary, status or placeholder for a company, role or place', () => {
    expect(parseHiringLine('Head of Engineering & Infrastructure | Full-Time | Remote | $182k - $272k USD')).toEqual({ title: 'Head of Engineering & Infrastructure', company: undefined, location: 'Remote' });
    expect(parseHiringLine('SEEKING | AI/ML Engineer | Lisbon → Remote |').company).toBeUndefined();
    expect(parseHiringLine('Quillon | Various | REMOTE (UTC+12)').location).toBe('REMOTE (UTC+12)');
    // "ML/AI" after a comma is no state's code.
    expect(parseHiringLine('Quillon | Senior + Staff Engineers (Elixir, React, ML/AI) | Remote').title).toBe('Senior + Staff Engineers (Elixir, React, ML/AI)');
  });

  it('reads the roles from the ad\'s text when the header has only a placeholder or departments', () => {
    const text = ['We are hiring for:', '- Senior Backend Engineer', '- Staff Data Engineer'];
    for (const header of ['Quillon | Multiple Engineering Roles | REMOTE (US)', 'Quillon | Engineering & Product | Hybrid (NYC)']) {
      expect(parseHiringLine(header, text).title, header).toBe('Senior Backend Engineer; Staff Data Engineer');
    }
    // Each role of the list without its article.
    expect(parseHiringLine('Quillon | Remote | Multiple roles', ['We build maps.', 'We are looking for: Staff SWEs - An Engineering Manager for our ML team - A Data Engineer'])).toMatchObject({
      title: 'Staff SWEs; Engineering Manager; Data Engineer',
    });
    // A list after "looking for:" whose roles a dash separates, SWEs among them.
    expect(parseHiringLine('Quillon | $150-250k + equity | Remote (US only) | Multiple roles', ['We build clinical AI.', 'We are looking for: Staff and Senior SWEs, Full Stack focused - ML Engineers - Analytics Engineers - More!']).title).toBe(
      'Staff and Senior SWEs; ML Engineers; Analytics Engineers',
    );
    // A role's own name with a field word stays ("Product Engineering (Backend+AI focus)").
    expect(parseHiringLine('Quillon | Product Engineering (Backend+AI focus) | Berlin', text).title).toBe('Product Engineering (Backend+AI focus)');
    // A department beside a named role is no role of its own.
    expect(parseHiringLine('Lead Engineer | Quillon | Remote | Engineering').title).toBe('Lead Engineer');
  });

  it('reads the roles listed after "hiring for a number of positions:", a role named with "Jr." or "Sr.", and no terms or pay in a role\'s name', () => {
    expect(parseHiringLine('Quillon | New York, NY | Full Time, Onsite', ["We're hiring for a number of positions: Backend Engineers, Data Engineers, VP of Engineering, and Data Analyst"]).title).toBe(
      'Backend Engineers; Data Engineers; VP of Engineering; Data Analyst',
    );
    expect(parseHiringLine('Quillon | Multiple Positions | Boston | ONSITE', ['We are hiring Jr. and Sr. Haskell engineers to work on our engine.']).title).toBe('Jr. and Sr. Haskell engineers');
    // Terms and pay are no part of a role's name, unless they run on into it.
    expect(parseHiringLine('Quillon | Boston | ONSITE', ['We are looking for a full time software developer.']).title).toBe('software developer');
    expect(parseHiringLine('Quillon | Boston | ONSITE', ['* Frontend Engineer (75-110k salary)', '* Data Engineer']).title).toBe('Frontend Engineer; Data Engineer');
    expect(parseHiringLine('Quillon | Boston | ONSITE', ['We are hiring full-time and INTERN engineers.']).title).toBe('full-time and INTERN engineers');
    // A phrase that heads a list names no role itself: the list below it does.
    expect(parseHiringLine('Quillon | Full Time | ONSITE (Lisbon)', ['We are looking for engineering talent in the following roles:', '* Front-end Engineer - React (Lisbon)', '* Senior Data Engineer']).title).toBe(
      'Front-end Engineer; Senior Data Engineer',
    );
  });

  it('reads "We are hiring at Acme!" as the company, and a role @Acme without a space', () => {
    expect(parseHiringLine('We are hiring at Quillon! Fraud and identity space.', ['We are looking for engineering managers and data scientists.'])).toEqual({
      title: 'engineering managers and data scientists',
      company: 'Quillon',
    });
    expect(parseHiringLine('Staff / Principal Product, Backend, Distributed Systems Engineers @Quillon in NYC')).toEqual({
      title: 'Staff / Principal Product, Backend, Distributed Systems Engineers',
      company: 'Quillon',
      location: 'NYC',
    });
    // An e-mail address is no @.
    expect(parseHiringLine('Backend Engineers: write to jobs@quillon.example').company).not.toBe('quillon.example');
  });

  it('reads a header whose parts are separated by slashes, and keeps the slashes between a role\'s alternatives', () => {
    expect(parseHiringLine('Quillon Networks / Mobile Software Engineer/ Fully Remote/ Full-Time/ US Citizen')).toEqual({
      title: 'Mobile Software Engineer',
      company: 'Quillon Networks',
      location: 'Fully Remote',
    });
    expect(parseHiringLine('Full-Stack / Frontend / AI Engineer').title).toBe('Full-Stack / Frontend / AI Engineer');
    expect(parseHiringLine('Quillon | Senior / Staff Engineer | Remote').title).toBe('Senior / Staff Engineer');
  });

  it('reads roles written as sections of the ad: "<role> position:", emphasis and praise left out, a list\'s heading and pay beside a bar are no roles', () => {
    const sections = [
      'Tooling software engineer position:',
      'Quillon is seeking a *Tooling Software Engineer* to build our analysis tools.',
      '----',
      'Security analyst position:',
      'We are seeking a highly skilled and motivated security analyst.',
    ];
    expect(parseHiringLine('Quillon | https://quillon.example | REMOTE | Full Time', sections).title).toBe('Tooling software engineer; Security analyst');
    const listed = ['Remote Engineering Roles at Quillon (EU Only):', '* Staff Backend Engineer', '* Founding Frontend Engineer| €70-90k + equity'];
    expect(parseHiringLine('Quillon | Multiple Engineering Roles | EU Remote | Full-time', listed).title).toBe('Staff Backend Engineer; Founding Frontend Engineer');
    expect(parseHiringLine('Quillon | Director of R&D; GPU AI Research Fellow | US Remote').title).toBe('Director of R&D; GPU AI Research Fellow');
  });

  it('keeps the team or area that follows a role after a dash', () => {
    expect(parseHiringLine('Quillon | Senior Software Engineer - Storage Core (C/Rust) | Remote (UTC-1 to UTC+3) | Full-time')).toMatchObject({
      title: 'Senior Software Engineer - Storage Core (C/Rust)',
      company: 'Quillon',
      location: 'Remote (UTC-1 to UTC+3)',
    });
    expect(parseHiringLine('Quillon | Software Engineer – Maps & Agentic Engineering | Porto, Portugal (Onsite)').title).toBe('Software Engineer – Maps & Agentic Engineering');
    // A place, a term or another job after the dash stays apart.
    expect(parseHiringLine('Quillon - Backend Engineer - Berlin')).toMatchObject({ title: 'Backend Engineer', location: 'Berlin' });
    expect(parseHiringLine('Quillon | Backend Engineer - Data Engineer | Remote').title).toBe('Backend Engineer; Data Engineer');
  });

  it('reads a company named for its field ("Tessel Engineering") when another part names the job', () => {
    expect(parseHiringLine('Tessel Engineering | Full Stack Software Engineer | Primarily remote (Porto region)')).toMatchObject({
      title: 'Full Stack Software Engineer',
      company: 'Tessel Engineering',
    });
  });

  it('reads a lower-case domain as the company, and specialists, consultants and technical staff as roles', () => {
    expect(parseHiringLine('quill.dev | full time member of technical staff | lisbon only')).toEqual({
      title: 'member of technical staff',
      company: 'quill.dev',
      location: 'lisbon only',
    });
    expect(parseHiringLine('Tessel | People Ops Specialist | Remote (EU) | Full-time')).toMatchObject({ title: 'People Ops Specialist', company: 'Tessel' });
    expect(parseHiringLine('Tessel Labs | Email Deliverability Consulting | REMOTE (US) | Contractor')).toEqual({
      title: 'Email Deliverability Consulting',
      company: 'Tessel Labs',
      location: 'REMOTE (US)',
    });
  });

  it('reads a company whose name holds a place, when another part gives the place', () => {
    expect(parseHiringLine('Quillon Portugal | Full-remote (Portugal) | Full-time | Come join the founding Engineering team!', ['- Sr Software Eng: build payments', '- Eng Manager: lead the team'])).toEqual({
      title: 'Sr Software Eng; Eng Manager',
      company: 'Quillon Portugal',
      location: 'Full-remote (Portugal)',
    });
    // A place alone stays a place.
    expect(parseHiringLine('Berlin | Remote | Senior Engineer')).toMatchObject({ company: undefined, location: 'Berlin; Remote' });
  });

  it('reads a header part that lists roles without a verb, and each role of a list after "looking for"', () => {
    expect(parseHiringLine('Quillon | Full Time | Backend Software Engineers, Mobile Software Engineers, Solution Design Engineers, Product, and Sales | REMOTE').title).toBe(
      'Backend Software Engineers, Mobile Software Engineers, Solution Design Engineers, Product, and Sales',
    );
    expect(parseHiringLine('Quillon | Full time or intern in Lisbon, Portugal. Seeking front-end developers, platform engineers and designers').title).not.toMatch(/^Full time/);
    expect(parseHiringLine('Quillon | Multiple Positions | Lisbon', ['Looking for: Engineering Managers | Product Managers | Data Analysts']).title).toBe(
      'Engineering Managers; Product Managers; Data Analysts',
    );
  });

  it('leaves a bare plural out beside named roles, and a bracket its explanation cut open', () => {
    const ad = parseHiringLine('Quillon | Lisbon', [
      "We're looking for talented engineers who like maps.",
      '- Front End Engineer',
      '- Sr. Software Engineer, Backend (functional programming - Erlang, Elixir)',
      '- Internal Tools Engineer',
      '- Engineering Manager',
    ]);
    expect(ad.title).toBe('Front End Engineer; Sr. Software Engineer, Backend; Internal Tools Engineer; Engineering Manager');
    expect(parseHiringLine('Quillon | Lisbon', ["We're looking for engineers who like maps."]).title).toBe('engineers');
  });

  it('reads roles with a remark in brackets, quoted ("> ") bullets, and a role before a dash that starts a sentence', () => {
    const header = 'Quillon | Series A | Lisbon, ONSITE | $150k-220k + equity';
    expect(parseHiringLine(header, ["We're hiring Forward-deployed (customer success), AI, and Platform Engineers: https://quillon.example/jobs"]).title).toBe(
      'Forward-deployed (customer success), AI, and Platform Engineers',
    );
    // A job word inside a remark's brackets names no role: the roles are said to be there, unnamed.
    expect(parseHiringLine('Quillon | Lisbon', ['We are hiring for a number of positions (engineering, sales and design).']).title).toBe('a number of positions');
    expect(parseHiringLine('Quillon | Lisbon', ['Current roles include:', '> Senior Applied Machine Learning Engineer - for our fall detection team', '> Staff Data Engineer'])).toMatchObject({
      title: 'Senior Applied Machine Learning Engineer; Staff Data Engineer',
    });
    expect(parseHiringLine('Quillon -- Lisbon', ['Electrical / Power Systems Engineer - Build a battery-powered heater for our saunas']).title).toBe('Electrical / Power Systems Engineer');
    expect(parseHiringLine('Quillon -- Lisbon', ['Web Application Developer - Ruby on Rails']).title).toBe('Web Application Developer - Ruby on Rails');
    // The same role written twice, once with a hyphen, is one.
    expect(parseHiringLine('Quillon | Lisbon', ["We're looking for full-stack engineers.", '- Full Stack Engineers', '- Front-End Developer']).title).toBe('full-stack engineers; Front-End Developer');
  });

  it('takes no part about the company for a role ("AI Industry", "Series B"), and reads the roles from the text', () => {
    const ad = parseHiringLine('Quillon.ai | Full-Time | Remote in US & CAN | SaaS B2B Slides | Series B | AI Industry', ['1. Senior Platform Engineer | 160k - 200k', '2. Staff Software Engineer | 200k - 250k']);
    expect(ad).toMatchObject({ title: 'Senior Platform Engineer; Staff Software Engineer', company: 'Quillon.ai' });
  });

  it('reads roles from a numbered list with explanations', () => {
    const ad = parseHiringLine('Tessel | Lisbon | ONSITE | VISA SPONSORSHIP We are Tessel, the crew-planning company.', [
      'We are hiring for two roles:',
      '1. Solution Architect: You will partner with customers on their deployments.',
      '2. AI Solutions Engineer/Forward Deployed Engineer: You will build with customers.',
      'Requirements: 5+ years of experience.',
    ]);
    expect(ad.title).toBe('Solution Architect; AI Solutions Engineer/Forward Deployed Engineer');
  });

  it('reads a header that is a phrase, not a list: its company, role and place', () => {
    expect(parseHiringLine('Rust developer/software engineer at NLnet foundation in Amsterdam')).toEqual({
      title: 'Rust developer/software engineer',
      company: 'NLnet foundation',
      location: 'Amsterdam',
    });
    expect(parseHiringLine('Otterly is hiring a Data Engineer in Berlin. We build maps.')).toEqual({ title: 'Data Engineer', company: 'Otterly', location: 'Berlin' });
    expect(parseHiringLine('Otterly is hiring in San Francisco, CA (H1B is fine)')).toMatchObject({ company: 'Otterly', location: 'San Francisco, CA' });
    expect(parseHiringLine('We are hiring engineers, designers and writers')).toEqual({ title: 'engineers, designers and writers' });
    expect(parseHiringLine('Our startup is looking for a senior engineer').company).toBeUndefined();
    expect(parseHiringLine('Booking.com is always on the lookout for developers')).toMatchObject({ company: 'Booking.com' });
    // An invitation is no role, and only the first sentence is read.
    expect(parseHiringLine('Join our engineers at Otterly').company).toBeUndefined();
    expect(parseHiringLine('Senior Engineer at Otterly. Remote.')).toMatchObject({ title: 'Senior Engineer', company: 'Otterly' });
    // Commas inside a sentence about the company do not split it into parts.
    expect(parseHiringLine('SwingSet is the AI tennis, pickleball, and padel app that calls the lines')).toEqual({
      title: 'SwingSet is the AI tennis, pickleball, and padel app that calls the lines',
      company: 'SwingSet',
    });
    expect(parseHiringLine('Geodata in Vienna, Austria is looking for senior web developers')).toMatchObject({ company: 'Geodata', location: 'Vienna, Austria' });
    // "seeks", "needs", "is on a ...": the company opens the sentence; a place in brackets after it is its place.
    expect(parseHiringLine('Quillon (http://quillon.example) seeks a summer intern for 2027 at its Pune office.')).toMatchObject({ title: 'summer intern', company: 'Quillon' });
    expect(parseHiringLine('Quillon (Rotterdam, The Netherlands) is on a hiring spree.')).toMatchObject({ company: 'Quillon', location: 'Rotterdam, The Netherlands' });
    expect(parseHiringLine('Quillon seeks to transform maps.').company).toBe('Quillon');
    // The "and" between two addresses goes with them.
    expect(parseHiringLine("Quillon (YC W'11) http://quillon.example/about/ and http://maps.example/ - Mountain View, CA")).toMatchObject({ company: 'Quillon', location: 'Mountain View, CA' });
    expect(parseHiringLine('Quillon - Downtown Portland, OR').location).toBe('Downtown Portland, OR');
    // Places side by side are all the job's; a remark of terms beside them is none.
    expect(parseHiringLine('Quillon - Palo Alto, CA; Ann Arbor, MI; remote ok - Full Time').location).toBe('Palo Alto, CA; Ann Arbor, MI; remote');
    expect(parseHiringLine('Quillon | Bristol, UK; London, UK; Worldwide').location).toBe('Bristol, UK; London, UK; Worldwide');
    expect(parseHiringLine('Quillon - Indianapolis, IN - Full-time, US citizenship required, remote OK').location).toBe('Indianapolis, IN');
  });

  it('takes the roles from the ad\'s text when its header names none', () => {
    expect(parseHiringLine('Otterly - Seattle or Remote', ['Otterly maps the ocean floor.', "We're looking for talented Rails developers in Seattle, who like maps."])).toMatchObject({
      title: 'Rails developers',
      company: 'Otterly',
    });
    // The role a sentence opens with: "As a software engineer at Otterly, you'll...", not a tool "such as a developer portal".
    expect(parseHiringLine('Otterly - Seattle, WA', ['Otterly makes maps for sailors.', "As a software engineer at Otterly, you'll work with Django."]).title).toBe('software engineer');
    expect(parseHiringLine('Otterly - Seattle, WA', ['Otterly makes tools such as a developer portal.']).title).toBe('Otterly - Seattle, WA');
    const bullets = ['We make maps.', 'Open roles:', '* Backend engineer - https://otterly.example/apply/1', '* Mobile engineer (Android or iOS)', '* Data Labeling Intern', 'Requirements:', '* Experience as a data engineer'];
    expect(parseHiringLine('Otterly | Seattle', bullets).title).toBe('Backend engineer; Mobile engineer (Android or iOS); Data Labeling Intern');
    // A bullet's role comes before its explanation.
    const explained = [
      'Wavelet is an online accounting app.',
      '* Front end developer - Our meaning in life is a beautiful interface, you will own it.',
      "* Python/Django developer: this is for the accounting app, we're a small team.",
      "* Web developers (we're a Django/jQuery shop)",
      '* Mobile engineer (Android or iOS)',
    ];
    expect(parseHiringLine('Toronto, ON. Full time', explained).title).toBe('Front end developer; Python/Django developer; Web developers; Mobile engineer (Android or iOS)');
    // Arrows for bullets, and a bullet whose verb of hiring names no role ("Looking for someone to...").
    const arrows = ['We are a ticket search engine.', '⇒ iOS Developer: Looking for someone to lead our iOS apps', '→ Android Developer: Looking for someone to lead our Android app'];
    expect(parseHiringLine('Seatly - New York, NY - Fulltime', arrows).title).toBe('iOS Developer; Android Developer');
    // Praise joined by "&" is no part of the role.
    expect(parseHiringLine('Madrid, Spain', ['We make maps.', 'We are looking for talented & Passionate Web Developers to join us.']).title).toBe('Web Developers');
    // "Looking to hire", "want to hire".
    expect(parseHiringLine('Pune, India - Fulltime.', ['Styled is a visual search engine.', 'We are looking to hire Python and Javascript developers.']).title).toBe('Python and Javascript developers');
    // Bullets written inline, as HN showed no lists.
    expect(parseHiringLine('Otterly | Seattle', ['Open roles: * Front end developer * Python developer * Data engineer']).title).toBe('Front end developer; Python developer; Data engineer');
    // Lines that name no role on offer leave the header the title.
    const noRoles = [
      'Email the hiring manager: jobs@otterly.example',
      "We're not looking for recruiters or agencies.",
      'No recruiters or agencies',
      'Engineering blog: https://otterly.example/blog',
      'Small team of 8 engineers',
      'We are hiring across engineering, product and design',
    ];
    for (const line of noRoles) expect(parseHiringLine('Otterly | Seattle', [line]).title).toBe('Otterly | Seattle');
    // Bullets under a heading that is no list of roles name no role.
    const fields = ['Many problems and opportunities facing humanity require science-based solutions:', '- Diseases: curing cancer', '- Energy: cheap and clean', 'We are looking for full-stack engineers.'];
    expect(parseHiringLine('San Francisco, CA', fields).title).toBe('full-stack engineers');
    expect(parseHiringLine('Otterly | Seattle', ['Open job opportunities:', '* Embedded software -- write the flight code']).title).toBe('Embedded software');
    // Bullets under a line that only says the ad hires name its roles, in words of its own.
    expect(parseHiringLine('Otterly - New York City', ['We believe in maps.', "We're hiring", '-- Rubyists', '-- Javascripters', 'Apply at otterly.example']).title).toBe('Rubyists; Javascripters');
    // Past the duties, a heading of roles names roles again.
    const openings = ['Otterly is hiring.', "What You'll Do All Day:", '• Build the data engineer tools', 'Additional Openings:', '- Backend Engineer (Go)', '- Platform Engineer (Rails)'];
    expect(parseHiringLine('Otterly inc.', openings).title).toBe('Backend Engineer (Go); Platform Engineer (Rails)');
    // Requirements and duties name skills, not roles on offer.
    const duties = ['We are looking for a PHP Developer.', '* Understanding of scalability, systems engineering, and algorithms', '* Be the main front-end developer for our app'];
    expect(parseHiringLine('Otterly | Seattle', duties).title).toBe('PHP Developer');
    // Past a quantity: "a team of", "a broad set of", "all kinds (...) of", which keeps its kinds.
    expect(parseHiringLine('Lyon, France - Otterly', ['Otterly grows fast and is looking to build a small team of great developers for our Lyon office.']).title).toBe('developers');
    expect(parseHiringLine('Otterly (Oslo) - Full Time', ["We're seeking a broad set of technologists to join us."]).title).toBe('technologists');
    expect(parseHiringLine('Otterly, Oslo. Full-time', ["We're hiring all kinds (Mobile, QA, Generalists) of engineers at every level."]).title).toBe('engineers (Mobile, QA, Generalists)');
    // Roles named after "including", after "all sorts of people:", and after "looking primarily for".
    expect(parseHiringLine('Otterly (YC09) is growing fast and hiring for multiple roles, including rails and mobile engineers. We also take interns.').title).toBe('rails and mobile engineers');
    expect(parseHiringLine('Austin, TX', ['Otterly is hiring all sorts of people: Project Managers, Android Developers, and Designers.']).title).toBe('Project Managers; Android Developers; Designers');
    expect(parseHiringLine('Reston, VA', ['Otterly Networks - http://www.otterly.example', 'Ad network looking primarily for Java developers (SQL a plus)']).title).toBe('Java developers');
    // Roles said to be there but not named are more than the header: "multiple positions".
    expect(parseHiringLine('Austin, TX', ['Otterly builds coding puzzles.', "We're hiring for several openings. See otterly.example/jobs"]).title).toBe('several openings');
    // "The job title is ...", and a role asked as a question.
    expect(parseHiringLine('Otterly - Reno, NV', ['Officially the job title is Python Developer, but you will do a bit of everything.']).title).toBe('Python Developer');
    expect(parseHiringLine('Otterly - Remote', ['We make maps for sailors.', 'Elixir or Android developer? Drop me a line:']).title).toBe('Elixir or Android developer');
    expect(parseHiringLine('London:', ["At Otterly, [http://otterly.example], we're currently looking to meet developers."]).title).toBe('developers');
    // "looking to build" something else names no role.
    expect(parseHiringLine('Otterly | Seattle', ['We are looking to build a product that developers love.']).title).toBe('Otterly | Seattle');
    // Terms of work and duties name no role: the header stays the title.
    expect(parseHiringLine('Otterly - Seattle (full-time, intern)', ['Full-time, Intern, H1B', '- Design, build and ship our QA tools']).title).toBe('Otterly - Seattle (full-time, intern)');
  });

  it('reads a header whose only job word is a term in brackets as naming no role, and finds the roles below it', () => {
    const bullets = ['Otterly - http://otterly.example/', '----------', 'We map the ocean floor. Here are a few roles:', '* Backend engineer - http://otterly.example/apply/1', '* Mobile engineer (Android or iOS)'];
    expect(parseHiringLine('Seattle, WA (full-time, intern, H1B welcome)', bullets)).toMatchObject({ title: 'Backend engineer; Mobile engineer (Android or iOS)', location: 'Seattle, WA' });
    expect(parseHiringLine('Seattle, WA (full-time, intern)', ['We make maps.']).title).toBe('Seattle, WA (full-time, intern)');
    // A header that names its role keeps it.
    expect(parseHiringLine('Summer Data Intern (paid)', ['We make maps.']).title).toBe('Summer Data Intern (paid)');
  });

  it('finds roles after more verbs of hiring, and paragraphs that each open with their role under a heading of positions', () => {
    const text = (line: string) => ['We make maps.', line];
    expect(parseHiringLine('Miami, FL', text('Otterly is looking for a ruby on rails developer to join our web team.')).title).toBe('ruby on rails developer');
    expect(parseHiringLine('Otterly is in search of talented engineers to help grow our company.').title).toBe('engineers');
    expect(parseHiringLine('Otterly (http://otterly.example) seeks a summer intern for 2027 at its Pune office.').title).toBe('summer intern');
    expect(parseHiringLine('Providence, RI', text("We're looking to expand our team by adding mobile developers for iOS and Android.")).title).toBe('mobile developers');
    // No role after the verb: the header stays the title.
    expect(parseHiringLine('Otterly - Seattle', text('Otterly is looking to add to an amazing development team.')).title).toBe('Otterly - Seattle');
    const paragraphs = [
      'We are a small team, just funded. We are looking to fill 3 positions:',
      'Front-End/UI Engineer - Must have a good eye for detail and be able to contribute to a large, modular JavaScript codebase built over many years by many people. We support only modern browsers.',
      'Software Engineer - With just 2.5 programmers right now, we all wear many hats. Our server is written in Java and runs on the latest Jetty, with Spring and Hibernate underneath.',
      'Our office is in Berkeley - a short walk from the train, with a view of the bay and a lot of good food around.',
    ];
    expect(parseHiringLine('Otterly - Berkeley, CA - full-time', paragraphs).title).toBe('Front-End/UI Engineer; Software Engineer');
    // Without the heading, a paragraph's opening words are no role.
    expect(parseHiringLine('Otterly - Berkeley, CA - full-time', paragraphs.slice(1)).title).toBe('Otterly - Berkeley, CA - full-time');
  });

  it('finds the company as the text writes the name that the header\'s address spells', () => {
    const text = ['Senior QA Engineer', 'Web Developer', 'ChartWorks is a venture-backed startup building sea charts.'];
    expect(nameTheAddressSpells('Halifax, NS (Canada) - http://www.chartworks.example', text)).toBe('ChartWorks');
    expect(nameTheAddressSpells('Halifax, NS (Canada) - http://jobs.lever.co/chartworks', text)).toBe(undefined);
    expect(nameTheAddressSpells('Halifax, NS (Canada)', text)).toBe(undefined);
  });

  it('finds the company just under a header that names only a place', () => {
    expect(companyInText(['Otterly - http://www.otterly.example.com/', 'We map the ocean floor.'])).toBe(undefined);
    expect(companyInText(['Otterly - http://www.otterly.com/', 'We map the ocean floor.'])).toBe('Otterly');
    expect(companyInText(['Booking Birds is always on the lookout for good developers.'])).toBe('Booking Birds');
    // A short line whose address does not spell it names no company; "At Otterly we..." does.
    expect(companyInText(['Looking for - https://jobs.example.com/', 'We are building maps.'])).toBe(undefined);
    expect(companyInText(['Looking for - https://jobs.example.com/', 'At Otterly we are building maps.'])).toBe('Otterly');
    expect(companyInText(['At Otterly (http://otterly.example), we map the ocean floor.'])).toBe('Otterly');
    // A name opening a long line with its own address in brackets, which spells or begins it.
    expect(companyInText(["Otterly Maps (http://www.otterlymaps.example) - we're building the finest charts of the ocean floor for sailors and scientists alike."])).toBe('Otterly Maps');
    expect(companyInText(['Otterly Financial (http://www.otterly.example) serves banks across the country with charts, maps and more.'])).toBe('Otterly Financial');
    expect(companyInText(['Our stack (http://stackshare.example/otterly) is Python and Go, and we deploy many times a day to our customers.'])).toBe(undefined);
    expect(companyInText(['At the moment we are a team of 4.', 'At our office we cook lunch.'])).toBe(undefined);
    expect(companyInText(['The role is based in Berlin, at our office.'])).toBe(undefined);
    // A remark in brackets beside the name does not hide it.
    expect(companyInText(['Mapsly (YCS09; http://mapsly.example) is the fastest map maker around.'])).toBe('Mapsly');
    expect(companyInText(['SeatMeal is hiring! We are a cozy team of 13.'])).toBe('SeatMeal');
    expect(companyInText(['Everywhen (YC S11) is hiring engineers.'])).toBe('Everywhen');
    // Any ending; the name without its legal form; not a job board's address.
    expect(companyInText(['Otterly GmbH - https://otterly.de'])).toBe('Otterly GmbH');
    expect(companyInText(['Lever - https://jobs.lever.co/otterly'])).toBe(undefined);
    // A name, a dash, then "we"; a legal form's period in a sentence about the company; an address alone on the next line that begins the name.
    expect(companyInText(['otterly.io - we are the company making maps fast. Go to', 'http://otterly.io/'])).toBe('otterly.io');
    expect(companyInText(['Otterly Media Inc. is a leading maker of sea charts.'])).toBe('Otterly Media Inc');
    // "At Otterly - http://... - we're", a name beside its own address before "looking for:", a bare domain opening a line.
    expect(companyInText(["At Otterly - http://www.otterlymaps.example/ - we're helping sailors read the sea."])).toBe('Otterly');
    expect(companyInText(['Full-time and Intern', 'Chart Works (www.chartworks.example) looking for:', '- Front-end web developer'])).toBe('Chart Works');
    expect(companyInText(['OTTERmaps.com - Otterly shows sailors how deep the water is, then guides them to harbours we have checked.'])).toBe('OTTERmaps.com');
    expect(companyInText(['jobs.lever.co - the board we use', 'We map.'])).toBe(undefined);
    // A name before " - its address - ...", beside its YC batch, before what it is, after "We are" with its address,
    // after "I work for", written with a capital inside before "is", or after a role's "@".
    expect(companyInText(['Otter Music - http://www.ottermusic.example/ - gives sailors songs to sing. We launched in 2007 and grew.'])).toBe('Otter Music');
    expect(companyInText(['ChartRank (YC S11) is crawling the sea and indexing charts.'])).toBe('ChartRank');
    expect(companyInText(['Remote or onsite.', 'We are ChartCopy (http://www.chartcopy.example/) - a startup making maps.'])).toBe('ChartCopy');
    expect(companyInText(['Otterly, a global mapping startup focused on the seas, is looking for devs.'])).toBe('Otterly');
    expect(companyInText(["I work for Chartware, Inc in Austin, and I'd love more iOS developers here."])).toBe('Chartware');
    expect(companyInText(['HarbourTonight is just over a year old.'])).toBe('HarbourTonight');
    expect(companyInText(['Senior Linux Administrator @ Otter Solutions', 'We are a team of Linux experts.'])).toBe('Otter Solutions');
    // Tools written with a capital inside, and "We are" before a word its address does not spell, name no company.
    expect(companyInText(['JavaScript is our language, and Go our other one.'])).toBe(undefined);
    expect(companyInText(['We are Growing fast, come along.'])).toBe(undefined);
    expect(companyInText(['Otterly Technologies -', 'http://otterlytech.com', "We're a startup."])).toBe('Otterly Technologies');
    expect(companyInText(['Otterly Technologies -', 'http://example.com', "We're a startup."])).toBe(undefined);
  });

  it('finds the company a short line names when the text goes on to speak of it by that name', () => {
    expect(companyInText(['Quillmark', 'Rails Engineers, interns', 'Freight moves on paper. Quillmark is here to change that.'])).toBe('Quillmark');
    expect(companyInText(['Web Developer - Ruby on Rails', 'Otter Bay Interactive / Otter Co / OB.gov', 'Otter Bay Interactive would like to add a developer to its team.'])).toBe('Otter Bay Interactive');
    // A name alone on its line, spelled by an address in the line below.
    expect(companyInText(['TinyOtter', 'Mobile game studio hiring everything: iOS, C++, Python. See all: http://tinyotter.example/jobs.php'])).toBe('TinyOtter');
    expect(companyInText(['Responsibilities', 'Ship games. See all: http://tinyotter.example/jobs.php', 'We are a team of 5.'])).toBe(undefined);
    // A line the text does not speak of again, or a heading, is no name.
    expect(companyInText(['Quillmark', 'Rails Engineers, interns', 'Freight moves on paper. We change that.'])).toBe(undefined);
    expect(companyInText(['Responsibilities', 'Maintain our servers.', 'Responsibilities: keep them up'])).toBe(undefined);
  });

  it('reads a city and its state as the place when the text names the company, and a name before a city and its region', () => {
    expect(parseHiringLine('Springvale, Rhode Island (full-time)', ['Web Developer - Ruby on Rails', 'Otter Bay Interactive / Otter Co', 'Otter Bay Interactive would like to add a developer.'])).toEqual({
      title: 'Web Developer - Ruby on Rails',
      company: 'Otter Bay Interactive',
      location: 'Springvale, Rhode Island',
    });
    // The first name is the company's when the text speaks of it ("Littlelines, Ohio" over "Littlelines is looking for...");
    // else it is a city before its region ("Nairobi, Kenya" over a text that never names Nairobi), and a first line that
    // is only an address names the company.
    expect(parseHiringLine('Quillworks, Ohio', ['Quillworks is looking for Rails developers.'])).toMatchObject({ company: 'Quillworks', location: 'Ohio' });
    expect(parseHiringLine('Quillworks, Ohio', ['We build web apps for clients.'])).toEqual({ title: 'Quillworks, Ohio', location: 'Quillworks, Ohio' });
    expect(parseHiringLine('Mombasa, Kenya', ['http://www.tessel.example/', 'Cloud servers for East Africa. We are hiring a DevOps engineer.'])).toEqual({
      title: 'DevOps engineer',
      company: 'tessel.example',
      location: 'Mombasa, Kenya',
    });
    expect(companyInText(['https://jobs.lever.co/tessel/1234', 'We build things.'])).toBe(undefined);
    expect(parseHiringLine('Quillmark, Charlottesville, VA (global team) - Hiring Front End Developer')).toEqual({
      title: 'Front End Developer',
      company: 'Quillmark',
      location: 'Charlottesville, VA (global team)',
    });
    // A city with its state's code is one place, not a company and its place.
    expect(parseHiringLine('Quillmark - Detroit, MI (Remote OK) - PHP Generalist')).toMatchObject({ company: 'Quillmark', location: 'Detroit, MI (Remote OK)' });
  });

  it('reads a header opened by a place and a colon, and takes no tech stack or phrase for the company', () => {
    expect(parseHiringLine('Budapest, Hungary: Tessel is looking for engineers in several teams.')).toMatchObject({ company: 'Tessel', location: 'Budapest, Hungary' });
    expect(parseHiringLine('Austin, TX - DevOps / Systems Engineer - Python, AWS')).toMatchObject({ company: undefined, location: 'Austin, TX' });
    expect(parseHiringLine('Flutter - Backend Engineer - Berlin').company).toBe('Flutter');
    expect(parseHiringLine('Check us out: http://www.otterly.example').company).toBeUndefined();
    // "Acme in Place, is hiring for several positions:" names the company and place; the roles come from the text.
    expect(parseHiringLine('Otter Labs in Portland, OR, is hiring for several new positions on our Operations team:', ['* Support Engineer - Linux background', '* Site Reliability Engineer'])).toEqual({
      title: 'Support Engineer; Site Reliability Engineer',
      company: 'Otter Labs',
      location: 'Portland, OR',
    });
    // A city and its state's code open no name ("Coinbase Brazil" would).
    expect(parseHiringLine('Madison, WI - (REMOTE possible)', ['Chartly - http://chartlyapp.example', 'Chartly draws sea charts.'])).toMatchObject({ company: undefined, location: 'Madison, WI; REMOTE possible' });
    expect(companyInText(['Chartly - http://chartlyapp.example', 'Chartly draws sea charts.'])).toBe('Chartly');
    expect(companyInText(['Chartly is', '- a tool for sailors', 'Chartly is not', '- another map app'])).toBe('Chartly');
    expect(parseHiringLine('Seattle, WA', ['We need developers, solution architects and network engineers.']).title).toBe('developers, solution architects and network engineers');
    // An address in angle brackets, a place wholly in brackets, a legal form's period inside the first sentence.
    expect(parseHiringLine('Software Developer, Otterly <http://www.otterly.example>; (Paddington Area, London, UK)').location).toBe('Paddington Area, London, UK');
    expect(parseHiringLine('Otterly Charts Ltd. is hiring a web developer in Tel Aviv. We chart the sea.')).toMatchObject({ title: 'web developer', location: 'Tel Aviv' });
    // "Name in Place", not "Hiring in Place".
    expect(parseHiringLine('Otter Games in downtown Toronto')).toMatchObject({ company: 'Otter Games', location: 'Toronto' });
    expect(parseHiringLine('Hiring in Austin, TX')).toMatchObject({ company: undefined, location: 'Austin, TX' });
  });

  it('reads a place that opens a part before a comma or colon, a place beside terms in square brackets, and no "us" as the US', () => {
    expect(parseHiringLine('Quillmark - London, UK: Ruby Engineers & Rails Developers - Permanent & Contract')).toEqual({
      title: 'Ruby Engineers & Rails Developers',
      company: 'Quillmark',
      location: 'London, UK',
    });
    expect(parseHiringLine('Quillmark - San Francisco, H1B, INTERN are welcome')).toMatchObject({ company: 'Quillmark', location: 'San Francisco' });
    expect(parseHiringLine('Quillmark, New York City (Soho) [full time & intern]')).toMatchObject({ company: 'Quillmark', location: 'New York City (Soho)' });
    expect(parseHiringLine('Quillmark. We are a funded startup that is looking for iOS and Android developers. If this sounds interesting, contact us!')).toMatchObject({
      title: 'iOS and Android developers',
      location: undefined,
    });
    expect(parseHiringLine('Quillmark | Backend Engineer | Remote (US)').location).toBe('Remote (US)');
  });

  it('reads a sentence about the company before a dash further on, and no lower-case remark after the place for a name', () => {
    expect(parseHiringLine("Quillmark (http://www.quillmark.example) seeks a summer intern for 2013 at its Pune office. We're building a studio -- fully voice controlled.")).toMatchObject({
      title: 'summer intern',
      company: 'Quillmark',
    });
    expect(parseHiringLine('Los Angeles - Full time - technical', ['Otter Labs (makers of Burner) are seeking talented engineers.'])).toMatchObject({ company: undefined, location: 'Los Angeles' });
    // A name in lower case that opens the header is one.
    expect(parseHiringLine('quillmark | Backend Engineer | Remote').company).toBe('quillmark');
  });

  it('takes no perk or requirement for the company, and a name ending as a company\'s does for one though it names a field', () => {
    expect(parseHiringLine('Quillon Software Engineering Group | Oklahoma City, OK | FULL-TIME | ONSITE | U.S. CITIZENSHIP REQUIRED').company).toBe('Quillon Software Engineering Group');
    expect(parseHiringLine('Software Engineering- Mentor | Bangalore | ONSITE | 75 paid vacations days | INR100K learning & travel allowance')).toMatchObject({
      title: 'Software Engineering- Mentor',
      company: undefined,
      location: 'Bangalore (ONSITE)',
    });
  });

  it('takes no tech stack for a name or a place, and a company after its label ("Company: Acme")', () => {
    expect(parseHiringLine('Quillon Europe | Web Software Engineer | Full stack: Python (Django), JS (React) | London | Full-time')).toMatchObject({
      title: 'Web Software Engineer',
      company: 'Quillon Europe',
      location: 'London',
    });
    expect(parseHiringLine('Quillon | VueJS Python Django | 100% Remote (US) | Full-Time').location).toBe('100% Remote (US)');
    expect(parseHiringLine('Engineering Director, Developer Experience | Company: Quillon| San Francisco | Hybrid |').company).toBe('Quillon');
  });

  it('reads roles without their label ("Hiring:", "Roles:") or a "+" bullet, and a way of working with a remark beside the place named further on', () => {
    expect(parseHiringLine('Quillon | Santa Monica, CA | Full-Time | Hiring: Full-Stack Engineer + DBA').title).toBe('Full-Stack Engineer + DBA');
    expect(parseHiringLine('Quillon | Remote (US) / Chicago | Full-Time', ['Quillon builds market data.', 'Roles: Data Scientist, Software Developer, Machine Learning Engineer']).title).toBe(
      'Data Scientist; Software Developer; Machine Learning Engineer',
    );
    expect(parseHiringLine('Quillon | Multiple Positions | Atlanta, GA', ['+ Electrical / Embedded Systems Engineer: design boards', '+ Full Stack Software Developer']).title).toBe(
      'Electrical / Embedded Systems Engineer; Full Stack Software Developer',
    );
    expect(parseHiringLine('Quillon Labs | Mid-level C# .NET Developer | ONSITE w/ WFH available | Milwaukee, WI, USA').location).toBe('Milwaukee, WI, USA (ONSITE w/ WFH available)');
  });

  it('keeps the way of working beside a place with a remark of its own, and reads a place after "Hiring in"', () => {
    expect(parseHiringLine('Quillon | Berkeley, CA (Bay Area) | full-time | onsite | visa').location).toBe('Berkeley, CA (Bay Area); onsite');
    expect(parseHiringLine('Quillon | Hiring in Palo Alto | Onsite, Fulltime').location).toBe('Palo Alto (Onsite)');
  });

  it('reads marketers, artists, technicians and officers as roles, not a sign-off or a department\'s heading', () => {
    expect(parseHiringLine('Quillon | Growth Marketer | Downers Grove, IL | Onsite').title).toBe('Growth Marketer');
    const listed = ['Our top priority roles are:', '- Spacecraft Technician', '- Technical Artist: builds our tools', '- Chief Technical Officer (CTO)', '-April (Talent Lead, Quillon)'];
    expect(parseHiringLine('Quillon | Falls Church, VA | ONSITE', listed).title).toBe('Spacecraft Technician; Technical Artist; Chief Technical Officer (CTO)');
    expect(parseHiringLine('Quillon | Remote', ['We are looking to fill the below positions:', 'Engineering', '- Blockchain Protocol Engineer']).title).toBe('Blockchain Protocol Engineer');
    expect(parseHiringLine('Quillon | Palo Alto', ['Positions: Mechanical Engineers; Senior Firmware Engineer.']).title).toBe('Mechanical Engineers; Senior Firmware Engineer');
  });

  it('reads the roles from the text when the header gives a tagline or "... roles", and no placeholder for the company', () => {
    expect(parseHiringLine("Quillon | San Francisco | ONSITE | Product Hunt's #2 Product of the Year 2019", ['Open Roles:', '* Back End Engineer', '* Front End Engineer']).title).toBe(
      'Back End Engineer; Front End Engineer',
    );
    expect(parseHiringLine('Quillon | Engineering and DS roles | REMOTE (US only)', ['- Data Scientist', '- Mobile Engineer']).title).toBe('Data Scientist; Mobile Engineer');
    expect(parseHiringLine('https://quillon.example | Multiple Positions | REMOTE | Full/Part/Freelance').company).toBeUndefined();
    expect(parseHiringLine('Open Door Labs | Backend Engineer | Berlin').company).toBe('Open Door Labs');
  });

  it('reads a list of roles with "Sr." in a part, a role counted "multiple", a labelled list each on its own, and keeps roles whole when the title is cut', () => {
    expect(parseHiringLine('Quillon | Sr. Devops Engineer, Engineering Director, Sr. Gameplay Engineer, Full-stack Engineer, others | Alameda, CA').title).toBe(
      'Sr. Devops Engineer, Engineering Director, Sr. Gameplay Engineer, Full-stack Engineer, others',
    );
    expect(parseHiringLine('Quillon | multiple Linux developers | Toronto, Canada | REMOTE', ['We are looking for software engineers.']).title).toBe('Linux developers');
    expect(parseHiringLine('Quillon | Multiple Openings: Full Stack Developer, Technical Product Manager, Product Designer | Full-time | Remote').title).toBe(
      'Full Stack Developer; Technical Product Manager; Product Designer',
    );
    const roles = ['Senior Product Manager (Focalboard team)', 'Senior Engineering Lead', 'Full Stack Engineer (Playbooks team)', 'Senior Full Stack Engineer (Growth team)'];
    expect(parseHiringLine('Quillon | Remote', roles.map((role) => `- ${role}`)).title).toBe(`${roles.slice(0, 3).join('; ')}…`);
  });

  it('reads the fields a heading of roles lists as roles, and a smart contract developer whole', () => {
    const astro = parseHiringLine('Quillsat (YC W16) |  San Francisco, CA  |  Full-Time  |  Onsite', [
      'We’re building small satellites.',
      'Roles we’re hiring for include:',
      '* Embedded software -- write mission critical software that runs the spacecraft.',
      '* Electrical -- PCB design, layout, bringup, test.',
      '* Aerospace/controls -- GNC and flight software.',
      'Email us at jobs@quillsat.example',
    ]);
    expect(astro).toMatchObject({ title: 'Embedded software; Electrical; Aerospace/controls', company: 'Quillsat', location: 'San Francisco, CA (Onsite)' });
    const payroll = parseHiringLine('San Francisco, Full-time, Intern and H1B OK', ['Company benefits include:', '- Free lunch.', 'Positions we are hiring for:', '- Software engineers.', '- Payroll compliance experts.']);
    expect(payroll.title).toBe('Software engineers; Payroll compliance experts');
    expect(parseHiringLine('Quillon | REMOTE', ["We're hiring for a number of roles:", '+ Smart Contract Developer: https://quillon.example/jobs/2']).title).toBe('Smart Contract Developer');
  });

  it('takes no remark, terms or kind of company in a header part for a role, and reads the roles from the text', () => {
    const following = ['We’re looking for senior full stack engineers / CTO consultants / data scientists for our clients.'];
    expect(parseHiringLine('Blackfin | Dev Shop | Remote (US or Europe) | Contract', following).title).toBe('senior full stack engineers / CTO consultants / data scientists');
    expect(parseHiringLine('Quillon | Albuquerque NM | Full time | (sorry, summer internships have been filled)', ['We are looking for software engineers.']).title).toBe('software engineers');
    expect(parseHiringLine('Quillon | Mountain View, CA or REMOTE | full-time and internships', ['We are looking for designers.']).title).toBe('designers');
  });

  it('reads the place named beyond the terms after a way of working, and no requirement or trailing emphasis as a place', () => {
    expect(parseHiringLine('Quillon | Multiple Roles | Onsite | Full-time | Vienna, VA').location).toBe('Vienna, VA (Onsite)');
    expect(parseHiringLine('Quillon | Hybrid/Onsite | Full-time | Paderborn, Germany').location).toBe('Paderborn, Germany (Hybrid/Onsite)');
    expect(parseHiringLine('Quillon / Mobile Software Engineer/ Fully Remote/ Full-Time/ US Citizen').location).toBe('Fully Remote');
    expect(parseHiringLine('** Quillon | ML Engineers | Full-Time | US REMOTE or ONSITE NYC **')).toMatchObject({ company: 'Quillon', location: 'US REMOTE or ONSITE NYC' });
  });

  it('reads a role without the word asking for it, its purpose or its pay, a placeholder the text does not name, and a company after "At"', () => {
    expect(parseHiringLine('Quillon | Founding engineers sought | Remote').title).toBe('Founding engineers');
    expect(parseHiringLine('Quillon is hiring a Staff level engineer (Python + React) to build a spreadsheet-based data platform').title).toBe('Staff level engineer (Python + React)');
    expect(parseJobAdTitle('Quillon (YC W21) Is Hiring a Founding Engineer to build our agents (Remote)')).toEqual({ title: 'Founding Engineer', company: 'Quillon', location: 'Remote' });
    expect(parseHiringLine("Hi HN! At Mercury Labs we're building compilers for AI chips. We're hiring a Compiler Engineer in Toronto.")).toMatchObject({ title: 'Compiler Engineer', company: 'Mercury Labs' });
    expect(parseHiringLine('Quillon is hiring a Senior Software Engineer and a Staff Data Scientist in Berlin').title, 'two roles a sentence joins').toBe('Senior Software Engineer; Staff Data Scientist');
    // A place after the role's brackets, its way of working after it.
    expect(parseHiringLine('Mercury Labs is hiring a Compiler Engineer (MLIR/LLVM) in Toronto, ON (hybrid).')).toMatchObject({ title: 'Compiler Engineer (MLIR/LLVM)', company: 'Mercury Labs' });
    expect(parseHiringLine('Mercury Labs is hiring a Compiler Engineer (MLIR/LLVM) in Toronto, ON (hybrid).').location).toMatch(/^Toronto, ON/);
    expect(parseHiringLine('Quillon | Various roles | Remote (Americas) | Full-time', ['We build a feature platform.']).title).toBe('Various roles');
    expect(parseHiringLine('Quillon | Various roles | Remote', ['We are looking for data engineers.']).title).toBe('data engineers');
    const pay = ['Senior Software Engineer - $150,000 - $170,000 + bonus', 'Director, User Insights - $234,800 USD + equity'];
    expect(parseHiringLine('Quillon | Remote (US) | Full-time', pay).title).toBe('Senior Software Engineer; Director, User Insights');
    expect(parseHiringLine('At Quillfield we are looking for an Embedded Engineer in Boston.')).toMatchObject({ title: 'Embedded Engineer', company: 'Quillfield' });
  });

  it("reads a bullet's own role before its explanation, not the phrase its explanation hires with, and bullets numbered in brackets", () => {
    const bullets = ["• Research Computing Manager: our team grew, so we're hiring another manager for our group!", '• Research Storage Consultant: help researchers store data'];
    expect(parseHiringLine('Quillon | Palo Alto, CA | Hybrid', bullets).title).toBe('Research Computing Manager; Research Storage Consultant');
    expect(parseHiringLine('Quillon | Tokyo | Onsite', ['* Game Dev: looking for engineers to build our games', '* Full Stack Engineer: build our web tools']).title).toBe('Game Dev; Full Stack Engineer');
    const numbered = ['We are hiring for:', '[1] Senior Open Source Engineer (Canada, Remote)', '[2] Software Engineering Manager (Poland, Remote)', '[3] Security Engineer'];
    expect(parseHiringLine('Quillon | Multiple roles | Remote', numbered).title).toBe('Senior Open Source Engineer (Canada, Remote); Software Engineering Manager (Poland, Remote); Security Engineer');
  });

  it('reads the way of working without the terms before it, and one with a remark after the place', () => {
    expect(parseHiringLine('Quillon | JavaScript Developer | Full-time REMOTE (USA, UK, Hungary)').location).toBe('REMOTE (USA, UK, Hungary)');
    expect(parseHiringLine('Quillon | Back-End Engineer | Cambridge, MA (US) | Hybrid schedule (40% WFH/60% ONSITE) | Full-time').location).toBe(
      'Cambridge, MA (US); Hybrid schedule (40% WFH/60% ONSITE)',
    );
  });

  it('reads a state code after a comma in capitals only: ", or" in a part of pay is no place', () => {
    expect(parseHiringLine('Quillon | Senior Python Engineer | REMOTE | Full-time Salary: 45-70 USD per hour, or 7000 USD a month').location).toBe('REMOTE');
    expect(parseHiringLine('Quillon | Senior Python Engineer | Austin, TX').location).toBe('Austin, TX');
  });

  it('takes a bare domain in a header for the company\'s name, not an address with a path', () => {
    expect(parseHiringLine('Mapsly.com').company).toBe('Mapsly.com');
    expect(parseHiringLine('beHired.com - Fulltime, on-site').company).toBe('beHired.com');
    expect(parseHiringLine('Otterly - otterly.example/jobs - Seattle').company).toBe('Otterly');
    expect(parseHiringLine('jobs.example.com/otterly/123 - Seattle').company).toBeUndefined();
  });

  it('reads a city before its country or state as one place, past the company\'s name', () => {
    expect(parseHiringLine('Webgage, Mumbai, India')).toMatchObject({ company: 'Webgage', location: 'Mumbai, India' });
    expect(parseHiringLine('Tumbleweed, New York, NY (Manhattan)')).toMatchObject({ company: 'Tumbleweed', location: 'New York, NY (Manhattan)' });
    expect(parseHiringLine('Littlefield, Ohio', ['Littlefield builds web apps.'])).toMatchObject({ company: 'Littlefield', location: 'Ohio' });
  });

  it('gives the place without the terms of work around it, and no sentence as a place', () => {
    expect(parseHiringLine('Splaytime -- New York, London, Tokyo. Full-time and contract.').location).toBe('New York, London, Tokyo');
    expect(parseHiringLine('Klassroom - FULLTIME in SAN FRANCISCO, CA').location).toBe('SAN FRANCISCO, CA');
    expect(parseHiringLine('Mendex (Rotterdam, The Netherlands) is on a hiring spree.').location).toBe('Rotterdam, The Netherlands');
    expect(parseHiringLine('Your next opportunity is with us').location).toBeUndefined();
  });

  it('gives a header that is only an address as the title, with no company or place', () => {
    expect(parseHiringLine('https://otterly.de/jobs')).toEqual({ title: 'https://otterly.de/jobs' });
    expect(parseHiringLine('www.otterly.co.uk')).toEqual({ title: 'www.otterly.co.uk' });
  });

  it('leaves the ad\'s addresses out of the title', () => {
    expect(parseHiringLine('QUOBIT | Berlin, Germany | Full-time | ONSITE | https://www.quobit.example/')).toMatchObject({
      title: 'QUOBIT | Berlin, Germany | Full-time | ONSITE',
      company: 'QUOBIT',
    });
    expect(parseHiringLine('Prezo - http://prezo.example/ - San Francisco, CA')).toEqual({ title: 'Prezo - San Francisco, CA', company: 'Prezo', location: 'San Francisco, CA' });
    expect(parseHiringLine('- Ribbonet (https://ribbonet.example) is hiring. Full time in San Francisco. Front-end Developers, Designers.')).toMatchObject({
      title: 'Front-end Developers; Designers',
      company: 'Ribbonet',
    });
  });

  it('keeps a long first line to one readable title', () => {
    const { title } = parseHiringLine(`Otter Works ${'builds tools for very careful people '.repeat(10)}`);
    expect(title.length).toBeLessThanOrEqual(141);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('hackernews URLs', () => {
  it('is a job page on item pages', () => {
    for (const url of hackernews.exampleUrls) expect(adapterForPage(new URL(url))?.id, url).toBe('hackernews');
  });

  it('is not a job page on the front page, lists and user pages', () => {
    for (const url of hackernews.nonJobExampleUrls!) expect(hackernews.isJobPage(new URL(url)), url).toBe(false);
  });
});

describe('Who is hiring thread, 2019–2022 markup', () => {
  const page = () => pageOf(fixture('thread-2021.html'), '29000000');

  it('lists top-level ads, not the reply or a dead comment shown by showdead', () => {
    expect(listings(page()).map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['29000101', 'Applied ML Engineer', 'Harrow Labs', 'Amsterdam (ONSITE)'],
      ['29000104', 'Senior Backend Engineer', 'Tidewell', 'REMOTE (US)'],
    ]);
  });

  it('reads the mid-2018 markup: the text in div.comment > span.c00 (no commtext class), the depth only as the s.gif width', () => {
    const html = fixture('thread-2021.html').replace(/class="commtext (c[0-9a-f]{2})"/g, 'class="$1"').replace(/ indent="\d+"/g, '');
    expect(html).not.toContain('class="commtext');
    const ads = listings(pageOf(html, '29000000'));
    expect(ads.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['29000101', 'Applied ML Engineer', 'Harrow Labs', 'Amsterdam (ONSITE)'],
      ['29000104', 'Senior Backend Engineer', 'Tidewell', 'REMOTE (US)'],
    ]);
    expect(ads[0].job.description).not.toMatch(/reply/);
  });

  it('leaves the "reply" link nested in the comment text out of the description', () => {
    const [first] = listings(page());
    expect(first.job.description).toBe(
      'Harrow Labs | Applied ML Engineer | Amsterdam | ONSITE | Full-time\nWe build forecasting models for energy grids.\nApply: jobs at harrow.example',
    );
    expect(first.job.url).toBe('https://news.ycombinator.com/item?id=29000101');
    expect(first.element.matches('tr.athing.comtr')).toBe(true);
    expect(first.job.badgeAnchor?.matches('.comhead')).toBe(true);
  });

  it('reads the thread under its other spelling, and not "Who wants to be hired?" or "Freelancer?"', () => {
    const retitle = (title: string) => fixture('thread-2021.html').replaceAll('Ask HN: Who is hiring? (November 2021)', title);
    expect(listings(pageOf(retitle("Ask HN: Who's hiring? (November 2021)"), '29000000'))).toHaveLength(2);
    expect(listings(pageOf(retitle('Ask HN: Who wants to be hired? (November 2021)'), '29000000'))).toEqual([]);
    expect(listings(pageOf(retitle('Ask HN: Freelancer? Seeking freelancer? (November 2021)'), '29000000'))).toEqual([]);
  });

  it('is no open job: the thread is a story with a score and an author', () => {
    expect(readPage(hackernews, page()).detail).toBeNull();
  });
});

describe('YC job ads (/jobs and a job\'s own page)', () => {
  const jobsPage = (html = fixture('jobs-list.html')): PageContext => ({
    url: new URL('https://news.ycombinator.com/jobs'),
    document: new DOMParser().parseFromString(html, 'text/html'),
  });

  it('lists each ad of /jobs with the role, company and place from its title', () => {
    const { cards, detail } = readPage(hackernews, jobsPage());
    expect(cards.map(({ job }) => ({ id: job.id, title: job.title, company: job.company, location: job.location, url: job.url }))).toEqual([
      { id: '47100001', title: 'Founding Engineer', company: 'Lanternly', location: 'Remote', url: 'https://news.ycombinator.com/item?id=47100001' },
      { id: '47100002', title: 'Senior Backend Engineer', company: 'Tidewell', location: 'Berlin', url: 'https://news.ycombinator.com/item?id=47100002' },
      { id: '47100003', title: 'Applied AI Engineers', company: 'Quillmark', location: 'London', url: 'https://news.ycombinator.com/item?id=47100003' },
    ]);
    expect(detail).toBeNull();
  });

  it('marks the ad row and badges its title line, not the "More" link', () => {
    const { cards } = readPage(hackernews, jobsPage());
    expect(cards[0].element.matches('tr.athing.submission')).toBe(true);
    expect(cards[0].job.badgeAnchor?.matches('.titleline')).toBe(true);
    expect(cards.some(({ element }) => element.querySelector('.morelink'))).toBe(false);
  });

  it('reads the 2014–2021 rows (a.titlelink in td.title, no titleline)', () => {
    const html = fixture('jobs-list.html')
      .replace(/<span class="titleline">(<a [^>]*>[^<]*<\/a>)(<span class="sitebit[\s\S]*?<\/span><\/span>)?<\/span>/g, (_, a: string) => a.replace('<a ', '<a class="titlelink" '))
      .replaceAll('athing submission', 'athing');
    expect(readPage(hackernews, jobsPage(html)).cards.map(({ job }) => job.id)).toEqual(['47100001', '47100002', '47100003']);
  });

  it('reads a job ad\'s own page as the open job, with its text', () => {
    const { cards, detail } = readPage(hackernews, pageOf(fixture('job-item.html'), '47100002'));
    expect(detail).toMatchObject({ id: '47100002', title: 'Senior Backend Engineer', company: 'Tidewell', location: 'Berlin' });
    expect(detail!.description).toContain('payments for marinas');
    expect(detail!.element.id).toBe('47100002');
    expect(detail!.badgeAnchor?.matches('.titleline')).toBe(true);
    expect(cards).toEqual([]);
  });

  it('is no job ad for a story with a score and an author', () => {
    const html = fixture('job-item.html').replace('<span class="age"', '<span class="score">12 points</span> by <a href="user?id=x" class="hnuser">x</a> <span class="age"');
    expect(readPage(hackernews, pageOf(html, '47100002')).detail).toBeNull();
  });

  it('parses the usual ad title shapes', () => {
    expect(parseJobAdTitle('Acme (YC W21) Is Hiring')).toEqual({ title: 'Acme (YC W21) Is Hiring', company: 'Acme' });
    expect(parseJobAdTitle('Wombat Health (YC S20) is hiring an ML Engineer')).toEqual({ title: 'ML Engineer', company: 'Wombat Health', location: undefined });
  });
});
