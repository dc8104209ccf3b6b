import { it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { sanitizeSnapshot, utf8Length } from '../../lib/snapshot/sanitize';
it('real pages', () => {
  for (const f of ['linkedin/loggedin-search-2025-applypilot.html','linkedin/loggedin-jobview-sdui-2026-xingyoulee.html','indeed/search-with-viewjob-pane-2025-dalton.html','linkedin/loggedin-collections-2023-jobosint.html', 'ycombinator-waas/jobpage-2026-career-ops.html']) {
    const html = readFileSync('/work/shared/pages/' + f, 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const t = performance.now();
    const out = sanitizeSnapshot(doc, { url: 'https://www.linkedin.com/jobs/search/?keywords=x&trk=abc&utm_source=y' });
    console.log(f, html.length, '->', utf8Length(out), Math.round(performance.now() - t) + 'ms',
      'gmail', /gmail/.test(out), 'Witbeck|Zuloaga|dhughes', /Witbeck|Zuloaga|dhughes|Marrazzo/.test(out), 'profile-photo', /profile-displayphoto|profile-framedphoto/.test(out), 'script', (out.match(/<script/g)||[]).length, 'style', /<style/.test(out));
    writeFileSync('/tmp/snap-' + f.replace('/', '_'), out);
  }
}, 120000);
