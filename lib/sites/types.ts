/** What an adapter reads from one place on a page: a list card, or the job shown in full. */
export interface JobRead {
  /** The site's own job id (LinkedIn 4374244548, Greenhouse 8369573002, a Lever UUID...). */
  id: string;
  title: string;
  company?: string;
  location?: string;
  url?: string;
  /** Where the badge goes (usually the title element); defaults to the marked element. */
  badgeAnchor?: Element;
  /**
   * Plain text, one block a line: on a job page or pane; on a card only where the card is the
   * whole posting (a Hacker News comment), so it is classified from its full text.
   */
  description?: string;
}

export interface DetailRead extends JobRead {
  /** The element that gets the data-rolelens-* markers: the job's header or container. */
  element: Element;
}

export interface PageContext {
  url: URL;
  document: Document;
}

export interface CardReader {
  /** Selectors of card elements, tried in order; ids and data-attributes before class names. */
  selectors: readonly string[];
  /** Reads one card; null when it is not (yet) a job card, e.g. an empty lazy placeholder. */
  read(card: Element, page: PageContext): JobRead | null;
}

export interface SiteAdapter {
  /** Short stable id, used in postings, settings and the CLI output ("linkedin"). */
  id: string;
  /** Name shown to people ("LinkedIn"). */
  name: string;
  /** Manifest match patterns of the hosts this adapter runs on. */
  matches: readonly string[];
  /**
   * Its boards are also shown inside companies' own pages, in a frame (Greenhouse's embedded
   * board, boards.greenhouse.io/embed/job_board): its content script runs in such frames too.
   */
  framed?: boolean;
  /**
   * Narrows `matches` to addresses (query included) that match one of these globs: Google's Jobs tab
   * (www.google.com/search?…&udm=8) and not every search on that path. Checked again by isJobPage.
   */
  includeGlobs?: readonly string[];
  /** True on the pages where jobs are listed or shown (not the site's feed or settings). */
  isJobPage(url: URL): boolean;
  /** URLs where isJobPage must be true; checked against every other adapter too. */
  exampleUrls: readonly string[];
  /** URLs on this adapter's hosts where isJobPage must be false (feed, profile, home). */
  nonJobExampleUrls?: readonly string[];
  cards?: CardReader;
  /**
   * Jobs the page holds only as embedded data (e.g. an Inertia `data-page` attribute) with no card
   * rendered for them, each with the element that holds the data. Listed, never badged.
   */
  embeddedJobs?(page: PageContext): { element: Element; job: JobRead }[];
  /**
   * The site's own id of the job at a posting's address on this site, else undefined: companies'
   * own careers pages link to their postings here ("Analyze this page" reads such links).
   */
  postingIdOf?(url: URL): string | undefined;
  /** The one job shown in full (job page or an open detail pane), or null. */
  detail?(page: PageContext): DetailRead | null;
  /**
   * On a host no adapter claims (a company's own career domain served by this vendor): true when
   * the page's address and markup are unmistakably this vendor's job list or job page, so its
   * readers work there too. Used by the parse CLI and "Analyze this page", never by a content script.
   */
  recognizes?(page: PageContext): boolean;
}
