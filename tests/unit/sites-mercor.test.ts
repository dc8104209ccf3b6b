import { describe, expect, it } from 'vitest';
import { mercor } from '../../lib/sites/mercor';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

const EXPLORE = 'https://work.mercor.com/explore?listingId=list_AAABqRmEvalHarnessEng01';
const JOB = 'https://work.mercor.com/jobs/list_AAABqRmPostTrainML04/applied-ml-engineer-post-training';

describe('Mercor', () => {
  it('reads the explore cards under their listing ids (markup in a title kept as text), and the job open beside them', () => {
    const page = loadFixture('mercor', 'explore.html', EXPLORE);
    const { cards, detail } = readPage(mercor, page);
    expect(cardRows(cards)).toEqual([
      ['list_AAABqRmEvalHarnessEng01', 'Software Engineer, LLM Evaluation Harness', undefined, undefined],
      ['list_AAABqRmGeneralWriter02', 'Generalist Writer <b onmouseover=alert(1)>', undefined, undefined],
    ]);
    expect(cards[0].job.url).toBe('https://work.mercor.com/jobs/list_AAABqRmEvalHarnessEng01');
    expect(cards[0].job.badgeAnchor).toBe(page.document.getElementById('card-list_AAABqRmEvalHarnessEng01'));
    expect(detail).toMatchObject({ id: 'list_AAABqRmEvalHarnessEng01', title: 'Software Engineer, LLM Evaluation Harness', location: 'Remote' });
    expect(detail!.description).toContain('scores frontier model outputs');
    expect(detail!.element).toBe(page.document.getElementById('listing-details'));
  });

  it("reads a job page: heading, place, the posting's sections (not the similar jobs' cards), the client from its JobPosting", () => {
    const page = loadFixture('mercor', 'job.html', JOB);
    const { cards, detail } = readPage(mercor, page);
    expect(detail).toMatchObject({
      id: 'list_AAABqRmPostTrainML04',
      title: 'Applied ML Engineer, Post-Training',
      company: 'Quillfeather AI',
      location: 'San Francisco, CA',
      url: 'https://work.mercor.com/jobs/list_AAABqRmPostTrainML04',
    });
    expect(detail!.description).toBe(
      "Key responsibilities\nRun supervised fine-tuning and RL post-training of our client's language models.\n" +
        'Build the reward models and the evaluation suite that decide each release.\nAbout Mercor\nMercor connects experts with AI labs.',
    );
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
    expect(cardRows(cards)).toEqual([['list_AAABqRmSimilarRole05', 'Research Engineer, Reward Modeling', undefined, undefined]]);
  });

  it("takes no client from a JobPosting that names another listing, and reads no open job on the bare explore list", () => {
    const html = loadFixture('mercor', 'job.html', JOB).document.documentElement.outerHTML.replace('"value":"list_AAABqRmPostTrainML04"', '"value":"list_AAABqRmSomeoneElse9"');
    expect(readPage(mercor, pageFromHtml(html, JOB)).detail?.company).toBeUndefined();
    const list = loadFixture('mercor', 'explore.html', 'https://work.mercor.com/explore').document.documentElement.outerHTML;
    expect(readPage(mercor, pageFromHtml(list, 'https://work.mercor.com/explore')).detail).toBeNull();
  });

  it('marks the block around the heading, never the whole page, where the posting has no container of its own', () => {
    const html = `<main><div class="header"><h1 data-test="listing-description-title">Data Annotation Lead</h1><div data-test="listing-location">Remote</div></div></main>`;
    const page = pageFromHtml(html, JOB);
    const { detail } = readPage(mercor, page);
    expect(detail).toMatchObject({ id: 'list_AAABqRmPostTrainML04', title: 'Data Annotation Lead', location: 'Remote' });
    expect(detail!.element).toBe(page.document.querySelector('.header'));
  });

  it('claims the explore list and job pages, not the apply steps or the dashboard', () => {
    expect(mercor.isJobPage(new URL('https://work.mercor.com/jobs/list_AAABm4Xm5vZiwyWXybFBRJJN'))).toBe(true);
    expect(mercor.isJobPage(new URL('https://work.mercor.com/jobs/apply/candidate-one'))).toBe(false);
    expect(mercor.isJobPage(new URL('https://work.mercor.com/dashboard'))).toBe(false);
    expect(mercor.isJobPage(new URL('https://mercor.com/explore'))).toBe(false);
  });
});
