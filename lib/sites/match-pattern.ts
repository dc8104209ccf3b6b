type UrlTest = (url: URL) => boolean;

const compiled = new Map<string, UrlTest>();

/** True when the URL matches a WebExtension match pattern such as "https://*.lever.co/*". */
export function matchesPattern(pattern: string, url: URL): boolean {
  let test = compiled.get(pattern);
  if (!test) compiled.set(pattern, (test = compilePattern(pattern)));
  return test(url);
}

/** Every page load asks for its adapter: each pattern is parsed once, and "/*" needs no regex. */
function compilePattern(pattern: string): UrlTest {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return () => false;
  const [, scheme, host, path] = m;
  const schemeOk: UrlTest = scheme === '*' ? (url) => url.protocol === 'https:' || url.protocol === 'http:' : (url) => url.protocol === `${scheme}:`;
  const base = host.startsWith('*.') ? host.slice(2) : null;
  const hostOk: UrlTest =
    host === '*' ? () => true : base ? (url) => url.hostname === base || url.hostname.endsWith(`.${base}`) : (url) => url.hostname === host;
  if (path === '/*') return (url) => schemeOk(url) && hostOk(url);
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return (url) => schemeOk(url) && hostOk(url) && glob.test(url.pathname + url.search);
}

/** The one label before `domain` in the URL's host ("acme" for acme.breezy.hr), unless it is reserved. */
export function tenantOf(url: URL, domain: string, reserved: ReadonlySet<string>): string | undefined {
  if (!url.hostname.endsWith(`.${domain}`)) return undefined;
  const tenant = url.hostname.slice(0, -domain.length - 1);
  return tenant && !tenant.includes('.') && !reserved.has(tenant) ? tenant : undefined;
}

/**
 * The ids a vendor's page names: on its own hosts, by `idOf`; on a company's own domain (a site recognized by its
 * markup), that page's own addresses by the vendor's paths (`pathIdOf`) as well.
 */
export function idsOnPage(
  pageUrl: URL,
  pathIdOf: (url: URL) => string | undefined,
  idOf: (url: URL | undefined) => string | undefined,
): (url: URL | undefined) => string | undefined {
  return (url) => (url && url.hostname === pageUrl.hostname ? pathIdOf(url) : idOf(url));
}

/**
 * A vendor's career portals on TENANT.DOMAIN that are also served on employers' own hosts: the job id an address names
 * by the vendor's path (`pathIdOf`, for a portal recognized elsewhere), that id on the vendor's own hosts (`idOf`), and
 * whether an address there is a portal's list or a job page.
 */
export function tenantPortal(domain: string, reserved: ReadonlySet<string>, jobPath: RegExp, listPath: RegExp) {
  const onPortal = (url: URL) => !!tenantOf(url, domain, reserved);
  const pathIdOf = (url: URL) => jobPath.exec(url.pathname)?.[1];
  return {
    pathIdOf,
    idOf: (url: URL | undefined) => (url && onPortal(url) ? pathIdOf(url) : undefined),
    isJobPage: (url: URL) => onPortal(url) && (listPath.test(url.pathname) || jobPath.test(url.pathname)),
  };
}
