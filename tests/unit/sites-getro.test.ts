import { describe, expect, it } from 'vitest';
import { getro } from '../../lib/sites/getro';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://jobs.accel.com/jobs?q=ai';
const JOB = 'https://jobs.accel.com/companies/lattice-forge/jobs/90211044-forward-deployed-ai-engineer';

describe('Getro job boards (funds\' portfolio jobs)', () => {
  it("reads each card's microdata: the id its title link names, the title (markup in it kept as text), the portfolio company, every place", () => {
    const { cards } = readPage(getro, loadFixture('getro', 'jobs.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['90211044', 'Forward Deployed AI Engineer', 'Lattice Forge', 'London, UK; Remote, Europe', `${JOB}`],
      ['90211045', 'ML Inference Platform Engineer', 'Quanta Loom', 'Berlin, Germany', 'https://jobs.accel.com/companies/quanta-loom/jobs/90211045-ml-inference-platform-engineer'],
      ['90211046', 'Office Manager <img src=x onerror=alert(1)>', 'Quanta Loom', 'Berlin, Germany', 'https://jobs.accel.com/companies/quanta-loom/jobs/90211046-office-manager'],
    ]);
    expect(cards[0].job.badgeAnchor?.getAttribute('data-testid')).toBe('job-title-link');
  });

  it('reads a card without microdata by its title link and company link', () => {
    const html = `<div class="job-card" data-testid="job-list-item"><h4><a data-testid="job-title-link" href="/companies/quanta-loom/jobs/90211047-data-engineer#content">Data Engineer</a></h4>
      <a data-testid="company-link" href="/companies/quanta-loom#content">Quanta Loom</a></div>
      <div class="job-card" data-testid="job-list-item"><a data-testid="job-title-link" href="/companies/quanta-loom#content">Quanta Loom</a></div>`;
    const { cards } = readPage(getro, pageFromHtml(html, 'https://indexventures.getro.com/jobs'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['90211047', 'Data Engineer', 'Quanta Loom', undefined]]);
  });
});

describe('Getro job page', () => {
  it("reads the app's data of the job at this address: title, company, places, and the posting as the page shows it", () => {
    const { detail } = readPage(getro, loadFixture('getro', 'job.html', JOB));
    expect(detail).toMatchObject({ id: '90211044', title: 'Forward Deployed AI Engineer', company: 'Lattice Forge', location: 'London, UK; Remote, Europe', url: JOB });
    expect(detail!.description).toContain("deploy our models into their systems.\nAdapt retrieval pipelines to each customer's data");
    expect(detail!.badgeAnchor?.tagName).toBe('H2');
  });

  it("does not take another job's data (the app's data is the page's as served): the page's own heading and posting then", () => {
    const html = loadFixture('getro', 'job.html', JOB).document.documentElement.outerHTML;
    const { detail } = readPage(getro, pageFromHtml(html, 'https://jobs.accel.com/companies/lattice-forge/jobs/90211099-other-job'));
    expect(detail).toMatchObject({ id: '90211099', title: 'Forward Deployed AI Engineer', company: undefined, location: undefined });
  });

  it('reads no job where the page has neither the data nor the posting', () => {
    expect(readPage(getro, pageFromHtml('<h2>Page not found</h2>', JOB)).detail).toBeNull();
  });
});

describe("Getro boards on other funds' hosts (recognized by Getro's assets, for parse and \"Analyze this page\")", () => {
  it("is recognized with its list or a job page at Getro's paths, and reads its own addresses' ids", () => {
    const own = loadFixture('getro', 'jobs.html', 'https://talent.northbrook.example/jobs');
    expect(getro.isJobPage(own.url)).toBe(false);
    expect(recognizedAdapter(own)).toBe(getro);
    expect(readPage(getro, own).cards.map(({ job }) => job.id)).toEqual(['90211044', '90211045', '90211046']);
    const ownJob = loadFixture('getro', 'job.html', 'https://talent.northbrook.example/companies/lattice-forge/jobs/90211044-forward-deployed-ai-engineer');
    expect(recognizedAdapter(ownJob)).toBe(getro);
    expect(readPage(getro, ownJob).detail?.id).toBe('90211044');
  });

  it("is not recognized without Getro's assets, nor on a page of neither kind", () => {
    expect(recognizedAdapter(pageFromHtml('<div data-testid="job-list-item"><a data-testid="job-title-link" href="/companies/a/jobs/1-x">X</a></div>', 'https://jobs.acme.example/jobs'))).toBeNull();
    expect(recognizedAdapter(pageFromHtml('<script src="https://cdn.getro.com/assets/_next/app.js"></script><h1>About us</h1>', 'https://jobs.acme.example/about'))).toBeNull();
  });
});
