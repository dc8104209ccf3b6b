import { describe, expect, it } from 'vitest';
import { apple } from '../../lib/sites/apple';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://jobs.apple.com/en-us/search?search=machine%20learning&sort=relevance';

describe('Apple Careers search', () => {
  it('reads each result once: id with its location suffix, title, place after the "Location" label, in this locale', () => {
    const { cards, detail } = readPage(apple, loadFixture('apple', 'search.html', SEARCH));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['200000001-0836', 'Machine Learning Engineer, Model Inference', 'Apple', 'Cupertino'],
      ['200000002-3956', 'Retail Store Leader', 'Apple', 'Various Locations within Texas'],
      ['200000003-0157', 'AI Solutions Engineer, Enterprise & Education', 'Apple', 'New York City'],
    ]);
    expect(cards[0].element.tagName).toBe('LI');
    expect(cards[0].job.badgeAnchor?.tagName).toBe('H3');
    expect(cards[0].job.url).toBe('https://jobs.apple.com/en-us/details/200000001-0836');
    expect(detail).toBeNull();
  });

  it('reads the 2024 result table, whose job links carry no location suffix', () => {
    const { cards } = readPage(apple, loadFixture('apple', 'search-2024.html', 'https://jobs.apple.com/en-gb/search?search=ai'));
    expect(cards.map(({ job }) => [job.id, job.title, job.location, job.url])).toEqual([
      ['200000011', 'Applied Research Scientist, Siri', 'London', 'https://jobs.apple.com/en-gb/details/200000011'],
      ['200000012', 'Technical Specialist', 'Manchester', 'https://jobs.apple.com/en-gb/details/200000012'],
    ]);
  });

  it('skips a row whose link is no job and keeps hostile text as text', () => {
    const html = `<ul id="search-job-list"><li><h3><a href="/en-us/search?team=SFTWR">Software</a></h3></li>
      <li><h3><a href="/en-us/details/200000009/x">&lt;img src=x onerror=alert(1)&gt; ML Engineer</a></h3></li></ul>`;
    const { cards } = readPage(apple, pageFromHtml(html, SEARCH));
    expect(cards.map(({ job }) => [job.id, job.title])).toEqual([['200000009', '<img src=x onerror=alert(1)> ML Engineer']]);
  });
});

describe('Apple Careers job page', () => {
  const url = 'https://jobs.apple.com/en-us/details/200000001-0836/machine-learning-engineer-model-inference?team=SFTWR';

  it('reads the title, place and every section of the posting', () => {
    const page = loadFixture('apple', 'job.html', url);
    const { detail } = readPage(apple, page);
    expect(detail).toMatchObject({
      id: '200000001-0836',
      title: 'Machine Learning Engineer, Model Inference',
      company: 'Apple',
      location: 'Cupertino, California, United States',
    });
    expect(detail!.description).toContain('You will optimize model inference, quantization and serving');
    expect(detail!.description).toContain('PyTorch, CUDA or Metal.');
    expect(detail!.description).not.toContain('Search jobs');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('reads the 2024 job page and nothing on a page with no posting title', () => {
    const old = `<main><h1 id="jdPostingTitle" itemprop="title">Data Scientist</h1><div id="job-location-name">London</div>
      <div id="jd-description">Build models that forecast demand.</div></main>`;
    expect(readPage(apple, pageFromHtml(old, 'https://jobs.apple.com/en-gb/details/200550159/data-scientist')).detail).toMatchObject({
      id: '200550159',
      title: 'Data Scientist',
      location: 'London',
      description: 'Build models that forecast demand.',
    });
    expect(readPage(apple, pageFromHtml('<main><h1>Careers at Apple</h1></main>', url)).detail).toBeNull();
  });
});
