import { idsOnPage } from './match-pattern';
import { careersSiteCompany } from './page-meta';
import type { PageContext } from './types';

/**
 * A careers-site platform on its employers' own hosts (`sites`: each host and the employer it is), read by the
 * platform's paths: the job id an address names by its path (`pathIdOf`, also for a site recognized on another host),
 * that id on the known hosts only (`idOf`), their list and job pages, the ids a page names (`idsOn`: its own host's
 * addresses by the path too), and a host's employer, else the one the page names.
 */
export function employerHosts(sites: ReadonlyMap<string, string>, jobPath: RegExp, listPath: RegExp) {
  const pathIdOf = (url: URL) => jobPath.exec(url.pathname)?.[1];
  const idOf = (url: URL | undefined) => (url && sites.has(url.hostname) ? pathIdOf(url) : undefined);
  return {
    pathIdOf,
    idOf,
    isJobPage: (url: URL) => sites.has(url.hostname) && (listPath.test(url.pathname) || !!pathIdOf(url)),
    idsOn: (page: PageContext) => idsOnPage(page.url, pathIdOf, idOf),
    company: (host: string, page: PageContext) => sites.get(host) ?? careersSiteCompany(page.document),
  };
}
