import { describe, expect, it } from 'vitest';
import { foorilla } from '../../lib/sites/foorilla';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Foorilla (aijobs.net) job lists', () => {
  it('reads each list item by the job its link loads (hx-get): the title without "Featured", the place without its tags; no employer', () => {
    const { cards } = readPage(foorilla, loadFixture('foorilla', 'hiring.html', 'https://foorilla.com/hiring/'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['3581201', 'Applied AI Engineer, Customer Deployments', undefined, 'Lisbon, Portugal', 'https://foorilla.com/hiring/jobs/applied-ai-engineer-customer-deployments-remote-3581201/'],
      ['3581202', 'ML Inference Engineer', undefined, 'Berlin, Germany', 'https://foorilla.com/hiring/jobs/ml-inference-engineer-berlin-germany-3581202/'],
      ['3581203', 'Office Manager <b onmouseover=alert(1)>', undefined, undefined, 'https://foorilla.com/hiring/jobs/office-manager-3581203/'],
      ['3581204', 'Data Engineer', undefined, 'Austin, TX, United States', 'https://foorilla.com/hiring/jobs/data-engineer-austin-tx-3581204/'],
    ]);
  });

  it('reads the job shown beside the list as the one card with its title, its employer masked as none', () => {
    const { detail } = readPage(foorilla, loadFixture('foorilla', 'hiring.html', 'https://foorilla.com/hiring/'));
    expect(detail).toMatchObject({ id: '3581202', title: 'ML Inference Engineer', company: undefined, location: 'Berlin, Germany', url: 'https://foorilla.com/hiring/jobs/ml-inference-engineer-berlin-germany-3581202/' });
    expect(detail!.description).toContain('Write CUDA kernels for inference');
    expect(detail!.description).toContain('PyTorch CUDA');
  });

  it('reads no job beside the list when its title is two cards\' or none\'s', () => {
    const page = loadFixture('foorilla', 'hiring.html', 'https://foorilla.com/hiring/');
    page.document.querySelector('#main2 h1')!.textContent = 'Data Engineer ';
    page.document.querySelector('a[hx-get*="3581201"]')!.textContent = 'Data Engineer';
    expect(readPage(foorilla, page).detail).toBeNull();
    page.document.querySelector('#main2 h1')!.textContent = 'Chef';
    expect(readPage(foorilla, page).detail).toBeNull();
  });
});

describe('Foorilla job page', () => {
  it('reads the heading, the employer when not masked, the place and the posting from "Tasks:" on', () => {
    const { detail } = readPage(foorilla, loadFixture('foorilla', 'job.html', 'https://foorilla.com/hiring/jobs/forward-deployed-engineer-new-york-3581300/'));
    expect(detail).toMatchObject({ id: '3581300', title: 'Forward Deployed Engineer', company: 'Keel Systems', location: 'New York, NY, United States' });
    expect(detail!.description).toContain('deploy our agents into their workflows');
  });

  it('reads nothing on a job address without a heading', () => {
    expect(readPage(foorilla, pageFromHtml('<p>Loading</p>', 'https://foorilla.com/hiring/jobs/x-1234/')).detail).toBeNull();
  });
});
