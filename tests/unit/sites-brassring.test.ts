import { describe, expect, it } from 'vitest';
import { brassring } from '../../lib/sites/brassring';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://sjobs.brassring.com/TGnewUI/Search/Home/Home?partnerid=25008&siteid=5131#keyWordSearch=ai';
const JOB = 'https://sjobs.brassring.com/TGnewUI/Search/home/HomeWithPreLoad?partnerid=25008&siteid=5131&PageType=JobDetails&jobid=348160';

describe('BrassRing talent gateway results', () => {
  it("reads each li.job by its title link's jobid, without the screen-reader label; a place only where a field reads as one", () => {
    const { cards, detail } = readPage(brassring, loadFixture('brassring', 'search.html', SEARCH));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['348155', 'AI Engineer - Client Solutions', 'Harbour Street Bank', 'London, United Kingdom'],
      ['348160', 'Machine Learning Platform Engineer', 'Harbour Street Bank', undefined],
      ['348161', 'Branch Teller <img src=x onerror=alert(1)>', 'Harbour Street Bank', 'Zurich, Switzerland'],
    ]);
    expect(cards[0].job.url).toBe('https://sjobs.brassring.com/TGnewUI/Search/home/HomeWithPreLoad?PageType=JobDetails&partnerid=25008&siteid=5131&jobid=348155');
    expect(detail).toBeNull();
  });

  it("reads the same gateway on an employer's own host (UBS's), its links there, named as that employer", () => {
    const html = `<ul><li class="job"><a class="jobProperty jobtitle" href="/TGnewUI/Search/home/HomeWithPreLoad?PageType=JobDetails&amp;partnerid=25008&amp;siteid=5012&amp;jobid=343994">AI Engineer</a>
      <p class="jobProperty position3">Zurich, Switzerland</p></li></ul>`;
    const { cards } = readPage(brassring, pageFromHtml(html, 'https://jobs.ubs.com/TGnewUI/Search/Home/Home?partnerid=25008&siteid=5012'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['343994', 'AI Engineer', 'UBS', 'Zurich, Switzerland', 'https://jobs.ubs.com/TGnewUI/Search/home/HomeWithPreLoad?PageType=JobDetails&partnerid=25008&siteid=5012&jobid=343994'],
    ]);
    expect(brassring.isJobPage(new URL('https://jobs.ubs.com/en/benefits'))).toBe(false);
  });
});

describe('BrassRing job view', () => {
  it('reads the title, the City answer and the text areas, under the jobid of the address', () => {
    const { detail } = readPage(brassring, loadFixture('brassring', 'job.html', JOB));
    expect(detail).toMatchObject({ id: '348160', title: 'Machine Learning Platform Engineer', company: 'Harbour Street Bank', location: 'Zurich', url: JOB });
    expect(detail!.description).toContain('training, evaluating and serving machine learning models');
    expect(detail!.description).toContain('Python, Kubernetes');
  });

  it('reads the job the hash names (#jobDetails=ID_SITE) in the search page, and none for a search address', () => {
    const hashed = 'https://sjobs.brassring.com/TGnewUI/Search/home/HomeWithPreLoad?partnerid=25008&siteid=5131&PageType=searchResults#jobDetails=348160_5131';
    expect(readPage(brassring, loadFixture('brassring', 'job.html', hashed)).detail).toMatchObject({ id: '348160', url: JOB });
    expect(readPage(brassring, loadFixture('brassring', 'job.html', SEARCH)).detail).toBeNull();
  });
});
