import { describe, expect, it } from 'vitest';
import { bnpparibas } from '../../lib/sites/bnpparibas';
import { coinbase } from '../../lib/sites/coinbase';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Coinbase Careers', () => {
  it("reads each department's rows, the collapsed ones too: the id its link names, the title (markup kept as text), the place after it", () => {
    const page = loadFixture('coinbase', 'search.html', 'https://www.coinbase.com/careers/positions');
    const { cards, detail } = readPage(coinbase, page);
    expect(cardRows(cards)).toEqual([
      ['7900101', 'Senior Machine Learning Engineer, Risk Models', 'Coinbase', 'Remote - USA'],
      ['7900102', 'Applied AI Engineer, Customer Agents', 'Coinbase', 'Hybrid - Bangalore, India'],
      ['7900103', 'Recruiting Coordinator <img src=x onerror=alert(1)>', 'Coinbase', undefined],
    ]);
    expect(cards[1].job.url).toBe('https://www.coinbase.com/careers/positions/7900102');
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a.cds-link[href^="/careers/positions/"]'));
    expect(detail).toBeNull();
  });

  it('reads no link outside the departments, nor one to another page', () => {
    const html = '<a href="/careers/positions/7900109">Featured role</a><div data-testid="positions-department"><a href="/careers/positions/engineering">Engineering</a></div>';
    expect(readPage(coinbase, pageFromHtml(html, 'https://www.coinbase.com/careers/positions')).cards).toEqual([]);
  });

  it("reads a position's page as its posting under the heading: title, place, the duties and requirements", () => {
    const url = 'https://www.coinbase.com/careers/positions/7900102';
    const { detail } = readPage(coinbase, loadFixture('coinbase', 'job.html', `${url}?gh_jid=7900102`));
    expect(detail).toMatchObject({ id: '7900102', title: 'Applied AI Engineer, Customer Agents', company: 'Coinbase', location: 'Hybrid - Bangalore, India', url });
    expect(detail!.description).toContain('ship LLM-based agents that resolve customer support cases');
  });

  it('reads its careers pages only', () => {
    expect(coinbase.isJobPage(new URL('https://www.coinbase.com/careers/positions?department=Engineering'))).toBe(true);
    for (const url of ['https://www.coinbase.com/careers', 'https://www.coinbase.com/price/bitcoin', 'https://www.coinbase.com/careers/positions/1/apply']) expect(coinbase.isJobPage(new URL(url)), url).toBe(false);
  });
});

describe('BNP Paribas Careers', () => {
  it("reads each offer card: the slug its link names, the title (markup kept as text), the place, the group's entity by its logo", () => {
    const page = loadFixture('bnpparibas', 'search.html', 'https://group.bnpparibas/en/careers/all-job-offers?q=ai');
    const { cards } = readPage(bnpparibas, page);
    expect(cardRows(cards)).toEqual([
      ['machine-learning-engineer-markets-ai-lab', 'Machine Learning Engineer - Markets AI Lab', 'BNP Paribas Corporate & Institutional Banking', 'Paris, France'],
      ['ai-solutions-consultant-client-deployments', 'AI Solutions Consultant - Client Deployments', 'BNP Paribas', 'Lisbon, Portugal'],
      ['branch-advisor', 'Branch Advisor <img src=x onerror=alert(1)>', 'BNP Paribas', undefined],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h3'));
  });

  it("reads an offer's page from its JobPosting data", () => {
    const url = 'https://group.bnpparibas/en/careers/job-offer/machine-learning-engineer-markets-ai-lab';
    const { detail } = readPage(bnpparibas, loadFixture('bnpparibas', 'job.html', url));
    expect(detail).toMatchObject({ id: 'machine-learning-engineer-markets-ai-lab', title: 'Machine Learning Engineer - Markets AI Lab', company: 'BNP Paribas', location: 'Paris, France', url });
    expect(detail!.description).toContain('feature store and model registry');
  });

  it('reads its offers only, not the rest of the group site', () => {
    expect(bnpparibas.isJobPage(new URL('https://group.bnpparibas/en/careers/all-job-offers/graduate-programme?page=3'))).toBe(true);
    for (const url of ['https://group.bnpparibas/en/careers', 'https://group.bnpparibas/en/press-release/x', 'https://group.bnpparibas/fr/careers/job-offer/x']) expect(bnpparibas.isJobPage(new URL(url)), url).toBe(false);
  });
});
