// LinkedIn-style single-page-app pages for spa/hostile/a11y tests: the same logged-in (2025) markup
// as fixtures/linkedin.mjs (li[data-occludable-job-id] > div > div.job-card-container[data-job-id],
// detail pane .jobs-search__job-details--container with .job-details-jobs-unified-top-card__job-title
// and #job-details), but rendered by the page's OWN script (`window.app`), so tests can drive pane
// swaps, pushState navigation, lazy placeholders, infinite scroll and recycled cards the way the
// real site does: without a page load.
//
//   const jobs = [makeJob({ id, title, company, location, description })...];
//   linkedinAppPage({ jobs, list: [ids...], placeholders: [ids...], open: id | null })   // /jobs/search/
//   linkedinFeedPage({ jobs, feedCard: job })                                               // /feed/
//
// In the page: app.open(id) (pushState currentJobId=, pane top card now, description a moment later),
// app.search(url, ids, openId) (pushState, list replaced), app.fill(id), app.append(ids),
// app.recycle(oldId, newId), app.toFeed(), app.toSearch(url, ids, openId).
// esc and cardInner come from the list fixture; they are still embedded with Function#toString.
import { cardInner, DESCRIPTION, esc } from './fixtures/linkedin.mjs';

export const FDE_DESCRIPTION = DESCRIPTION.join('\n');

export const PLATFORM_DESCRIPTION = [
  'About the job',
  'You will build and operate the training and inference platform that serves our models to every',
  'product team: GPU scheduling, model serving, evaluation pipelines, latency optimization,',
  'distributed training infrastructure and the internal APIs other teams build on.',
].join('\n');

/** A LinkedIn-like 10-digit job id. */
export function id(n) {
  return String(4300000000 + n * 7919);
}

export function makeJob({ n, title, company = 'Acme Corp', location = 'Remote', description = PLATFORM_DESCRIPTION }) {
  return { id: id(n), title, company, location, description };
}

// ── Templates: real functions, also embedded into the page script with Function#toString ──────



function cardLi(job) {
  return `<li class="ember-view occludable-update p0 relative scaffold-layout__list-item" data-occludable-job-id="${esc(job.id)}">${cardInner(job)}</li>`;
}

function placeholderLi(job) {
  return `<li class="ember-view occludable-update p0 relative scaffold-layout__list-item" data-occludable-job-id="${esc(job.id)}"></li>`;
}

function topCard(job) {
  return `<div class="job-details-jobs-unified-top-card__container--two-pane">
    <div class="job-details-jobs-unified-top-card__company-name"><a href="/company/acme/life/">${esc(job.company)}</a></div>
    <div class="job-details-jobs-unified-top-card__job-title"><h1 class="t-24 t-bold inline"><a href="/jobs/view/${esc(job.id)}/">${esc(job.title)}</a></h1></div>
    <div class="job-details-jobs-unified-top-card__primary-description-container"><span>${esc(job.location)} · 2 days ago · 87 applicants</span></div>
  </div>`;
}

function descriptionHtml(job) {
  return String(job.description || '')
    .split('\n')
    .map((line) => `<p>${esc(line)}</p>`)
    .join('\n');
}

function paneInner(job, withDescription) {
  return `${topCard(job)}
  <div class="jobs-description__content jobs-description-content">
    <div id="job-details" class="jobs-box__html-content jobs-description-content__text">${withDescription ? descriptionHtml(job) : ''}</div>
  </div>`;
}

function searchMain(jobs, ids, openId, holes) {
  const items = ids.map((i) => cardLi(jobs[i])).concat((holes || []).map((i) => placeholderLi(jobs[i]))).join('\n');
  const pane =
    openId != null
      ? `<div class="scaffold-layout__detail jobs-search__job-details--container"><div class="jobs-search__job-details--wrapper">${paneInner(jobs[openId], true)}</div></div>`
      : '';
  return `<div class="scaffold-layout__list-detail">
    <div class="scaffold-layout__list">
      <header class="scaffold-layout__list-header"><div class="jobs-search-results-list__subtitle">${ids.length} results</div></header>
      <div><ul class="scaffold-layout__list-container">${items}</ul></div>
    </div>
    ${pane}
  </div>`;
}

function feedMain(jobs, feedCardId) {
  const job = feedCardId ? jobs[feedCardId] : null;
  // A post that talks about a role, and a "jobs for you" module: job-like markup on a page that is not a job page.
  return `<div class="scaffold-layout__main feed-container">
    <div class="feed-shared-update-v2" data-urn="urn:li:activity:7200000000000000000">
      <p class="feed-shared-text">We are hiring a Forward Deployed Engineer! Travel to customer sites and deploy LLM agents.</p>
    </div>
    ${job ? `<section class="feed-jobs-module"><ul>${cardLi(job)}</ul></section>` : ''}
  </div>`;
}

