// Real-browser harness: the built extension (.output/chrome-mv3) in Debian Chromium, with
// fixture pages served under the career sites' real https host names.
//
//   const h = await launchWithExtension({ pages: { 'https://www.linkedin.com/jobs/search/': html } });
//   const page = await h.openPage('https://www.linkedin.com/jobs/search/');
//   const popup = await h.openPopup(await h.tabIdOf(page));
//   await h.close();
//
// How it works
// - A Node https server on 127.0.0.1 (random port) answers for every host; its certificate is
//   generated per run with the openssl CLI (SAN = the hosts). Chromium gets
//   `--host-resolver-rules=MAP <host> 127.0.0.1:PORT,...,MAP * ~NOTFOUND,EXCLUDE localhost`, so the
//   real manifest match patterns fire unchanged and nothing can reach the real Internet (Chromium's
//   own Google pings fail to resolve). `--ignore-certificate-errors` because Playwright's
//   ignoreHTTPSErrors does not cover requests made by the extension.
// - Routes: `pages` maps a full https URL to HTML (a string, or a path to an .html file), or to
//   { body | file, status, contentType, headers }, or to a function (req, url) => such a value.
//   A key ending in `*` serves every URL that starts with it (longest prefix wins); a key without a
//   query string matches that path with any query; a key with one matches exactly. Everything else
//   is a 404. `h.route(url, value)` adds routes later (only for hosts known at launch: pass extra
//   ones in `hosts`; DEFAULT_HOSTS are always mapped).
// - Requests are recorded three ways (see `h.requests`, `h.serverRequests`, `h.extensionRequests()`):
//   1. `context.on('request')`: everything Chromium loads, pages and workers. Playwright reports the
//      extension service worker's fetches too (request.serviceWorker() set), and loads made by
//      extension pages (popup) have a chrome-extension:// frame.
//   2. A content script's fetch runs in the page's renderer, with the page's frame and origin: the
//      only robust tell is who called it. Each page gets a CDP session with Network enabled, and
//      `Network.requestWillBeSent`'s `initiator.stack` (call frames, async parents included) names
//      `chrome-extension://<id>/content-scripts/...` when an extension script started it. Those
//      requests are tagged `byExtension: 'content-script'`.
//   3. The https server logs every request it got (method, url, Origin, Sec-Fetch-*), a check that
//      does not depend on the browser's reporting.
//   Optional `netLog: true` adds `--log-net-log` and `h.netLogRequests()` parses it on close:
//   every URL request the network stack saw, with its `initiator` origin (chrome-extension://ID for
//   the service worker and extension pages; a content script's fetch has the page's origin there).
// - Tab ids: MV3 without the "tabs" permission hides tab URLs except on hosts the extension may
//   access, so `tabIdOf(page)` asks the extension (service worker, else a hidden extension page)
//   for `chrome.tabs.query({})` and matches the URL when it is visible; otherwise it brings the
//   page to the front and takes the active tab of the last focused window (verified in headless).

import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:https';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built extension; ROLELENS_EXTENSION_DIR overrides (e.g. a build made elsewhere). */
export const EXTENSION_DIR = resolve(process.env.ROLELENS_EXTENSION_DIR || join(ROOT, '.output/chrome-mv3'));
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Hosts always mapped to the fixture server (the supported sites plus a neutral one). */
export const DEFAULT_HOSTS = [
  'www.linkedin.com',
  'linkedin.com',
  'www.indeed.com',
  'indeed.com',
  'uk.indeed.com',
  'www.glassdoor.com',
  'wellfound.com',
  'www.ycombinator.com',
  'www.workatastartup.com',
  'news.ycombinator.com',
  'job-boards.greenhouse.io',
  'boards.greenhouse.io',
  'jobs.lever.co',
  'jobs.ashbyhq.com',
  'acme.wd5.myworkdayjobs.com',
  'jobs.smartrecruiters.com',
  'careers.smartrecruiters.com',
  'apply.workable.com',
  'jobs.workable.com',
  'jobs.jobvite.com',
  'norrbacka.teamtailor.com',
  'pinecrest-robotics.breezy.hr',
  'almweg-robotics.jobs.personio.de',
  'lindqvist.avature.net',
  'join.com',
  'fjordline.recruitee.com',
  'ats.rippling.com',
  'recruiting.ultipro.com',
  'www.example.com',
  'careers.example.com',
];

