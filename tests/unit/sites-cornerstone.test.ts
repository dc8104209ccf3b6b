import { describe, expect, it } from 'vitest';
import { cornerstone } from '../../lib/sites/cornerstone';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Cornerstone career sites: the list', () => {
  it("reads each result by its title link's requisition, its place, and the site's company", () => {
    const page = loadFixture('cornerstone', 'search.html', 'https://northwind.csod.com/ux/ats/careersite/1/home?c=northwind');
    const { cards, detail } = readPage(cornerstone, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['4101', 'Machine Learning Engineer, Model Platform', 'Northwind', 'Düsseldorf, North Rhine-Westphalia, Germany', 'https://northwind.csod.com/ux/ats/careersite/1/home/requisition/4101?c=northwind'],
      ['4102', 'AI Solutions Consultant (Customer Deployments)', 'Northwind', 'Remote, United States', 'https://northwind.csod.com/ux/ats/careersite/1/home/requisition/4102?c=northwind'],
      ['4103', 'Warehouse Associate <img src=x onerror=alert(1)>', 'Northwind', undefined, 'https://northwind.csod.com/ux/ats/careersite/1/home/requisition/4103?c=northwind'],
    ]);
    expect(detail).toBeNull();
  });

  it('names the company by its account where the page names none', () => {
    const html = '<div class="p-panel"><a data-tag="displayJobTitle" href="/ux/ats/careersite/4/home/requisition/77?c=acme-robotics"><p>Data Engineer</p></a></div>';
    expect(readPage(cornerstone, pageFromHtml(html, 'https://acme-robotics.csod.com/ux/ats/careersite/4/home?c=acme-robotics')).cards[0].job.company).toBe('Acme Robotics');
  });
});

describe('Cornerstone career sites: a requisition', () => {
  it('reads its title, place and posting under the id of its address', () => {
    const page = loadFixture('cornerstone', 'requisition.html', 'https://northwind.csod.com/ux/ats/careersite/1/home/requisition/4104?c=northwind&source=LinkedIn');
    const { detail } = readPage(cornerstone, page);
    expect(detail).toMatchObject({
      id: '4104',
      title: 'Applied AI Engineer',
      company: 'Northwind',
      location: 'Chicago, Illinois, United States',
      url: 'https://northwind.csod.com/ux/ats/careersite/1/home/requisition/4104?c=northwind',
    });
    expect(detail!.description).toContain('put our forecasting models into their planning systems');
  });

  it('reads nothing while the app has not drawn the requisition yet', () => {
    expect(readPage(cornerstone, pageFromHtml('<div id="cs-root"></div>', 'https://northwind.csod.com/ux/ats/careersite/1/home/requisition/4104?c=northwind')).detail).toBeNull();
  });
});