// The page's own application code (runs in the page's main world).
function appScript(JOBS, ctx) {
  const $ = (s) => document.querySelector(s);
  const list = () => $('ul.scaffold-layout__list-container');
  const later = (ms) => new Promise((ok) => setTimeout(ok, ms));
  const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
  const app = {
    /** Opens a job as LinkedIn does: URL first, top card swapped, the description a moment later. */
    async open(jobId, { inPlace = false, descriptionDelay = 250 } = {}) {
      const job = JOBS[jobId];
      const url = new URL(location.href);
      url.searchParams.set('currentJobId', jobId);
      history.pushState({ jobId }, '', url.pathname + url.search);
      const wrapper = $('.jobs-search__job-details--wrapper');
      if (inPlace) {
        // Ember-style: the same elements, new text and href; the old description stays until the new one arrives.
        const link = wrapper.querySelector('.job-details-jobs-unified-top-card__job-title a');
        link.textContent = job.title;
        link.setAttribute('href', `/jobs/view/${job.id}/`);
        wrapper.querySelector('.job-details-jobs-unified-top-card__company-name a').textContent = job.company;
        await later(descriptionDelay);
        wrapper.querySelector('#job-details').innerHTML = descriptionHtml(job);
      } else {
        wrapper.innerHTML = paneInner(job, false); // skeleton: top card, no description yet
        await later(descriptionDelay);
        wrapper.querySelector('#job-details').innerHTML = descriptionHtml(job);
      }
    },
    /** Client-side navigation to another search: pushState, then the new list (and pane) rendered. */
    async search(href, ids, openId) {
      history.pushState({}, '', href);
      await frame();
      $('main').innerHTML = searchMain(JOBS, ids, openId);
    },
    async toFeed() {
      history.pushState({}, '', '/feed/');
      await frame();
      $('main').innerHTML = feedMain(JOBS, ctx.feedCardId);
      document.title = 'Feed | LinkedIn';
    },
    async toSearch(href, ids, openId) {
      document.title = 'Jobs | LinkedIn';
      await app.search(href, ids, openId);
    },
    fill(jobId) {
      document.querySelector(`li[data-occludable-job-id="${jobId}"]`).innerHTML = cardInner(JOBS[jobId]);
    },
    append(ids) {
      list().insertAdjacentHTML('beforeend', ids.map((i) => cardLi(JOBS[i])).join(''));
    },
    /** Reuses a card element for another job: attributes and texts replaced in place. */
    recycle(oldId, newId) {
      const job = JOBS[newId];
      const li = document.querySelector(`li[data-occludable-job-id="${oldId}"]`);
      li.setAttribute('data-occludable-job-id', newId);
      li.querySelector('[data-job-id]').setAttribute('data-job-id', newId);
      const link = li.querySelector('a.job-card-container__link');
      link.setAttribute('href', `/jobs/view/${newId}/?refId=e2e`);
      link.setAttribute('aria-label', job.title);
      link.querySelector('strong').textContent = job.title;
      link.querySelector('.visually-hidden').textContent = job.title;
      li.querySelector('.artdeco-entity-lockup__subtitle span').textContent = job.company;
      return li;
    },
  };
  // Clicking a card opens it in the pane (the link would load /jobs/view: LinkedIn prevents that).
  document.addEventListener('click', (event) => {
    const card = event.target.closest?.('[data-job-id]');
    if (!card || !$('.jobs-search__job-details--wrapper')) return;
    event.preventDefault();
    app.open(card.getAttribute('data-job-id'));
  });
  window.app = app;
}

const STYLE = `
  body { margin: 0; font: 14px/1.4 system-ui, "Liberation Sans", Arial, sans-serif; background: #f4f2ee; color: #1f1f1f; }
  header.global-nav { height: 52px; background: #fff; display: flex; align-items: center; padding: 0 24px; font-weight: 600; color: #0a66c2; }
  .scaffold-layout__list-detail { display: flex; max-width: 1128px; margin: 24px auto; background: #fff; }
  .scaffold-layout__list { width: 40%; border-right: 1px solid #e8e8e8; }
  .scaffold-layout__list-container { list-style: none; margin: 0; padding: 0; }
  .scaffold-layout__list-item { border-bottom: 1px solid #e8e8e8; min-height: 20px; }
  .job-card-container { padding: 12px 16px; }
  .artdeco-entity-lockup { display: flex; gap: 8px; }
  .logo { width: 48px; height: 48px; background: #e9e5df; display: grid; place-items: center; }
  .job-card-container__link { color: #0a66c2; text-decoration: none; font-size: 16px; }
  .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(1px,1px,1px,1px); }
  ul.job-card-container__metadata-wrapper, .job-card-list__footer-wrapper { list-style: none; margin: 0; padding: 0; }
  .scaffold-layout__detail { flex: 1; padding: 24px; }
`;

