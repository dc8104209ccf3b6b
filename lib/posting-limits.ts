/**
 * The longest value of each Posting field (lib/schema.ts builds its zod schema from these). Kept
 * apart from the schema so the content script can cut page text to them without loading zod.
 */
export const POSTING_LIMITS = {
  site: 40,
  id: 200,
  url: 4000,
  title: 500,
  company: 300,
  location: 500,
  description: 200_000,
} as const;
