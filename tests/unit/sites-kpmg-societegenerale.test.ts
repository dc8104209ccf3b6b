import { describe, expect, it } from 'vitest';
import { kpmg } from '../../lib/sites/kpmg';
import { readPage } from '../../lib/sites/read-page';
import { societegenerale } from '../../lib/sites/societegenerale';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('KPMG US Careers', () => {
  it("reads each result once from its list row: the jobId its link names, the title (markup kept as text), the places after the practice; a tile alone by its title", () => {
    const page = loadFixture('kpmg', 'search.html', 'https://www.kpmguscareers.com/job-search/?keyword=ai');
    const { cards, detail } = readPage(kpmg, page);
    expect(cardRows(cards)).toEqual([
      ['140101', 'AI Engineer, Client Solutions - Senior Associate', 'KPMG', 'Dallas, TX; New York, NY; Chicago, IL'],
      ['140102-B', 'Tax Senior <img src=x onerror=alert(1)>', 'KPMG', 'Atlanta, GA'],
      ['140103', 'Machine Learning Platform Intern', 'KPMG', undefined],
    ]);
    expect(cards[1].job.url).toBe('https://www.kpmguscareers.com/jobdetail/?jobId=140102-B');
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a[href="/jobdetail/?jobId=140101"]'));
    expect(detail).toBeNull();
  });

  it('reads a job split over two results (more than 49 offices) once', () => {
    const result = (cardId: string, places: string) =>
      `<div class="search--item"><a href="/jobdetail/?jobId=140200" data-id="${cardId}"><div class="list-view"><div class="h5">Audit Senior</div><div class="text-xs">Audit | ${places}</div></div></a></div>`;
    const html = result('1', 'Albany, NY; Atlanta, GA') + result('2', 'Boise, ID');
    expect(cardRows(readPage(kpmg, pageFromHtml(html, 'https://www.kpmguscareers.com/job-search/')).cards)).toEqual([['140200', 'Audit Senior', 'KPMG', 'Albany, NY; Atlanta, GA']]);
  });

  it('reads no result without a link to a job', () => {
    const html = '<div class="search--item"><a href="/job-search/?keyword=tax"><div class="list-view"><div class="h5">Tax jobs</div></div></a></div>';
    expect(readPage(kpmg, pageFromHtml(html, 'https://www.kpmguscareers.com/job-search/')).cards).toEqual([]);
  });

  it("reads a job's page from its JobPosting data, with every office the page lists", () => {
    const url = 'https://www.kpmguscareers.com/jobdetail/?jobId=140101';
    const { detail } = readPage(kpmg, loadFixture('kpmg', 'job.html', `${url}&srcCat=Job+Boards`));
    expect(detail).toMatchObject({ id: '140101', title: 'AI Engineer, Client Solutions - Senior Associate', company: 'KPMG', location: 'Dallas, TX; New York, NY; Chicago, IL', url });
    expect(detail!.description).toContain("Integrate the assistants into each client's systems.");
  });

  it('reads no job on a page that says the posting is gone', () => {
    const html = '<title>Job Posting Not Found | KPMG US Careers</title><h1>Job Posting Not Found</h1><p>Search our open jobs.</p>';
    expect(readPage(kpmg, pageFromHtml(html, 'https://www.kpmguscareers.com/jobdetail/?jobId=100001')).detail).toBeNull();
  });

  it('reads its search and job pages only', () => {
    for (const url of ['https://www.kpmguscareers.com/job-search/', 'https://www.kpmguscareers.com/jobdetail/?jobId=133741']) expect(kpmg.isJobPage(new URL(url)), url).toBe(true);
    for (const url of ['https://www.kpmguscareers.com/', 'https://www.kpmguscareers.com/jobdetail/', 'https://kpmg.com/jobdetail/?jobId=133741']) expect(kpmg.isJobPage(new URL(url)), url).toBe(false);
  });
});

describe('Société Générale Careers', () => {
  it('reads each offer: the reference its link names, the title (markup kept as text), the first tag as its place', () => {
    const page = loadFixture('societegenerale', 'search.html', 'https://careers.societegenerale.com/en/Technical/all-job-offers');
    const { cards, detail } = readPage(societegenerale, page);
    expect(cardRows(cards)).toEqual([
      ['26000AA1', 'Machine Learning Engineer - Risk Models', 'Société Générale', 'Paris, France'],
      ['26000AA2', 'AI Solutions Consultant - Corporate Clients', 'Société Générale', 'Bangalore, India'],
      ['26000AA3', 'Branch Advisor <script>alert(1)</script>', 'Société Générale', undefined],
    ]);
    expect(cards[0].job.url).toBe('https://careers.societegenerale.com/en/job-offers/machine-learning-engineer-risk-models-26000AA1-en');
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a.offer__link'));
    expect(detail).toBeNull();
  });

  it("reads an offer's page from its JobPosting data", () => {
    const url = 'https://careers.societegenerale.com/en/job-offers/machine-learning-engineer-risk-models-26000AA1-en';
    const { detail } = readPage(societegenerale, loadFixture('societegenerale', 'job.html', `${url}?utm_source=x`));
    expect(detail).toMatchObject({ id: '26000AA1', title: 'Machine Learning Engineer - Risk Models', company: 'Société Générale', location: 'Paris, France', url });
    expect(detail!.description).toContain('Build the shared feature pipeline used by every risk team.');
  });

  it('reads its offers in English and French only, not the rest of the site', () => {
    for (const url of ['https://careers.societegenerale.com/fr/Technical/toutes-les-offres', 'https://careers.societegenerale.com/offres-d-emploi/ingenieur-data-26000JKI-fr']) expect(societegenerale.isJobPage(new URL(url)), url).toBe(true);
    for (const url of ['https://careers.societegenerale.com/en', 'https://careers.societegenerale.com/en/job-offers/delivery-manager', 'https://www.societegenerale.com/en/job-offers/x-26000JKI-en']) expect(societegenerale.isJobPage(new URL(url)), url).toBe(false);
  });
});
