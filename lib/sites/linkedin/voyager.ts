// A logged-in job page before (or without) rendering, e.g. a closed job saved as the raw server
// response: the body is an app skeleton and the job exists only in LinkedIn's embedded API
// responses, <code id="bpr-guid-N"> blocks of JSON, each described by a <code id="datalet-bpr-guid-N">.

export interface VoyagerJob {
  title: string;
  company?: string;
  location?: string;
  description?: string;
}

type Json = Record<string, unknown>;

function parse(source: string | null | undefined): Json | undefined {
  try {
    const value: unknown = JSON.parse(source ?? '');
    return value && typeof value === 'object' ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' ? (value as Json)[key] : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Plain text with one block a line, as descriptions are everywhere else. */
function lines(value: string | undefined): string | undefined {
  const joined = value
    ?.split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return joined || undefined;
}

/** The job posting `/voyager/api/jobs/jobPostings/<id>` as embedded in the page, if it is there. */
export function readVoyagerJob(doc: Document, id: string): VoyagerJob | undefined {
  const request = `/voyager/api/jobs/jobPostings/${id}`;
  for (const datalet of doc.querySelectorAll('code[id^="datalet-bpr-guid-"]')) {
    const meta = datalet.textContent ?? '';
    if (meta.length > 4000 || !meta.includes(request)) continue;
    const bodyId = str(field(parse(meta), 'body'));
    const response = bodyId ? parse(doc.getElementById(bodyId)?.textContent) : undefined;
    const job = field(response, 'data');
    const title = str(field(job, 'title'));
    if (!title) continue;
    const included = field(response, 'included');
    const companyDetails = field(job, 'companyDetails');
    const companyUrn = str(field(companyDetails, 'company'));
    const company = Array.isArray(included)
      ? included.find((item) => companyUrn && field(item, 'entityUrn') === companyUrn)
      : undefined;
    return {
      title,
      company: str(field(company, 'name')) ?? str(field(companyDetails, 'companyName')),
      location: str(field(job, 'formattedLocation')),
      description: lines(str(field(field(job, 'description'), 'text'))),
    };
  }
  return undefined;
}