/** JSON for an inline script: `<` escaped, so page text cannot close the script element. */
function scriptJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function shell({ title, main, jobs, feedCardId = null }) {
  const byId = Object.fromEntries(jobs.map((j) => [j.id, j]));
  const fns = [esc, cardInner, cardLi, placeholderLi, topCard, descriptionHtml, paneInner, searchMain, feedMain].map(String).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body class="render-mode-BIGPIPE">
<header class="global-nav">in · LinkedIn</header>
<main id="main" class="scaffold-layout__main">${main}</main>
<script>
${fns}
(${appScript})(${scriptJson(byId)}, ${scriptJson({ feedCardId })});
</script>
</body>
</html>`;
}

/**
 * A /jobs/search/ page: `list` job ids as cards, then `placeholders` ids as empty lazy items, and
 * the pane showing `open` (null: no pane).
 */
export function linkedinAppPage({ jobs, list = [], placeholders = [], open = null, feedCardId = null }) {
  const byId = Object.fromEntries(jobs.map((j) => [j.id, j]));
  const main = searchMain(byId, list, open, placeholders);
  return shell({ title: 'ai engineer Jobs | LinkedIn', main, jobs, feedCardId });
}

/** The /feed/ page, with the same app script (it can navigate to a search). */
export function linkedinFeedPage({ jobs, feedCardId = null }) {
  const byId = Object.fromEntries(jobs.map((j) => [j.id, j]));
  return shell({ title: 'Feed | LinkedIn', main: feedMain(byId, feedCardId), jobs, feedCardId });
}

export { cardLi, esc };

// ── Page probes (pass to page.evaluate) ─────────────────────────────────────────────────────

/** Every marked element: { job, label, tag, badges (role-lens-badge inside or right after its title link) }. */
export function probeMarks() {
  return [...document.querySelectorAll('[data-rolelens-job]')].map((el) => ({
    job: el.getAttribute('data-rolelens-job'),
    label: el.getAttribute('data-rolelens-label'),
    tag: el.tagName.toLowerCase(),
    inList: !!el.closest('ul.scaffold-layout__list-container'),
    pane: el.matches('.jobs-search__job-details--container'),
    badges: el.querySelectorAll('role-lens-badge').length,
    badgeLabels: [...el.querySelectorAll('role-lens-badge')].map((b) => b.getAttribute('data-label')),
  }));
}

/**
 * Records, in the page's main world, how often each element got a `data-rolelens-job` value set and
 * how often a badge was inserted into each list item (the scanner must do each once per job shown).
 */
export function installRecorder() {
  if (window.__rlRecorder) return;
  window.__rlRecorder = true;
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.attributeName === 'data-rolelens-job') r.target.__rlJobSets = (r.target.__rlJobSets || 0) + 1;
        continue;
      }
      for (const node of r.addedNodes) {
        if (node.nodeType === 1 && node.tagName === 'ROLE-LENS-BADGE') {
          const owner = node.closest('li[data-occludable-job-id], .jobs-search__job-details--container');
          if (owner) owner.__rlBadgeAdds = (owner.__rlBadgeAdds || 0) + 1;
        }
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-rolelens-job'] });
}

/** Per list item: { id, job, label, badges, badgeLabel, jobSets, badgeAdds }. */
export function probeItems() {
  return [...document.querySelectorAll('li[data-occludable-job-id]')].map((li) => ({
    id: li.getAttribute('data-occludable-job-id'),
    job: li.getAttribute('data-rolelens-job'),
    label: li.getAttribute('data-rolelens-label'),
    badges: li.querySelectorAll('role-lens-badge').length,
    badgeLabel: li.querySelector('role-lens-badge')?.getAttribute('data-label') ?? null,
    innerMarks: li.querySelectorAll('[data-rolelens-job]').length,
    jobSets: li.__rlJobSets || 0,
    badgeAdds: li.__rlBadgeAdds || 0,
  }));
}
