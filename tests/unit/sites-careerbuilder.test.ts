import { describe, expect, it } from 'vitest';
import { careerbuilder } from '../../lib/sites/careerbuilder';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://www.careerbuilder.com/job-listings/search?q=ai+engineer&where=remote';
const JOB = 'https://www.careerbuilder.com/job-details/forward-deployed-engineer-applied-ai-remote--c41f0a2e-8b3d-4e6f-9a1c-5d7e2b4f6a80';

describe("CareerBuilder's job search (Monster's front end)", () => {
  it("reads each card: the id its button and title link agree on, the title (markup in it kept as text), company, place, the link's address; and the selected card's job in the view beside the list", () => {
    const { cards, detail } = readPage(careerbuilder, loadFixture('careerbuilder', 'search.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['c41f0a2e-8b3d-4e6f-9a1c-5d7e2b4f6a80', 'Forward Deployed Engineer, Applied AI', 'Corvane Systems', 'Remote'],
      ['5e8a1b3c-2d4f-4a6b-8c0d-9e1f2a3b4c5d', 'Staff ML Platform Engineer', 'Birchline Health', 'Birmingham, AL'],
      ['0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d', 'Front Desk Coordinator <img src=x onerror=alert(1)>', 'Naba Dental', 'Houston, TX'],
    ]);
    expect(cards[0].job.url).toBe(JOB);
    expect(detail).toMatchObject({ id: '5e8a1b3c-2d4f-4a6b-8c0d-9e1f2a3b4c5d', title: 'Staff ML Platform Engineer', company: 'Birchline Health' });
    expect(detail!.description).toContain('GPU scheduling');
  });

  it('reads no card whose link names another job than its button', () => {
    const html = `<article data-testid="JobCard"><button data-job-id="c41f0a2e-8b3d-4e6f-9a1c-5d7e2b4f6a80" aria-label="A at B"></button>
      <a data-testid="jobTitle" href="/job-details/other--5e8a1b3c-2d4f-4a6b-8c0d-9e1f2a3b4c5d">A</a></article>`;
    expect(readPage(careerbuilder, pageFromHtml(html, LIST)).cards).toEqual([]);
  });
});

describe('CareerBuilder job page', () => {
  it('reads the heading, company, place and the posting (its newer clamped wrapper)', () => {
    const { detail } = readPage(careerbuilder, loadFixture('careerbuilder', 'job.html', `${JOB}?mstr_dist=true`));
    expect(detail).toMatchObject({ id: 'c41f0a2e-8b3d-4e6f-9a1c-5d7e2b4f6a80', title: 'Forward Deployed Engineer, Applied AI', company: 'Corvane Systems', location: 'Remote', url: JOB });
    expect(detail!.description).toContain("Adapt retrieval and tool use to each customer's systems.");
  });
});
