import { useState } from 'preact/hooks';
import type { Label } from '@/lib/schema';
import { ARTICLE, ARTICLE_ISO_DATE, SOURCE_CAVEAT, TRADEOFFS, type TradeoffSection } from '@/lib/tradeoffs';

let nextId = 0;

export function ArticleCitation() {
  return (
    <p class="attribution">
      Source: <cite>“{ARTICLE.title}”</cite>, {ARTICLE.publisher},{' '}
      <time dateTime={ARTICLE_ISO_DATE}>{ARTICLE.date}</time>. {SOURCE_CAVEAT}
    </p>
  );
}

function Section({ section }: { section: TradeoffSection }) {
  return (
    <div class="tradeoff-section">
      <h4>{section.heading}</h4>
      <ul>
        {section.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </div>
  );
}

/** The article's argument for a label, its counterpoint behind a disclosure button, and the source. */
export function Tradeoffs({ label }: { label: Label }) {
  const content = TRADEOFFS[label];
  const [open, setOpen] = useState(false);
  const [panelId] = useState(() => `counterpoint-${++nextId}`);
  return (
    <section class="tradeoffs" aria-labelledby={`${panelId}-h`}>
      <h3 id={`${panelId}-h`}>What the article argues about this kind of role</h3>
      <p>{content.intro}</p>
      {content.sections.map((section) => (
        <Section key={section.heading} section={section} />
      ))}
      {content.counterpoint ? (
        <div class="counterpoint">
          <button
            type="button"
            class="disclosure"
            aria-expanded={open ? 'true' : 'false'}
            aria-controls={panelId}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span> {content.counterpoint.heading}
          </button>
          <div id={panelId} hidden={!open}>
            {open ? (
              <ul>
                {content.counterpoint.points.map((point) => (
                  <li key={point}>{point}</li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ) : null}
      <ArticleCitation />
    </section>
  );
}
