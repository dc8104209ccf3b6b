import { describe, expect, it } from 'vitest';
import { efinancialcareers } from '../../lib/sites/efinancialcareers';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('eFinancialCareers searches', () => {
  it('reads each efc-job-card by the number its title link ends in: the title attribute, employer, place (not the contract)', () => {
    const { cards, detail } = readPage(efinancialcareers, loadFixture('efinancialcareers', 'search.html', 'https://www.efinancialcareers.co.uk/jobs/machine-learning/in-london'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['24610001', 'Machine Learning Engineer - Pricing Models', 'Thames Quant Partners', 'London, United Kingdom', 'https://www.efinancialcareers.co.uk/jobs-United_Kingdom-London-Machine_Learning_Engineer_-_Pricing_Models.id24610001'],
      ['24610002', 'AI Solutions Engineer, Client Deployments', 'Harbour Street Bank', 'London, United Kingdom', 'https://www.efinancialcareers.co.uk/jobs-United_Kingdom-London-AI_Solutions_Engineer_Client_Deployments.id24610002'],
      ['24610003', 'Teller <script>alert(1)</script>', 'Northern Mutual', undefined, 'https://www.efinancialcareers.co.uk/jobs-United_Kingdom-Leeds-Teller.id24610003'],
      ['24610004', 'Quant Developer', 'Fleet Capital', 'London, United Kingdom', 'https://www.efinancialcareers.co.uk/jobs-United_Kingdom-London-Quant_Developer.id24610004'],
    ]);
    expect(cards[0].element.tagName).toBe('EFC-JOB-CARD');
    expect(detail).toBeNull();
  });
});

describe('eFinancialCareers job page', () => {
  it('reads the heading (not the JSON-LD title with its place), the JSON-LD employer and place, the posting without its job reference', () => {
    const { detail } = readPage(efinancialcareers, loadFixture('efinancialcareers', 'job.html', 'https://www.efinancialcareers.com/jobs-United_States-NY-New_York-Vice_President_ML_Platform.id24620001?utm_source=alert'));
    expect(detail).toMatchObject({
      id: '24620001',
      title: 'Vice President, ML Platform',
      company: 'Hudson Ledger Bank',
      location: 'New York, NY, US',
      url: 'https://www.efinancialcareers.com/jobs-United_States-NY-New_York-Vice_President_ML_Platform.id24620001',
    });
    expect(detail!.description).toContain('Run GPU inference in production');
    expect(detail!.description).not.toContain('JR-104233');
  });

  it('reads the employer and place beside the heading when there is no JSON-LD, and the JSON-LD title without its place when there is no heading', () => {
    const url = 'https://www.efinancialcareers.de/jobs-Germany-Frankfurt-Data_Engineer.id24630001';
    const drawn = `<efc-job-header-description><div class="job-info-data"><h1>Data Engineer</h1><span>Main Bank AG</span><span>Frankfurt, Germany</span></div></efc-job-header-description>`;
    expect(readPage(efinancialcareers, pageFromHtml(drawn, url)).detail).toMatchObject({ title: 'Data Engineer', company: 'Main Bank AG', location: 'Frankfurt, Germany', description: undefined });
    const data = `<script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer | Frankfurt, Germany","url":"${url}","hiringOrganization":{"name":"Main Bank AG"},"description":"Pipelines."}</script>`;
    expect(readPage(efinancialcareers, pageFromHtml(data, url)).detail).toMatchObject({ title: 'Data Engineer', company: 'Main Bank AG', description: 'Pipelines.' });
  });
});
