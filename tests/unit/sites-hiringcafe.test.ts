import { describe, expect, it } from 'vitest';
import { hiringcafe } from '../../lib/sites/hiringcafe';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const FEED = 'https://hiringcafe.com/?searchState=%7B%22searchQuery%22%3A%22ml%22%7D';
const FDE = 'https://hiringcafe.com/job/forward-deployed-engineer-beacon-agents-new-york-new-york-9d7c6b5a4e3f2g1h';

describe('HiringCafe feed', () => {
  const page = loadFixture('hiringcafe', 'feed.html', FEED);

  it("reads each job from its link, the card around it giving the title, the company's bold name and the place", () => {
    const { cards, detail } = readPage(hiringcafe, page);
    expect(cards.map(({ element, job }) => [element.tagName, job.id, job.title, job.company, job.location, job.url])).toEqual([
      [
        'A',
        '4kq9zt2m8wrp1xyd',
        'Machine Learning Engineer, Recommendations',
        'Cascade Books',
        'Seattle or Remote',
        'https://hiringcafe.com/job/machine-learning-engineer-recommendations-cascade-books-seattle-washington-4kq9zt2m8wrp1xyd',
      ],
      ['A', '9d7c6b5a4e3f2g1h', 'Forward Deployed Engineer <img src=x onerror=alert(1)>', 'Beacon Agents', 'New York', FDE],
    ]);
    // The link is what is marked and badged: the card around it has nothing to find it by but utility classes.
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element);
    expect(page.document.querySelectorAll('img[onerror]').length).toBe(0);
    expect(detail).toBeNull();
  });

  it('reads an older card whose link to /viewjob/ID is its title, and no title from a card holding two jobs', () => {
    const old = '<div><a href="https://hiring.cafe/viewjob/qdd2rkfq8asrpek8">Data Engineer</a></div>';
    expect(readPage(hiringcafe, pageFromHtml(old, 'https://hiring.cafe/')).cards.map(({ job }) => [job.id, job.title])).toEqual([['qdd2rkfq8asrpek8', 'Data Engineer']]);
    const two = `<div class="rounded-xl"><span class="font-bold">Two roles</span><a href="/job/a-1111111111111111">Job Posting</a><a href="/job/b-2222222222222222">Job Posting</a></div>`;
    expect(readPage(hiringcafe, pageFromHtml(two, FEED)).cards).toEqual([]);
  });
});

describe('HiringCafe job page', () => {
  it('reads the job from its JSON-LD, under the requisition id its address ends with; the similar jobs are cards', () => {
    const page = loadFixture('hiringcafe', 'job.html', FDE);
    const { detail, cards } = readPage(hiringcafe, page);
    expect(detail).toMatchObject({ id: '9d7c6b5a4e3f2g1h', title: 'Forward Deployed Engineer', company: 'Beacon Agents', location: 'New York, NY, US', url: FDE });
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([['1a2b3c4d5e6f7g8h', 'Solutions Engineer', 'Harbor AI']]);
  });

  it("reads nothing from an expired job's page", () => {
    expect(readPage(hiringcafe, pageFromHtml('<title>HiringCafe - Expired Job</title><h1>This job has expired</h1>', FDE)).detail).toBeNull();
  });
});
