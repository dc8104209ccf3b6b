// Real-browser harness for Firefox: the Firefox build (.output/firefox-mv2) installed as a
// temporary add-on in Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core, with
// the fixture pages served under the sites' real https host names by the Chromium harness's server.
//
//   const f = await launchFirefoxWithExtension({ pages: { 'https://www.linkedin.com/jobs/search/': html } });
//   const page = await f.openPage('https://www.linkedin.com/jobs/search/');
//   await f.close();
//
// Firefox has no host-resolver rules that map a host to a port, so it is pointed at a local CONNECT
// proxy (network.proxy.* prefs) that tunnels a connection to a fixture host to the fixture server
// and refuses every other host: nothing reaches the real Internet. The certificate is self-signed:
// the session accepts insecure certificates.
import puppeteer from 'puppeteer-core';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, startFixtureServer } from './harness.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(process.env.ROLELENS_FIREFOX_EXTENSION_DIR || join(ROOT, '.output/firefox-mv2'));

/** A CONNECT proxy that tunnels to the fixture server for its hosts only; what it refused is kept. */
async function startProxy(hosts, port) {
  const refused = [];
  const proxy = createServer((req, res) => {
    refused.push(req.url);
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket, head) => {
    const host = req.url.replace(/:\d+$/, '');
    if (!hosts.includes(host)) {
      refused.push(req.url);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise((ok, fail) => proxy.listen(0, '127.0.0.1', ok).on('error', fail));
  return { proxy, proxyPort: proxy.address().port, refused };
}

/**
 * Starts the fixture server, the proxy, and Firefox with the extension installed.
 * @param {{ pages?: Record<string, any>, hosts?: string[] }} options
 */
export async function launchFirefoxWithExtension({ pages = {}, hosts: extraHosts = [] } = {}) {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first`);
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`no Firefox at ${FIREFOX_PATH}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'rolelens-firefox-'));
  const fixtures = await startFixtureServer(pages, extraHosts, tmp);
  const { proxy, proxyPort, refused } = await startProxy(fixtures.hosts, fixtures.port);
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      acceptInsecureCerts: true,
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxyPort,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxyPort,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
      },
    });
  } catch (error) {
    proxy.close();
    fixtures.server.close();
    throw error;
  }
  const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    addonId,
    serverRequests: fixtures.serverRequests,
    /** Connections the proxy refused (hosts other than the fixtures'). */
    refused,
    /** A new tab at `url`, once loaded. */
    async openPage(url) {
      const page = await browser.newPage();
      // A fixture's own hostile script may call alert(): dismissed, as Playwright does in Chromium.
      page.on('dialog', (dialog) => dialog.dismiss().catch(() => {}));
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await browser.close().catch(() => {});
      proxy.close();
      fixtures.server.closeAllConnections?.();
      await new Promise((ok) => fixtures.server.close(ok));
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
