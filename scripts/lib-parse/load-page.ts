import { Window } from 'happy-dom';

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
  // happy-dom 21 drops everything after a <style> or <script> inside an <svg> (capricorn86/happy-dom#2231);
  // browsers do not, and those elements carry no job data, so take them out before parsing.
  const parseable = html.replace(/<svg\b[^>]*>[\s\S]*?<\/svg>/gi, (svg) => svg.replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, ''));
  const document = new window.DOMParser().parseFromString(parseable, 'text/html') as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}
