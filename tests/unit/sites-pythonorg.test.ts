import { describe, expect, it } from 'vitest';
import { pythonorg } from '../../lib/sites/pythonorg';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://www.python.org/jobs/';
const JOB = 'https://www.python.org/jobs/8201/';

describe('Python Job Board list', () => {
  it("reads each job: its number, title, the company after the title's line break, and the place, each of its parts once", () => {
    const { cards } = readPage(pythonorg, loadFixture('pythonorg', 'list.html', LIST));
    expect(cardRows(cards)).toEqual([
      ['8201', 'Forward Deployed Engineer, LLM Applications', 'Quillworks', 'Remote, Europe'],
      ['8199', 'Senior Python Engineer, Model Serving', 'Harbor & Sons', 'Oslo, Norway'],
      ['8190', 'Django Developer <script>alert(1)</script>', undefined, 'Remote'],
    ]);
    expect(cards.map(({ job }) => job.url)).toEqual(['https://www.python.org/jobs/8201/', 'https://www.python.org/jobs/8199/', 'https://www.python.org/jobs/8190/']);
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('a[href="/jobs/8201/"]'));
  });

  it('reads no link to a list of a type, category or location as a job, nor the "New" badge as a company', () => {
    const { cards } = readPage(pythonorg, loadFixture('pythonorg', 'list.html', 'https://www.python.org/jobs/type/machine-learning/'));
    expect(cards.map(({ job }) => job.title)).not.toContain('Machine Learning');
    expect(cards.map(({ job }) => job.company)).not.toContain('New');
  });

  it('reads nothing from a list with no jobs', () => {
    expect(readPage(pythonorg, pageFromHtml('<ol class="list-recent-jobs"></ol><p>No jobs match.</p>', LIST)).cards).toEqual([]);
  });
});

describe('Python Job Board job page', () => {
  it('reads the title and company on either side of the line break, the place and the posting', () => {
    const page = loadFixture('pythonorg', 'job.html', JOB);
    const detail = pythonorg.detail!(page);
    expect(detail).toMatchObject({ id: '8201', title: 'Forward Deployed Engineer, LLM Applications', company: 'Quillworks', location: 'Remote, Europe', url: JOB });
    expect(detail!.description).toContain('You will work on site with our customers');
    expect(detail!.description).not.toContain('Contact Info');
    expect(detail!.element).toBe(page.document.querySelector('article'));
  });

  it('has no open job on the list', () => {
    expect(pythonorg.detail!(loadFixture('pythonorg', 'list.html', LIST))).toBeNull();
  });
});
