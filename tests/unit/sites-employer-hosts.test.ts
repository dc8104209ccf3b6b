// Employers' own career hosts added to the vendors' readers (stop 43): each read as the vendor's pages, under the employer's name.
import { describe, expect, it } from 'vitest';
import { adapterForPage } from '../../lib/sites';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture } from './site-fixture';

describe("employers' own career hosts served by Avature, Eightfold, Phenom, SuccessFactors and TalentBrew", () => {
  it.each([
    ['avature', 'search.html', 'https://careers.boozallen.com/jobs/SearchJobs/ai', 'Booz Allen Hamilton'],
    ['avature', 'search.html', 'https://apply.deloitte.com/en_US/careers/SearchJobs/ai', 'Deloitte'],
    ['avature', 'search.html', 'https://careers.twosigma.com/careers/OpenRoles', 'Two Sigma'],
    ['avature', 'search.html', 'https://jobs.siemens.com/en_US/externaljobs/SearchJobs/?folderOffset=6', 'Siemens'],
    ['avature', 'search.html', 'https://recruitment.macquarie.com/en_US/careers/SearchJobs/', 'Macquarie'],
    ['eightfold', 'pcsx-search.html', 'https://jobs.vodafone.com/careers?query=data&domain=vodafone.com', 'Vodafone'],
    ['eightfold', 'pcsx-search.html', 'https://jobs.infineon.com/careers?domain=infineon.com&location=Germany', 'Infineon'],
    ['phenom', 'search-2026.html', 'https://careers.adobe.com/us/en/search-results?keywords=ai', 'Adobe'],
    ['phenom', 'search-2026.html', 'https://careers.snowflake.com/us/en/search-results?keywords=ai', 'Snowflake'],
    ['phenom', 'search-2026.html', 'https://careers.mastercard.com/us/en/search-results?keywords=ai', 'Mastercard'],
    ['phenom', 'search-2026.html', 'https://careers.thalesgroup.com/global/en/search-results?from=0&s=1', 'Thales'],
    ['successfactors', 'search.html', 'https://jobs.dsv.com/search/?q=&startrow=10', 'DSV'],
    ['successfactors', 'tiles.html', 'https://careers.sap.com/search/?q=ai', 'SAP'],
    ['talentbrew', 'search-jobs.html', 'https://www.att.jobs/search-jobs/ai/117/1', 'AT&T'],
    ['talentbrew', 'search-jobs.html', 'https://jobs.intel.com/en/search-jobs/ai/41147/1', 'Intel'],
  ])('%s reads %s at %s as %s\'s', (site, file, url, company) => {
    const page = loadFixture(site, file, url);
    const adapter = adapterForPage(page.url);
    expect(adapter?.id).toBe(site);
    expect(adapter!.isJobPage(page.url)).toBe(true);
    const { cards } = readPage(adapter!, page);
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards.map(({ job }) => job.company))).toEqual(new Set([company]));
  });
});
