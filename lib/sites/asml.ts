// ASML's careers, www.asml.com/en/careers/find-your-job (its own Sitecore and Next.js site; applying is on its
// Workday): each job's page at /en/careers/find-your-job/SLUG-jNNNNNNNN (the requisition "J-NNNNNNNN"), whose posting is
// in the Next.js data it is served with (props.pageProps.jobData: displayJobTitle, descriptionExternal, city,
// country, id), with no JobPosting JSON-LD. A connector's notes of live probes (2026-09) give those fields and the
// addresses; no saved page and no markup of the search's results (drawn in the browser) were found, so only job pages
// are read; where the data is not this job's (a page reached inside the app keeps the data of the first page), its
// JobPosting data if it ever has some, else the posting under its heading.
import { htmlToText, joinDistinct } from '../dom/text';
import { dataElseHeadedJobPage } from './headed-job-page';
import { headingShowing } from './jsonld';
import { isRecord, stringField } from './inertia';
import { nextPageProps } from './script-data';
import type { DetailRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.asml.com';
const COMPANY = 'ASML';
const JOB_PATH = /^\/en\/careers\/find-your-job\/[a-z0-9][a-z0-9-]{0,300}-j(\d{8})\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  const digits = url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
  return digits && `J-${digits}`;
}

const isJobPage = (url: URL) => !!idOf(url);

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const url = `https://${HOST}${page.url.pathname}`;
  const doc = page.document;
  const data = nextPageProps(doc)?.jobData;
  const job = isRecord(data) && stringField(data.id)?.toUpperCase() === id ? data : undefined;
  const title = stringField(job?.displayJobTitle);
  if (!job || !title) return dataElseHeadedJobPage(page, id, { idOf, jobUrl: () => url, company: COMPANY });
  const posting = stringField(job.descriptionExternal);
  const heading = headingShowing(doc, title);
  return {
    id,
    title,
    company: COMPANY,
    location: joinDistinct([stringField(job.city), stringField(job.country)], ', '),
    description: posting ? htmlToText(posting, doc) : undefined,
    url,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const asml: SiteAdapter = {
  id: 'asml',
  name: 'ASML Careers',
  matches: [`https://${HOST}/en/careers/find-your-job/*`],
  isJobPage,
  exampleUrls: [
    'https://www.asml.com/en/careers/find-your-job/field-application-engineer-chitose-j00340436',
    'https://www.asml.com/en/careers/find-your-job/legal-and-compliance-internship-privacy-ai-compliance-office-j00336878',
    'https://www.asml.com/en/careers/find-your-job/senior-field-application-engineer-j00334293',
  ],
  nonJobExampleUrls: ['https://www.asml.com/en/careers/find-your-job/', 'https://www.asml.com/en/careers/find-your-job/2/3/0/c-software-engineers-metrology-req23063'],
  detail,
};
