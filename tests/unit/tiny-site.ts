// A tiny site for the scanner and page-session tests; never imported by the extension.
import type { SiteAdapter } from '@/lib/sites/types';

/**
 * Cards are <li data-job="ID"><a class="title">TITLE</a></li> (or a div.inner-card inside one; an
 * empty <li data-job> is a lazy placeholder); the open job is <section id="pane" data-job="ID">
 * <h2>TITLE</h2><p>TEXT</p>; jobs with no card are data in <script id="jobs">[{"id","title"}]</script>.
 */
export const tinySite: SiteAdapter = {
  id: 'test',
  name: 'Test',
  matches: [],
  isJobPage: () => true,
  exampleUrls: [],
  cards: {
    selectors: ['li[data-job]', 'div.inner-card'],
    read(card) {
      const title = card.querySelector('.title')?.textContent?.trim();
      const id = card.getAttribute('data-job') ?? card.closest('[data-job]')?.getAttribute('data-job');
      return id && title ? { id, title } : null;
    },
  },
  detail({ document }) {
    const pane = document.getElementById('pane');
    const id = pane?.getAttribute('data-job');
    const title = pane?.querySelector('h2')?.textContent;
    return pane && id && title ? { id, title, element: pane, description: pane.querySelector('p')?.textContent ?? undefined } : null;
  },
  embeddedJobs({ document }) {
    const holder = document.getElementById('jobs');
    return holder ? (JSON.parse(holder.textContent ?? '[]') as { id: string; title: string }[]).map((job) => ({ element: holder, job })) : [];
  },
};
