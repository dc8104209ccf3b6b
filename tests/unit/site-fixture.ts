import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PageContext } from '../../lib/sites/types';

/** A fixture page (tests/fixtures/SITE/NAME) parsed as a document served at `url`. */
export function loadFixture(site: string, name: string, url: string): PageContext {
  return pageFromHtml(readFileSync(resolve('tests/fixtures', site, name), 'utf8'), url);
}

export function pageFromHtml(html: string, url: string): PageContext {
  return { url: new URL(url), document: new DOMParser().parseFromString(html, 'text/html') };
}

/** Each card's job as a row [id, title, company, location], for comparing a page's cards at a glance. */
export const cardRows = (cards: readonly { job: { id: string; title: string; company?: string; location?: string } }[]) =>
  cards.map(({ job }) => [job.id, job.title, job.company, job.location]);