export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--ignore-certificate-errors',
];

const NON_NETWORK = /^(chrome-extension|data|blob|about|chrome|devtools):/;

function makeCertificate(dir, hosts) {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const san = hosts.map((h) => `DNS:${h}`).join(',');
  try {
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-nodes', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
        '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=rolelens-e2e',
        '-addext', `subjectAltName=${san}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch (error) {
    throw new Error(`openssl could not make the test certificate (is openssl installed?): ${error.message}`);
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

function normalizeKey(url) {
  const prefix = url.endsWith('*');
  const u = new URL(prefix ? url.slice(0, -1) : url);
  if (u.protocol !== 'https:') throw new Error(`fixture URLs are https only: ${url}`);
  return { prefix, host: u.host, path: u.pathname, search: u.search, href: prefix ? url.slice(0, -1) : u.href.replace(/#.*$/, '') };
}

function toResponse(value) {
  if (value == null) return null;
  if (typeof value === 'string') {
    if (!value.includes('<') && existsSync(value)) return { status: 200, body: readFileSync(value), contentType: 'text/html; charset=utf-8' };
    return { status: 200, body: value, contentType: 'text/html; charset=utf-8' };
  }
  if (Buffer.isBuffer(value)) return { status: 200, body: value, contentType: 'text/html; charset=utf-8' };
  const body = value.file ? readFileSync(value.file) : value.body ?? '';
  return {
    status: value.status ?? 200,
    body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    contentType: value.contentType ?? (typeof value.body === 'object' && !Buffer.isBuffer(value.body) ? 'application/json' : 'text/html; charset=utf-8'),
    headers: value.headers ?? {},
  };
}

/** The fixture router; exported for the harness's own checks. */
export class Routes {
  constructor() {
    this.exact = new Map(); // href (with search) -> value
    this.byPath = new Map(); // host+path -> value (keys without a query string)
    this.prefixes = []; // [{ href, value }]
  }
  add(url, value) {
    const k = normalizeKey(url);
    if (k.prefix) {
      this.prefixes = this.prefixes.filter((p) => p.href !== k.href);
      this.prefixes.push({ href: k.href, value });
      this.prefixes.sort((a, b) => b.href.length - a.href.length);
    } else if (k.search) this.exact.set(k.href, value);
    else this.byPath.set(k.host + k.path, value);
  }
  /** The value for a full https URL, or undefined. */
  lookup(href) {
    const u = new URL(href);
    u.hash = '';
    if (this.exact.has(u.href)) return this.exact.get(u.href);
    if (this.byPath.has(u.host + u.pathname)) return this.byPath.get(u.host + u.pathname);
    for (const p of this.prefixes) if (u.href.startsWith(p.href)) return p.value;
    return undefined;
  }
}

/**
 * The https server that answers for every fixture host (a certificate for them made in `dir`),
 * recording each request it got. Shared by the Chromium harness and the Firefox one.
 * @param {Record<string, any>} pages  URL → fixture value (see Routes)
 * @param {string[]} extraHosts  hosts to answer for besides DEFAULT_HOSTS and the pages' hosts
 * @param {string} dir  a temporary folder
 */
export async function startFixtureServer(pages, extraHosts, dir) {
  const routes = new Routes();
  for (const [url, value] of Object.entries(pages)) routes.add(url, value);
  const hosts = [...new Set([...DEFAULT_HOSTS, ...extraHosts, ...Object.keys(pages).map((u) => new URL(u.replace(/\*$/, '')).hostname)])];

  const { key, cert } = makeCertificate(dir, hosts);

  /** Every request the fixture server answered. */
  const serverRequests = [];
  const server = createServer({ key, cert }, async (req, res) => {
    const href = `https://${req.headers.host}${req.url}`;
    serverRequests.push({
      method: req.method,
      url: href,
      origin: req.headers.origin,
      referer: req.headers.referer,
      secFetchSite: req.headers['sec-fetch-site'],
      secFetchMode: req.headers['sec-fetch-mode'],
      secFetchDest: req.headers['sec-fetch-dest'],
      time: Date.now(),
    });
    try {
      let value = routes.lookup(href);
      if (typeof value === 'function') value = await value(req, new URL(href));
      const r = toResponse(value);
      if (!r) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end(`no fixture for ${href}`);
        return;
      }
      res.writeHead(r.status, { 'content-type': r.contentType, 'cache-control': 'no-store', ...r.headers });
      res.end(req.method === 'HEAD' ? undefined : r.body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error?.stack ?? error));
    }
  });
  await new Promise((ok, fail) => server.listen(0, '127.0.0.1', ok).on('error', fail));
  const port = server.address().port;
  return { routes, hosts, server, port, serverRequests };
}

