import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { salesforce } from '../../lib/sites/salesforce';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://careers.salesforce.com/en/jobs/?search=ai';
const JOB = 'https://careers.salesforce.com/en/jobs/jr900101/forward-deployed-engineer-agentforce/';

describe('Salesforce Careers search list', () => {
  it('reads each job card: the id its link and its save button agree on, the title (markup in it kept as text), every place', () => {
    const { cards } = readPage(salesforce, loadFixture('salesforce', 'jobs.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['jr900101', 'Forward Deployed Engineer, Agentforce', 'Salesforce', 'United States - Remote; Canada - Toronto', JOB],
      ['jr900102', 'Lead ML Engineer, Model Serving', 'Salesforce', 'India - Hyderabad', 'https://careers.salesforce.com/en/jobs/jr900102/lead-ml-engineer-model-serving/'],
      ['jr900103', 'Event Marketing Manager <iframe src=javascript:alert(1)>', 'Salesforce', 'Ireland - Dublin', 'https://careers.salesforce.com/en/jobs/jr900103/event-marketing-manager/'],
    ]);
  });

  it('reads no card whose save button names another job than its link', () => {
    const html = `<div id="js-job-search-results"><div class="card card-job"><h3 class="card-title"><a href="/en/jobs/jr900201/data-scientist/">Data Scientist</a></h3>
      <div class="card-job-actions js-job" data-id="JR900299"></div></div></div>`;
    expect(readPage(salesforce, pageFromHtml(html, LIST)).cards).toEqual([]);
  });
});

describe('Salesforce Careers job page', () => {
  it('reads the heading, the places, the posting', () => {
    const { detail } = readPage(salesforce, loadFixture('salesforce', 'job.html', `${JOB}?utm_source=linkedin`));
    expect(detail).toMatchObject({ id: 'jr900101', title: 'Forward Deployed Engineer, Agentforce', company: 'Salesforce', location: 'United States - Remote; Canada - Toronto', url: JOB });
    expect(detail!.description).toContain('take each deployment from prototype to production');
    expect(detail!.description).not.toContain('Apply');
  });

  it('reads a job page in another layout as a posting in a company\'s own design, under the id its address names', () => {
    const duties = ['Train and evaluate the models behind our agents on real customer tasks', 'Design benchmarks that measure what our agents get right and wrong', 'Publish research and ship it into the product with engineering teams', 'Mentor scientists and engineers across the research organization'];
    const needs = ['A PhD or equivalent experience in machine learning or natural language processing', 'Papers at leading venues and code that others build on', 'Experience training large models on distributed systems', 'Clear writing and a habit of measuring before claiming'];
    const list = (items: string[]) => `<ul>${items.map((item) => `<li>${item}, working closely with product managers, designers and the engineers who run our platform every day.</li>`).join('')}</ul>`;
    const html = `<main><h1>Principal Applied Scientist</h1><p>Join the research team that builds the models behind the AI agents thousands of companies use.</p>
      <h2>Responsibilities</h2>${list(duties)}<h2>Qualifications</h2>${list(needs)}<a class="btn" href="https://salesforce.wd12.myworkdayjobs.com/x">Apply now</a></main>`;
    const { detail } = readPage(salesforce, pageFromHtml(html, 'https://careers.salesforce.com/en/jobs/jr900301/'));
    expect(detail).toMatchObject({ id: 'jr900301', title: 'Principal Applied Scientist', company: 'Salesforce', url: 'https://careers.salesforce.com/en/jobs/jr900301/' });
    expect(detail!.description).toContain('Train and evaluate the models');
  });
});
