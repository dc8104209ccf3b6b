import { describe, expect, it } from 'vitest';
import { loadPage } from '../../scripts/lib-parse/load-page';

async function headings(html: string): Promise<string[]> {
  const { document, close } = loadPage(html, new URL('https://www.acme.example/careers/x'));
  const found = [...document.querySelectorAll('h1, h2')].map((h) => h.textContent ?? '');
  await close();
  return found;
}

describe('loadPage: a saved page as the browser builds it (the parse CLI)', () => {
  it('keeps what follows a <style> or <script> inside an <svg>', async () => {
    const html = '<h1>Data Engineer</h1><svg><style>.a{fill:red}</style><script>1</script><path d="M0"/></svg><h2>Requirements</h2>';
    expect(await headings(html)).toEqual(['Data Engineer', 'Requirements']);
  });

  it('reads tag names inside a comment as text, not as tags', async () => {
    const html = '<!-- saved with <svg> and <script id="x"> --><script>var a = 1;</script><h1>Data Engineer</h1><svg><path d="M0"/></svg><!-- --><h2>Benefits</h2>';
    expect(await headings(html)).toEqual(['Data Engineer', 'Benefits']);
  });

  it('repairs markup as the HTML standard says (a link inside a link)', async () => {
    const { document, close } = loadPage('<a href="/a">one<a href="/b">two</a></a>', new URL('https://www.acme.example/'));
    expect([...document.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['one', 'two']);
    await close();
  });
});