/**
 * Starts the fixture server and Chromium with the extension.
 * @param {{ pages?: Record<string, any>, hosts?: string[], extensionPath?: string | null,
 *           netLog?: boolean, recordInitiators?: boolean, viewport?: {width:number,height:number},
 *           args?: string[] }} options  extensionPath null = no extension (benchmark baseline).
 */
export async function launchWithExtension(options = {}) {
  const {
    pages = {},
    hosts: extraHosts = [],
    extensionPath = EXTENSION_DIR,
    netLog = false,
    recordInitiators = true,
    viewport = { width: 1280, height: 900 },
    args: extraArgs = [],
  } = options;
  if (extensionPath && !existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionPath}: run \`npm run build\` first`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }

  const tmp = mkdtempSync(join(tmpdir(), 'rolelens-e2e-'));
  const { routes, hosts, server, port, serverRequests } = await startFixtureServer(pages, extraHosts, tmp);

  const netLogFile = join(tmp, 'netlog.json');
  const args = [
    ...CHROMIUM_ARGS,
    `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(',')},MAP * ~NOTFOUND,EXCLUDE localhost`,
    ...(extensionPath ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : []),
    ...(netLog ? [`--log-net-log=${netLogFile}`, '--net-log-capture-mode=Default'] : []),
    ...extraArgs,
  ];
  let context;
  try {
    context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args,
      ignoreHTTPSErrors: true,
      viewport,
    });
  } catch (error) {
    server.close();
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }

  let extensionId = null;
  let serviceWorker = null;
  let manifest = null;
  if (extensionPath) {
    manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));
    try {
      if (manifest.background?.service_worker) {
        const isOurs = (w) => w.url().startsWith('chrome-extension://');
        serviceWorker =
          context.serviceWorkers().find(isOurs) ??
          (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15000 }).catch(() => null));
        if (serviceWorker) extensionId = new URL(serviceWorker.url()).host;
      }
      if (!extensionId) extensionId = await extensionIdFromProfile(context, extensionPath);
      if (!extensionId) throw new Error(extensionLoadHint(extensionPath, manifest));
    } catch (error) {
      await context.close().catch(() => {});
      server.close();
      rmSync(tmp, { recursive: true, force: true });
      throw error;
    }
  }

  /** Every request Chromium reported (pages, extension pages, service workers). */
  const requests = [];
  const byKey = new Map(); // `${frameUrl}|${url}` awaiting a CDP initiator
  const initiators = []; // { url, extensionScript } from CDP
  const extOrigin = extensionId ? `chrome-extension://${extensionId}/` : null;

  context.on('request', (request) => {
    let frameUrl = null;
    try {
      frameUrl = request.frame()?.url() ?? null;
    } catch {
      frameUrl = null; // service-worker requests have no frame
    }
    const worker = request.serviceWorker?.();
    const entry = {
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      isNavigation: request.isNavigationRequest(),
      frameUrl,
      serviceWorkerUrl: worker ? worker.url() : null,
      byExtension: null,
      time: Date.now(),
    };
    if (extOrigin && entry.serviceWorkerUrl?.startsWith(extOrigin)) entry.byExtension = 'service-worker';
    else if (extOrigin && frameUrl?.startsWith(extOrigin)) entry.byExtension = 'extension-page';
    requests.push(entry);
  });

  const cdpSessions = new Set();
  async function watchInitiators(page) {
    if (!recordInitiators || !extensionId) return;
    if (page.url().startsWith('chrome-extension://')) return;
    try {
      const cdp = await context.newCDPSession(page);
      cdpSessions.add(cdp);
      cdp.on('Network.requestWillBeSent', (e) => {
        const stackUrls = [];
        for (let s = e.initiator?.stack; s; s = s.parent) for (const f of s.callFrames ?? []) stackUrls.push(f.url);
        const urls = [e.initiator?.url, ...stackUrls].filter(Boolean);
        const script = urls.find((u) => u.startsWith(extOrigin));
        // Extension pages (popup) are covered by their chrome-extension:// frame above.
        const inExtensionPage = (e.documentURL ?? '').startsWith(extOrigin);
        initiators.push({
          url: e.request.url,
          documentURL: e.documentURL,
          initiatorType: e.initiator?.type,
          extensionScript: script && !inExtensionPage ? script : null,
          time: Date.now(),
        });
      });
      await cdp.send('Network.enable');
    } catch {
      // the page closed while attaching
    }
  }
  const pagesWatched = [];
  const watching = new WeakMap(); // page -> promise of its CDP Network session being ready
  const watch = (page) => {
    if (!watching.has(page)) {
      const ready = watchInitiators(page);
      watching.set(page, ready);
      pagesWatched.push(ready);
    }
    return watching.get(page);
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);

  /** Uncaught exceptions of every page, extension pages included: { url, message }. */
  const pageErrors = [];
  const listenErrors = (page) => page.on('pageerror', (e) => pageErrors.push({ url: page.url(), message: e.message }));
  context.on('page', listenErrors);
  for (const page of context.pages()) listenErrors(page);

  let helperPage = null;
  async function extensionEval(fn, arg) {
    if (serviceWorker) {
      try {
        return await serviceWorker.evaluate(fn, arg);
      } catch {
        // the worker may have been stopped; fall back to an extension page
      }
    }
    if (!extensionId) throw new Error('no extension loaded');
    if (!helperPage || helperPage.isClosed()) {
      helperPage = await context.newPage();
      await helperPage.goto(`chrome-extension://${extensionId}/manifest.json`);
    }
    return helperPage.evaluate(fn, arg);
  }

  const harness = {
    context,
    extensionId,
    /** The extension's service worker, or null when the build has none. */
    serviceWorker,
    /** The built manifest (null without an extension). */
    manifest,
    port,
    hosts,
    tmpDir: tmp,
    requests,
    serverRequests,
    initiators,
    pageErrors,

    /** Adds or replaces a route (see the top of this file). */
    route(url, value) {
      routes.add(url, value);
    },

    /** Opens url in a new tab and waits for its load event. */
    async openPage(url, { waitUntil = 'load' } = {}) {
      const page = await context.newPage();
      await watch(page); // Network events from the very first request on
      await page.goto(url, { waitUntil });
      return page;
    },

    /** Runs fn(arg) inside the extension (service worker, else an extension page). */
    extensionEval,

    /** The browser tab id of a Playwright page. */
    async tabIdOf(page) {
      const url = page.url();
      const tabs = await extensionEval(() => chrome.tabs.query({}));
      const byUrl = tabs.filter((t) => (t.url ?? t.pendingUrl) === url);
      if (byUrl.length === 1) return byUrl[0].id;
      await page.bringToFront();
      const [active] = await extensionEval(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
      if (!active) throw new Error(`no tab id found for ${url}`);
      return active.id;
    },

    /** Opens the popup for a tab as a page (`popup.html?tab=ID`). */
    async openPopup(tabId, { width = 380, height = 600 } = {}) {
      if (!extensionId) throw new Error('no extension loaded');
      const popup = await context.newPage();
      await popup.setViewportSize({ width, height });
      await popup.goto(`chrome-extension://${extensionId}/popup.html${tabId == null ? '' : `?tab=${tabId}`}`);
      return popup;
    },

    /**
     * Network requests the extension made: service worker, extension pages, and fetches whose
     * CDP initiator stack runs through an extension script (content scripts). Extension-internal
     * chrome-extension:// loads are not network and are left out.
     */
    extensionRequests() {
      const out = requests.filter((r) => r.byExtension && !NON_NETWORK.test(r.url));
      for (const i of initiators) {
        if (i.extensionScript && !NON_NETWORK.test(i.url)) {
          out.push({ url: i.url, byExtension: 'content-script', script: i.extensionScript, time: i.time });
        }
      }
      return out;
    },

    /** After close(): URL requests from the net log, with their initiator origin. */
    netLogRequests() {
      if (!netLog) throw new Error('launch with netLog: true');
      return parseNetLog(netLogFile);
    },

    async close() {
      await Promise.allSettled(pagesWatched);
      await context.close().catch(() => {});
      await new Promise((ok) => server.close(ok));
      server.closeAllConnections?.();
      if (netLog && existsSync(netLogFile)) {
        harness.netLog = parseNetLog(netLogFile);
      }
      if (!process.env.ROLELENS_E2E_KEEP) rmSync(tmp, { recursive: true, force: true });
    },
  };
  return harness;
}

