import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { sanitizeSnapshot } from '../../lib/snapshot/sanitize';
import { HOSTILE } from './snapshot.test';
it('dump', () => {
  const doc = new DOMParser().parseFromString(HOSTILE, 'text/html');
  writeFileSync('/tmp/hostile-in.html', doc.documentElement.outerHTML);
  writeFileSync('/tmp/hostile-out.html', sanitizeSnapshot(doc, { url: 'https://x.test/' }));
});
