import { describe, expect, it } from 'vitest';
import { careerjet } from '../../lib/sites/careerjet';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Careerjet lists', () => {
  it('reads each card by the job its data-url names: the whole title from its link, the company and place', () => {
    const page = loadFixture('careerjet', 'search.html', 'https://www.careerjet.co.uk/jobs?s=machine+learning&l=London');
    const { cards, detail } = readPage(careerjet, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['gb0a1b2c3d4e5f60718293a4b5c6d7e8f9', 'Senior Machine Learning Engineer - Model Serving Platform', 'Thames Tensor Ltd', 'London', 'https://www.careerjet.co.uk/jobad/gb0a1b2c3d4e5f60718293a4b5c6d7e8f9'],
      ['gb1122334455667788990011aabbccddee', 'Forward Deployed AI Engineer', 'Quayside AI', 'Manchester', 'https://www.careerjet.co.uk/jobad/gb1122334455667788990011aabbccddee'],
      ['gbffeeddccbbaa00998877665544332211', 'Receptionist <script>alert(1)</script>', undefined, undefined, 'https://www.careerjet.co.uk/jobad/gbffeeddccbbaa00998877665544332211'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('article.job h2 a'));
    expect(detail).toBeNull();
  });

  it("reads Optioncarriere's cards, and none whose link names another job than its data-url", () => {
    const html = `<article class="job clicky" data-url="/jobad/tn63f4f57ab530462b96c79bddb6dc07ad"><header><h2><a href="/jobad/tn63f4f57ab530462b96c79bddb6dc07ad">Data Scientist</a></h2></header><p class="company">Carthage Data</p><ul class="location"><li>Tunis</li></ul></article>
      <article class="job clicky" data-url="/jobad/tn00000000000000000000000000000001"><header><h2><a href="/jobad/tn00000000000000000000000000000002">ML Engineer</a></h2></header></article>`;
    const { cards } = readPage(careerjet, pageFromHtml(html, 'https://www.optioncarriere.tn/emploi?s=data&l=Tunisie'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['tn63f4f57ab530462b96c79bddb6dc07ad', 'Data Scientist', 'Carthage Data', 'Tunis']]);
  });
});

describe('Careerjet job page', () => {
  it("reads the job's header (title, company, the place first among its details) and the posting, not the similar jobs' cards as it", () => {
    const page = loadFixture('careerjet', 'jobad.html', 'https://www.careerjet.co.uk/jobad/gb5566778899aabbccddeeff0011223344');
    const { detail, cards } = readPage(careerjet, page);
    expect(detail).toMatchObject({ id: 'gb5566778899aabbccddeeff0011223344', title: 'AI Solutions Engineer', company: 'Pennine Analytics', location: 'Leeds' });
    expect(detail!.description).toContain("fit our language models into their claims and billing systems");
    expect(detail!.description).not.toContain('Apply now');
    expect(cards.map(({ job }) => job.title)).toEqual(['Data Engineer']);
  });

  it('reads no job on an address that names none', () => {
    expect(readPage(careerjet, pageFromHtml('<h1>Jobs</h1>', 'https://www.careerjet.com/jobad/not-an-id')).detail).toBeNull();
  });
});
