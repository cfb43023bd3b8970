/**
 * Node only (CLI, tests, bench): parses an HTML string with happy-dom and extracts it.
 * Nothing on the page runs or loads: no JavaScript, no stylesheets, images, iframes, fetches
 * or navigation. The content script must not import this file (it uses extract-page.ts).
 */
import { Window } from 'happy-dom';
import { extractPage, type ExtractedPage } from './extract-page';
import { resolveHttpUrl } from './urls';

const SETTINGS = {
  enableJavaScriptEvaluation: false,
  disableJavaScriptFileLoading: true,
  enableCSSFileLoading: false,
  enableImageFileLoading: false,
  enableIframePageLoading: false,
  disableComputedStyleRendering: true,
  handleDisabledFileLoadingAsSuccess: true,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
    disableFallbackToSetURL: true,
  },
};

/** happy-dom logs script and loading notices to the console; parsing must stay quiet. */
const quietConsole = new Proxy(console, { get: () => () => undefined });

export async function htmlToPage(html: string, url?: string): Promise<ExtractedPage> {
  const pageUrl = resolveHttpUrl(url);
  const window = new Window({
    ...(pageUrl !== undefined ? { url: pageUrl } : {}),
    settings: SETTINGS,
    console: quietConsole,
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    // happy-dom's Document implements the standard DOM interface extractPage uses.
    return extractPage(doc as unknown as Document, { baseUrl: pageUrl });
  } finally {
    await window.happyDOM.close();
  }
}
