import type { RevealResult } from '@/lib/message-kinds';
import type { RoleEntry } from '@/lib/messages';
import type { Evidence } from '@/lib/schema';
import { useState } from 'preact/hooks';
import { LABEL_TEXT, confidencePercent, labelReading } from '@/lib/labels-text';
import { Tradeoffs } from './Tradeoffs';

const MAX_EVIDENCE = 8;

/** The phrases that pushed toward a label, in the classifier's order (most telling first), each phrase once. */
export function topEvidence(evidence: readonly Evidence[]): Evidence[] {
  const positive = evidence.filter((e) => e.weight > 0);
  const pool = positive.length > 0 ? positive : [...evidence];
  const seen = new Set<string>();
  return pool
    .filter((e) => {
      const key = e.phrase.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_EVIDENCE);
}

/** What the label was read from (lib/labels-text.ts, labelReading). */
const SOURCE_TEXT = {
  card: 'Label based on the job card only (title and company). Open the job to label it from the full description.',
  title: 'Label based on the title only: the job description is too short or not in English.',
  description: 'Label based on the full job description.',
} as const;

const REVEAL_FAILURE: Record<RevealResult, string> = {
  shown: '',
  'data-only': ' This role is in the page’s data only: there is no listing to show.',
  gone: ' This listing is no longer on the page.',
};

/** The posting's own address when it is a web page (page data is never trusted with other schemes). */
export function postingHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** "Show on page" (scrolls the page to the role's listing; says why when it cannot) and the posting's link. */
function RoleActions({ onReveal, href }: { onReveal?(): Promise<RevealResult>; href?: string }) {
  const [result, setResult] = useState<RevealResult>('shown');
  return (
    <p class="reveal">
      {onReveal ? (
        <button type="button" class="secondary" onClick={() => void onReveal().then(setResult)}>
          Show on page
        </button>
      ) : null}{' '}
      {href ? (
        <a class="secondary" href={href} target="_blank" rel="noopener noreferrer">
          Open the posting
        </a>
      ) : null}
      <span role="status">{REVEAL_FAILURE[result]}</span>
    </p>
  );
}

export function RoleDetail({ role, onReveal }: { role: RoleEntry; onReveal?(key: string): Promise<RevealResult> }) {
  const { label, confidence, evidence } = role.classification;
  const text = LABEL_TEXT[label];
  const phrases = topEvidence(evidence);
  const meta = [role.company, role.location].filter(Boolean).join(' · ');
  const href = postingHref(role.url);
  return (
    <section class="detail" aria-labelledby="detail-title">
      <h2 id="detail-title" class="detail-title">
        {role.title || 'Untitled job'}
      </h2>
      {meta ? <p class="detail-meta">{meta}</p> : null}
      {onReveal || href ? (
        <RoleActions key={role.key} onReveal={onReveal && (() => onReveal(role.key))} href={href} />
      ) : null}
      <p class="detail-label">
        <strong class={`label-name label-${label}`}>{text.name}</strong>{' '}
        <span class="confidence">({confidencePercent(confidence)}% confidence)</span>
      </p>
      <p class="label-description">{text.description}</p>
      <p class="source">
        {SOURCE_TEXT[labelReading(role.source, role.classification)]}
      </p>
      <h3>Why this label</h3>
      {phrases.length > 0 ? (
        <ul class="evidence">
          {phrases.map((e) => (
            <li key={e.phrase}>
              <span class="phrase">“{e.phrase}”</span>
              {e.label !== label ? <span class="evidence-label"> (points to {LABEL_TEXT[e.label].short})</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No telling phrases were found; the label is a best guess.</p>
      )}
      <Tradeoffs key={label} label={label} />
    </section>
  );
}