/** The id of the unpacked extension loaded from extensionPath, from chrome://extensions; null if it did not load. */
async function extensionIdFromProfile(context, extensionPath) {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions/');
    for (let i = 0; i < 20; i++) {
      const id = await page.evaluate(async (dir) => {
        const list = await chrome.developerPrivate.getExtensionsInfo();
        return list.find((e) => e.path === dir)?.id ?? null;
      }, resolve(extensionPath));
      if (id) return id;
      await page.waitForTimeout(100);
    }
    return null;
  } finally {
    await page.close();
  }
}

/** Why Chromium may have refused the build, for the error message. */
function extensionLoadHint(extensionPath, manifest) {
  const hints = [];
  for (const [i, cs] of (manifest.content_scripts ?? []).entries()) {
    if (!cs.matches?.length) hints.push(`content_scripts[${i}].matches is empty (Chromium rejects the whole extension)`);
  }
  if (manifest.background?.service_worker) hints.push('its service worker never started');
  return `Chromium did not load the extension at ${extensionPath}${hints.length ? `: ${hints.join('; ')}` : ''}`;
}

/** URL_REQUEST_START_JOB events of a Chromium net log: { url, method, initiator }. */
export function parseNetLog(file) {
  let text = readFileSync(file, 'utf8').trim();
  // Chromium may be killed before it closes the JSON: repair the tail.
  if (!text.endsWith('}')) text = text.replace(/,\s*$/, '') + ']}';
  let log;
  try {
    log = JSON.parse(text);
  } catch {
    log = JSON.parse(text.replace(/,?\s*$/, '') + ']}');
  }
  const types = Object.fromEntries(Object.entries(log.constants.logEventTypes).map(([k, v]) => [v, k]));
  const out = [];
  for (const e of log.events ?? []) {
    if (types[e.type] === 'URL_REQUEST_START_JOB' && e.params?.url) {
      out.push({ url: e.params.url, method: e.params.method, initiator: e.params.initiator ?? null });
    }
  }
  return out;
}
