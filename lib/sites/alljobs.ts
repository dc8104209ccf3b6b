// AllJobs (www.alljobs.co.il), Israel's largest job board (Hebrew; English ads drawn left to right): searches at
// /SearchResultsGuest.aspx?page=N&freetxt=…&city=…, each job at /Search/UploadSingle.aspx?JobID=ID. ASP.NET pages drawn
// by the server. Six sources of 2025–26 agree (a test of 2026-10 reading a real saved search page, two extensions,
// three scrapers): each job's box div#job-box-containerID (or div#job-boxID inside it), its title link
// .job-content-top-title a[href*="UploadSingle.aspx?JobID="] > h2 (class names end in "-ltr" on English ads), the
// company div.T14's link to /Employer/… (empty for confidential ads), the places the location block's links to a city
// search; a job's page draws the same box for its job (the sidebar's other jobs beside it), with its description.
import { blockText, firstMatch, joinDistinct, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.alljobs.co.il', 'alljobs.co.il']);
const ID = /^\d{5,10}$/;
const JOB_PATH = /^\/search\/uploadsingle\.aspx$/i;
const LIST_PATH = /^\/searchresults(?:guest)?\.aspx$/i;
const BOX_ID = /^job-box(?:-container)?(\d{5,10})$/;

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !HOSTS.has(url.hostname) || !JOB_PATH.test(url.pathname)) return undefined;
  const id = url.searchParams.get('JobID') ?? url.searchParams.get('jobid');
  return id && ID.test(id) ? id : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://www.alljobs.co.il/Search/UploadSingle.aspx?JobID=${id}`;

/** A box's fields: its title link, company and places (class names with "-ltr" on English ads). */
function readBox(box: Element, page: PageContext): JobRead | null {
  const boxId = BOX_ID.exec(box.getAttribute('id') ?? '')?.[1];
  const link = box.querySelector('[class^="job-content-top-title"] a[href*="JobID="], a[href*="UploadSingle.aspx?JobID="]');
  const job = cardJob(link?.getAttribute('href'), boxId, page, idOf);
  const heading = link?.querySelector('h2, h1') ?? link;
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const places = [...box.querySelectorAll('[class^="job-content-top-location"] a, .job-regions-content a')].map(oneLine);
  return {
    id: job.id,
    title,
    company: oneLine(box.querySelector('.T14 a[href*="/Employer/"]')) || undefined,
    location: joinDistinct(places, ', '),
    url: jobUrl(job.id),
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const box = id ? firstMatch(doc, [`[id="job-box-container${id}"]`, `[id="job-box${id}"]`, `[id="job-body-content${id}"]`]) : null;
  const read = id && box ? readBox(box, page) : null;
  if (!id || !box || !read || read.id !== id) return null;
  const body = firstMatch(box, ['[class^="job-content-top-desc"]', `[id="job-content-top-acord${id}"]`]);
  return {
    ...read,
    description: (body && blockText(body)) || undefined,
    element: box,
  };
}

export const alljobs: SiteAdapter = {
  id: 'alljobs',
  name: 'AllJobs',
  matches: ['https://www.alljobs.co.il/*', 'https://alljobs.co.il/*'],
  isJobPage,
  exampleUrls: [
    'https://www.alljobs.co.il/SearchResultsGuest.aspx?page=1&position=&type=&freetxt=backend&city=779&region=',
    'https://www.alljobs.co.il/SearchResultsGuest.aspx?page=2&position=&type=&freetxt=&city=&region=11',
    'https://www.alljobs.co.il/Search/UploadSingle.aspx?JobID=8822511',
    'https://www.alljobs.co.il/Search/UploadSingle.aspx?JobID=8777982&utm_source=x',
  ],
  nonJobExampleUrls: ['https://www.alljobs.co.il/Search/UploadSingle.aspx', 'https://www.alljobs.co.il/Employer/HPAbout.aspx?cid=1234'],
  cards: {
    selectors: ['[id^="job-box-container"]', 'div.job-box'],
    read: readBox,
  },
  detail,
};
