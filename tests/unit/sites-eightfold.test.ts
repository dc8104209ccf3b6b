import { describe, expect, it } from 'vitest';
import { eightfold } from '../../lib/sites/eightfold';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { loadFixture, pageFromHtml } from './site-fixture';

const TENANT = 'https://quillpay.eightfold.ai/careers?query=ai&pid=563300000001&domain=quillpay.com';
const NETFLIX = 'https://explore.jobs.netflix.net/careers?query=ml&pid=790000000001&domain=netflix.com';

describe('Eightfold career sites, current app', () => {
  it("reads a tenant's cards and open job as Microsoft's, with the company its page names", () => {
    const { cards, detail } = readPage(eightfold, loadFixture('eightfold', 'pcsx-search.html', TENANT));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['563300000001', 'Machine Learning Engineer, Fraud Models', 'Quillpay', 'Singapore, Singapore', 'https://quillpay.eightfold.ai/careers/job/563300000001'],
      ['563300000002', 'Merchant Onboarding Specialist', 'Quillpay', 'Austin, Texas, United States', 'https://quillpay.eightfold.ai/careers/job/563300000002'],
    ]);
    expect(detail).toMatchObject({
      id: '563300000001',
      title: 'Machine Learning Engineer, Fraud Models',
      description: 'Train and ship the models that score every payment for fraud.\nOwn their evaluation and serving.',
    });
  });

  it("reads a tenant's job page from the app's header, under the id it carries", () => {
    const { detail } = readPage(eightfold, loadFixture('eightfold', 'pcsx-job.html', 'https://quillpay.eightfold.ai/careers/job/563300000003'));
    expect(detail).toMatchObject({ id: '563300000003', title: 'Applied AI Engineer, Merchant Integrations', company: 'Quillpay', location: 'London, United Kingdom' });
    expect(detail!.description).toBe('Work on site with our largest merchants to integrate and deploy our AI fraud models in their systems.\nBuild proofs of concept for each merchant.');
  });

  it("names the company from the app's page data, else the tenant, when the page's title names none", () => {
    const card = `<div data-test-id="job-listing"><a id="job-card-563300000009-job-list" href="/careers/job/563300000009"><div class="title-1aNJK">Data Scientist</div></a></div>`;
    const data = `<code id="pcsx-data">{"domain": "northwind-bank.com"}</code>`;
    const withData = readPage(eightfold, pageFromHtml(`<title>Careers</title>${card}${data}`, 'https://nwb.eightfold.ai/careers'));
    expect(withData.cards[0].job.company).toBe('Northwind Bank');
    const bare = readPage(eightfold, pageFromHtml(`<title>Careers</title>${card}`, 'https://nwb.eightfold.ai/careers'));
    expect(bare.cards[0].job.company).toBe('Nwb');
  });

  it("reads NVIDIA's site on its own host (jobs.nvidia.com) as NVIDIA's, whatever its page's title", () => {
    const card = `<div data-test-id="job-listing"><a id="job-card-893393903977-job-list" href="/careers/job/893393903977"><div class="title-1aNJK">Senior Deep Learning Inference Engineer</div></a></div>`;
    const { cards } = readPage(eightfold, pageFromHtml(`<title>Careers</title>${card}`, 'https://jobs.nvidia.com/careers?query=inference'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.url])).toEqual([
      ['893393903977', 'Senior Deep Learning Inference Engineer', 'NVIDIA', 'https://jobs.nvidia.com/careers/job/893393903977'],
    ]);
    const vodafone = readPage(eightfold, pageFromHtml(`<title>Careers</title>${card}`, 'https://jobs.vodafone.com/careers?query=Developer&location=Romania&domain=vodafone.com'));
    expect(vodafone.cards.map(({ job }) => job.company)).toEqual(['Vodafone']);
    // Siemens' site left the app for Avature in 2026.
    expect(eightfold.isJobPage(new URL('https://jobs.siemens.com/careers?query=Developer'))).toBe(false);
  });

  it("is recognized on a company's own domain by its page data, not elsewhere", () => {
    const own = loadFixture('eightfold', 'pcsx-search.html', 'https://jobs.acmebank.com/careers?pid=563300000001');
    expect(recognizedAdapter(own)).toBe(eightfold);
    expect(recognizedAdapter(pageFromHtml('<div id="pcsx"></div>', 'https://jobs.acmebank.com/about'))).toBeNull();
    expect(recognizedAdapter(pageFromHtml('<h1>Careers</h1>', 'https://jobs.acmebank.com/careers'))).toBeNull();
  });
});

describe('Eightfold career sites, older app', () => {
  it('reads each position card under the id of the page data at its index, skipping one the data does not hold', () => {
    const { cards, detail } = readPage(eightfold, loadFixture('eightfold', 'pcs-search.html', NETFLIX));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['790000000001', 'Machine Learning Engineer, Recommendations', 'Netflix', 'Los Gatos, California'],
      ['790000000002', 'Studio Production Coordinator', 'Netflix', 'Madrid, Spain'],
    ]);
    expect(detail).toMatchObject({ id: '790000000001', title: 'Machine Learning Engineer, Recommendations', location: 'Los Gatos, California' });
    expect(detail!.description).toBe('Build and evaluate the recommendation models behind what members watch.\nRun experiments at scale.');
  });

  it('reads no card when the page data is broken or names another position at that index', () => {
    const cardHtml = `<div class="position-card" data-test-id="position-card-0"><div class="position-title">ML Engineer</div></div>`;
    for (const data of ['{"positions": [', '{"positions": [{"id": 790000000005, "name": "Recruiter"}]}', '{"positions": "x"}']) {
      const page = pageFromHtml(`${cardHtml}<code id="smartApplyData">${data}</code>`, NETFLIX);
      expect(readPage(eightfold, page).cards).toEqual([]);
    }
  });
});
