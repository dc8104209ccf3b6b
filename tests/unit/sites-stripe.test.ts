import { describe, expect, it } from 'vitest';
import { stripe } from '../../lib/sites/stripe';
import { cardElements, readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Stripe careers search', () => {
  it('reads the 2026 result cards: Greenhouse id, title, place, the job page as address', () => {
    const { cards } = readPage(stripe, loadFixture('stripe', 'search.html', 'https://stripe.com/careers/search?query=ml'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['7100001', 'Machine Learning Engineer, Risk', 'Stripe', 'Seattle'],
      ['7100002', 'Solutions Architect, AI Startups', 'Stripe', 'San Francisco'],
      ['7100003', 'Accountant', 'Stripe', 'Dublin'],
    ]);
    expect(cards[0].element.tagName).toBe('LI');
    expect(cards[0].job.url).toBe('https://stripe.com/careers/listing/machine-learning-engineer-risk/7100001');
  });

  it('reads the older table once per job, a job on two rows (two places) under one id on both', () => {
    const page = loadFixture('stripe', 'search-2024.html', 'https://stripe.com/jobs/search?query=ml');
    expect(readPage(stripe, page).cards.map(({ job }) => [job.id, job.title, job.location])).toEqual([
      ['5100001', 'ML Engineer, Fraud', 'Dublin HQ'],
      ['5100002', 'Recruiting Coordinator', 'Toronto'],
    ]);
    const rows = cardElements(stripe.cards!, page.document).map((row) => stripe.cards!.read(row, page)?.id);
    expect(rows).toEqual(['5100001', '5100001', '5100002']);
  });
});

describe('Stripe job page', () => {
  const url = 'https://stripe.com/careers/listing/machine-learning-engineer-risk/7100001';

  it("reads the job from the page's JSON-LD, badged at its heading", () => {
    const page = loadFixture('stripe', 'job.html', url);
    const { detail } = readPage(stripe, page);
    expect(detail).toMatchObject({ id: '7100001', title: 'Machine Learning Engineer, Risk', company: 'Stripe' });
    expect(detail!.description).toContain('Train and deploy the models that detect fraud');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('reads the heading and sections without JSON-LD (the older page too), and nothing on a page with neither', () => {
    const old = `<section><h1 class="Copy__title">Data Scientist</h1><div class="ArticleMarkdown"><p>Build models of payments.</p></div></section>`;
    expect(readPage(stripe, pageFromHtml(old, 'https://stripe.com/jobs/listing/data-scientist/5100009')).detail).toMatchObject({
      id: '5100009',
      title: 'Data Scientist',
      description: 'Build models of payments.',
    });
    expect(readPage(stripe, pageFromHtml('<h1>This role is closed</h1>', url)).detail).toBeNull();
  });
});
