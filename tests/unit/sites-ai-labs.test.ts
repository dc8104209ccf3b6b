import { describe, expect, it } from 'vitest';
import { aiLabs } from '../../lib/sites/ai-labs';
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

  it("reads no job at the list's address, nor a link that is no posting", () => {
    const html = '<a href="https://job-boards.greenhouse.io/xai">All jobs</a><a href="https://x.ai/careers/open-roles">Open roles</a>';
    expect(readPage(aiLabs, pageFromHtml(html, 'https://x.ai/careers')).cards).toEqual([]);
    expect(readPage(aiLabs, pageFromHtml('<h1>Careers</h1>', 'https://scale.com/careers')).detail).toBeNull();
  });
});
