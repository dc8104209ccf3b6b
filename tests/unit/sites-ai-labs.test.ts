import { describe, expect, it } from 'vitest';
import { aiLabs, ownJobIdOf } from '../../lib/sites/ai-labs';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe("AI companies' careers pages", () => {
  it("reads xAI's open roles from their links to Greenhouse: the title, the place beside it, xAI's name, Greenhouse's id", () => {
    const { cards, detail } = readPage(aiLabs, loadFixture('ailabs', 'xai-open-roles.html', 'https://x.ai/careers/open-roles?dept=4024733007'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['4956028007', 'Member of Technical Staff, Inference', 'xAI', 'Palo Alto, CA', 'https://job-boards.greenhouse.io/xai/jobs/4956028007'],
      ['4956028107', 'Forward Deployed Engineer, Government', 'xAI', 'Washington, DC', 'https://job-boards.greenhouse.io/xai/jobs/4956028107'],
      ['4956028207', 'Executive Assistant <img src=x onerror=alert(1)>', 'xAI', 'Memphis, TN', 'https://job-boards.greenhouse.io/xai/jobs/4956028207'],
    ]);
    expect(detail).toBeNull();
  });

  it("reads Google DeepMind's roles, each link holding its title and place", () => {
    const page = loadFixture('ailabs', 'deepmind-careers.html', 'https://deepmind.google/about/careers/?category=engineering#open-roles');
    const { cards } = readPage(aiLabs, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['7339604', 'Research Engineer, Gemini Post-Training', 'Google DeepMind', 'London, UK'],
      ['7651614', 'Applied AI Engineer, Customer Deployments', 'Google DeepMind', 'Mountain View, California, US'],
      ['7102795', 'Program Manager', 'Google DeepMind', 'Zurich, Switzerland'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h3'));
  });

  it("reads links to Lever and Ashby postings, and a list of the company's own job pages (Scale AI's, Databricks')", () => {
    const palantir = '<ul><li><a href="https://jobs.lever.co/palantir/0b9e2f4c-1d3a-4b5c-8e7f-6a5b4c3d2e1f">Forward Deployed Software Engineer</a></li></ul>';
    expect(readPage(aiLabs, pageFromHtml(palantir, 'https://www.palantir.com/careers/open-positions/')).cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([
      ['0b9e2f4c-1d3a-4b5c-8e7f-6a5b4c3d2e1f', 'Forward Deployed Software Engineer', 'Palantir'],
    ]);
    const cohere = '<ul><li><a href="https://jobs.ashbyhq.com/cohere/8f2b1c7e-3a4d-4e5f-9a0b-1c2d3e4f5a6b">Member of Technical Staff, Pretraining</a></li></ul>';
    expect(readPage(aiLabs, pageFromHtml(cohere, 'https://cohere.com/careers')).cards.map(({ job }) => [job.id, job.company])).toEqual([['8f2b1c7e-3a4d-4e5f-9a0b-1c2d3e4f5a6b', 'Cohere']]);
    const scale = '<a href="/careers">Careers</a><ul><li><a href="/careers/4593571005">Machine Learning Engineer, Agents</a></li></ul>';
    expect(readPage(aiLabs, pageFromHtml(scale, 'https://scale.com/careers')).cards.map(({ job }) => [job.id, job.title, job.company, job.url])).toEqual([
      ['4593571005', 'Machine Learning Engineer, Agents', 'Scale AI', 'https://scale.com/careers/4593571005'],
    ]);
    const databricks = '<ul><li><a href="/company/careers/open-positions/job?gh_jid=8029677002">Solutions Architect, GenAI</a></li></ul>';
    expect(readPage(aiLabs, pageFromHtml(databricks, 'https://www.databricks.com/company/careers/open-positions')).cards.map(({ job }) => [job.id, job.title])).toEqual([
      ['8029677002', 'Solutions Architect, GenAI'],
    ]);
  });

  it("reads Helsing's and ElevenLabs' lists of their own job pages, under their Greenhouse and Ashby ids", () => {
    const helsing = '<ul><li><a href="/jobs/4334849101?gh_jid=4334849101">Machine Learning Engineer, Perception</a></li></ul>';
    expect(readPage(aiLabs, pageFromHtml(helsing, 'https://helsing.ai/jobs')).cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([
      ['4334849101', 'Machine Learning Engineer, Perception', 'Helsing'],
    ]);
    const elevenlabs = '<a href="/careers/positions">All positions</a><ul><li><a href="/careers/ADA7CD2C-8B9F-4F19-A88B-7C2CA1BE1FDE/forward-deployed-engineer">Forward Deployed Engineer</a></li></ul>';
    expect(readPage(aiLabs, pageFromHtml(elevenlabs, 'https://elevenlabs.io/careers/positions')).cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([
      ['ada7cd2c-8b9f-4f19-a88b-7c2ca1be1fde', 'Forward Deployed Engineer', 'ElevenLabs'],
    ]);
  });

  it("reads a job page of the company's own as a posting in its own design, under its Greenhouse id", () => {
    const page = loadFixture('ailabs', 'scale-job.html', 'https://scale.com/careers/4593571005');
    const { detail, cards } = readPage(aiLabs, page);
    expect(detail).toMatchObject({ id: '4593571005', title: 'Machine Learning Engineer, Agents', company: 'Scale AI', url: 'https://scale.com/careers/4593571005' });
    expect(detail!.description).toContain('Build evaluation pipelines and benchmarks');
    expect(cards).toEqual([]);
  });

  it("reads Lambda's featured roles, whose links say only \"Apply now\", by the heading of the card around each link", () => {
    const page = loadFixture('ailabs', 'lambda-careers.html', 'https://lambda.ai/careers');
    const { cards } = readPage(aiLabs, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['5d1e7a20-3b4c-4d5e-8f90-a1b2c3d4e5f6', 'Senior Software Engineer - Inference Cloud', 'Lambda', 'San Francisco, CA / Seattle, WA', 'https://jobs.ashbyhq.com/lambda/5d1e7a20-3b4c-4d5e-8f90-a1b2c3d4e5f6'],
      ['6e2f8b31-4c5d-4e6f-9a01-b2c3d4e5f607', 'Solutions Engineer, Enterprise AI', 'Lambda', 'Remote, US', 'https://jobs.ashbyhq.com/lambda/6e2f8b31-4c5d-4e6f-9a01-b2c3d4e5f607'],
      ['7f3a9c42-5d6e-4f70-8b12-c3d4e5f60718', 'Data Center Technician <script>alert(1)</script>', 'Lambda', 'Allen, TX', 'https://jobs.ashbyhq.com/lambda/7f3a9c42-5d6e-4f70-8b12-c3d4e5f60718'],
    ]);
    expect(cards.map(({ job }) => job.badgeAnchor)).toEqual([...page.document.querySelectorAll('h6')]);
    expect(cards.map(({ element }) => element.className)).toEqual(Array(3).fill('_featuredJob_x7k2p_1 grid-x'));
  });

  it('reads an "Apply" link beside its heading elsewhere too, marking and badging the link, as its card is found by it', () => {
    const html = '<div class="role"><h4>Inference Engineer</h4><p>Remote</p><a href="https://jobs.ashbyhq.com/cerebras/9c7da4b8-446b-4bf2-8d07-23241590bf2e">Apply</a></div>';
    const page = pageFromHtml(html, 'https://www.cerebras.ai/open-positions');
    const [card, ...rest] = readPage(aiLabs, page).cards;
    expect(rest).toEqual([]);
    expect([card.job.id, card.job.title, card.job.location]).toEqual(['9c7da4b8-446b-4bf2-8d07-23241590bf2e', 'Inference Engineer', 'Remote']);
    expect(card.element).toBe(page.document.querySelector('a'));
    expect(card.job.badgeAnchor).toBe(card.element);
  });

  it('takes no heading for an "Apply now" link from a card that holds other links, nor one naming no role, nor from a card with none', () => {
    const shared = '<section><h3>Open roles</h3><div><a href="https://jobs.ashbyhq.com/lambda/5d1e7a20-3b4c-4d5e-8f90-a1b2c3d4e5f6">Apply now</a><a href="https://jobs.ashbyhq.com/lambda/6e2f8b31-4c5d-4e6f-9a01-b2c3d4e5f607">Apply now</a></div></section>';
    expect(readPage(aiLabs, pageFromHtml(shared, 'https://lambda.ai/careers')).cards).toEqual([]);
    const bare = '<div><div><a href="https://jobs.ashbyhq.com/lambda/5d1e7a20-3b4c-4d5e-8f90-a1b2c3d4e5f6">Apply now</a></div></div>';
    expect(readPage(aiLabs, pageFromHtml(bare, 'https://lambda.ai/careers')).cards).toEqual([]);
    const section = '<section><h2>Careers</h2><div><a href="https://jobs.ashbyhq.com/lambda/5d1e7a20-3b4c-4d5e-8f90-a1b2c3d4e5f6">Apply now</a></div></section>';
    expect(readPage(aiLabs, pageFromHtml(section, 'https://lambda.ai/careers')).cards).toEqual([]);
  });

  it("reads Cerebras' list from its links to Greenhouse (until 2026) and to Ashby (since)", () => {
    const html =
      '<ul><li><a href="https://job-boards.greenhouse.io/cerebrassystems/jobs/7763907003"><h4>ML Kernel Engineer</h4><p>Sunnyvale, CA</p></a></li>' +
      '<li><a href="https://jobs.ashbyhq.com/cerebras/9c7da4b8-446b-4bf2-8d07-23241590bf2e"><h4>Applied AI Engineer, Customer Deployments</h4><p>Toronto, Canada</p></a></li></ul>';
    expect(readPage(aiLabs, pageFromHtml(html, 'https://www.cerebras.ai/open-positions')).cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['7763907003', 'ML Kernel Engineer', 'Cerebras', 'Sunnyvale, CA'],
      ['9c7da4b8-446b-4bf2-8d07-23241590bf2e', 'Applied AI Engineer, Customer Deployments', 'Cerebras', 'Toronto, Canada'],
    ]);
  });

  it("reads lists of the companies' own job pages: CoreWeave's and Stability AI's under Greenhouse ids, Poolside's and Sierra's under Ashby ids, each at its address without the rest of its query", () => {
    const cases: [string, string, string, string, string][] = [
      ['https://www.coreweave.com/careers', '<a href="https://coreweave.com/careers/job?4609928006&amp;board=coreweave&amp;gh_jid=4609928006">Senior Engineer, Inference Platform</a>', '4609928006', 'CoreWeave', 'https://coreweave.com/careers/job?gh_jid=4609928006'],
      ['https://stability.ai/careers', '<a href="/careers?gh_jid=4712826101">Research Scientist, Video Generation</a>', '4712826101', 'Stability AI', 'https://stability.ai/careers?gh_jid=4712826101'],
      ['https://poolside.ai/careers', '<a href="/careers/member-of-engineering-evaluations--BA11FE78-F6F6-4165-B76B-020A46AD8FEE">Member of Engineering (Evaluations)</a>', 'ba11fe78-f6f6-4165-b76b-020a46ad8fee', 'Poolside', 'https://poolside.ai/careers/member-of-engineering-evaluations--BA11FE78-F6F6-4165-B76B-020A46AD8FEE'],
      ['https://sierra.ai/careers', '<a href="/careers/3d62ba98-9f6f-43d6-9429-8818447bf068">Agent Engineer</a><a href="/careers/engineering">Engineering at Sierra</a>', '3d62ba98-9f6f-43d6-9429-8818447bf068', 'Sierra', 'https://sierra.ai/careers/3d62ba98-9f6f-43d6-9429-8818447bf068'],
    ];
    for (const [url, links, id, company, address] of cases) {
      expect(readPage(aiLabs, pageFromHtml(`<ul><li>${links}</li></ul>`, url)).cards.map(({ job }) => [job.id, job.company, job.url])).toEqual([[id, company, address]]);
    }
    expect(readPage(aiLabs, pageFromHtml('<a href="/careers?gh_jid=4712826101">Research Scientist</a>', 'https://runwayml.com/careers')).cards).toEqual([]);
  });

  it("reads Physical Intelligence's and LangChain's lists of jobs shown on the page itself (`?ashby_jid=`), keeping that query in the job's address and dropping tracking ones", () => {
    const pi = '<section><button aria-expanded="true">Research</button><ul><li><a href="?ashby_jid=6F1A2B3C-4D5E-4F60-8172-93A4B5C6D7E8">Research Engineer, Robot Learning</a></li></ul></section>';
    expect(readPage(aiLabs, pageFromHtml(pi, 'https://www.pi.website/join-us')).cards.map(({ job }) => [job.id, job.title, job.company, job.url])).toEqual([
      ['6f1a2b3c-4d5e-4f60-8172-93a4b5c6d7e8', 'Research Engineer, Robot Learning', 'Physical Intelligence', 'https://www.pi.website/join-us?ashby_jid=6f1a2b3c-4d5e-4f60-8172-93a4b5c6d7e8'],
    ]);
    const langchain = '<ul><li><a href="/careers?ashby_jid=fc868832-3865-4f4a-8222-33422a7d3d96&amp;utm_source=x">Deployed Engineer</a></li></ul>';
    expect(readPage(aiLabs, pageFromHtml(langchain, 'https://www.langchain.com/careers')).cards.map(({ job }) => [job.id, job.company, job.url])).toEqual([
      ['fc868832-3865-4f4a-8222-33422a7d3d96', 'LangChain', 'https://www.langchain.com/careers?ashby_jid=fc868832-3865-4f4a-8222-33422a7d3d96'],
    ]);
  });

  it("reads Cursor's job pages, named by their role alone, and no other page under its careers path", () => {
    const html =
      '<nav><a href="/careers">Careers</a></nav><ul><li><a href="/careers/software-engineer-storage">Software Engineer, Storage</a></li>' +
      '<li><a href="/careers/head-of-apj-field-marketing">Head of APJ Field Marketing</a></li></ul><a href="/careers/life-at-cursor">Life at Cursor</a>';
    expect(readPage(aiLabs, pageFromHtml(html, 'https://cursor.com/careers')).cards.map(({ job }) => [job.id, job.title, job.company, job.url])).toEqual([
      ['software-engineer-storage', 'Software Engineer, Storage', 'Cursor', 'https://cursor.com/careers/software-engineer-storage'],
      ['head-of-apj-field-marketing', 'Head of APJ Field Marketing', 'Cursor', 'https://cursor.com/careers/head-of-apj-field-marketing'],
    ]);
    const job = '<main><h1>Software Engineer, Storage</h1><p>San Francisco</p><h2>About the role</h2><p>Build the storage systems that index codebases for our agents. ' + 'You will own services end to end. '.repeat(20) + '</p><h2>What you will do</h2><ul><li>Design and run distributed storage.</li></ul><h2>Requirements</h2><ul><li>Experience with databases.</li></ul><a href="https://jobs.ashbyhq.com/cursor/919b3d00-fef8-4038-8b71-165fae5d54e7/application">Apply for this job</a></main>';
    const { detail } = readPage(aiLabs, pageFromHtml(job, 'https://cursor.com/careers/software-engineer-storage'));
    expect(detail).toMatchObject({ id: 'software-engineer-storage', title: 'Software Engineer, Storage', company: 'Cursor', url: 'https://cursor.com/careers/software-engineer-storage' });
    expect(readPage(aiLabs, pageFromHtml(job, 'https://cursor.com/careers/life-at-cursor')).detail).toBeNull();
    // A page about a product ("background agents", "GPU drivers") is no role.
    for (const slug of ['background-agents', 'gpu-drivers', 'quantum-mechanics']) expect(ownJobIdOf(new URL(`https://cursor.com/careers/${slug}`)), slug).toBeUndefined();
  });

  it("reads no job at the list's address, nor a link that is no posting", () => {
    const html = '<a href="https://job-boards.greenhouse.io/xai">All jobs</a><a href="https://x.ai/careers/open-roles">Open roles</a>';
    expect(readPage(aiLabs, pageFromHtml(html, 'https://x.ai/careers')).cards).toEqual([]);
    expect(readPage(aiLabs, pageFromHtml('<h1>Careers</h1>', 'https://scale.com/careers')).detail).toBeNull();
  });
});
