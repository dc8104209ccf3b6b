/** A schema.org JobPosting as Role Lens reads it, from JSON-LD (jsonld.ts) or microdata (microdata.ts). */
export interface JsonLdJob {
  id?: string;
  title: string;
  company?: string;
  location?: string;
  description?: string;
  url?: string;
}

/** The job with only the optional fields the page gave: none is set to undefined or ''. */
export function jobPosting(title: string, fields: Omit<JsonLdJob, 'title'>): JsonLdJob {
  const job: JsonLdJob = { title };
  for (const key of ['id', 'company', 'location', 'description', 'url'] as const) {
    const value = fields[key];
    if (value) job[key] = value;
  }
  return job;
}
