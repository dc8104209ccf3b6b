import { Window } from 'happy-dom';
import { parse, serialize } from 'parse5';

/**
 * A saved page as a DOM outside the browser (happy-dom, no script runs, nothing loads), for the
 * parse CLI and the tests that compare with it. Call `close()` when done.
 */
export function loadPage(html: string, url: URL): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url: url.href,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  // happy-dom's parser does not repair markup as the HTML standard says (a link inside a link, a
  // block inside a paragraph...); parse5 does, as browsers do, so a saved page here has the same
  // tree as in a browser. Its serialization is well formed, which happy-dom then reads as it is.
  const tree = parse(html);
  // happy-dom 21 drops everything after a <style> or <script> inside an <svg> (capricorn86/happy-dom#2231);
  // browsers do not, and those elements carry no job data, so take them out of the parsed tree.
  dropSvgScripts(tree, false);
  const document = new window.DOMParser().parseFromString(serialize(tree), 'text/html') as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}

type Parse5Node = { nodeName: string; childNodes?: Parse5Node[]; content?: Parse5Node };

function dropSvgScripts(node: Parse5Node, inSvg: boolean): void {
  const svg = inSvg || node.nodeName === 'svg';
  if (node.content) dropSvgScripts(node.content, svg);
  if (!node.childNodes) return;
  if (svg) node.childNodes = node.childNodes.filter((child) => child.nodeName !== 'style' && child.nodeName !== 'script');
  for (const child of node.childNodes) dropSvgScripts(child, svg);
}
