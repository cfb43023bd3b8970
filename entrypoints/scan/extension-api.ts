/**
 * The extension API as the content script uses it (runtime and i18n), taken from the world's
 * globals once, when the script is first evaluated, and checked; not webextension-polyfill (the
 * native APIs already return promises in MV3, and the polyfill was a third of the bundle).
 *
 * Why the check: a page can put its own elements behind the names `chrome` and `browser`. When
 * Chromium creates a content script's world it looks the name `chrome` (and `browser`) up on the
 * window first and, if that finds an object (a page's `<form id="chrome">` or `<img
 * name="browser">`), hangs the API on that element instead of on a new object of its own; a form
 * then hides the API's `runtime` behind its own `<input name="runtime">` (forms' named fields win
 * over other properties). Created before the page has any element, the world gets real `chrome`
 * and `browser` objects, which no element can hide: that is why the automatic path's copy is
 * registered to run at document_start (background/site-access.ts). A copy injected later into a
 * world that does not exist yet (the toolbar button's one-click lookup, the open tabs of a site
 * just granted) may find an element: the first of `browser` and `chrome` whose runtime is the real
 * API's is taken, and with neither the script still reads the page (the one-click lookup needs no
 * API for that) but sends and hears nothing.
 *
 * Only `runtime` is looked at when the script starts: Chromium builds each API's object on its first
 * use, and i18n is needed only for the labels of highlights (most pages have none), so it is taken
 * then (extensionI18n), with the same check.
 */
/** What a content script's onMessage listener is given. */
export type ContentListener = (message: unknown, sender: { id?: string; tab?: unknown }) => void;

/** The few calls the content script makes (the same in Chrome's `chrome` and Firefox's `browser`). */
export interface ContentApi {
  runtime: {
    /** Undefined once the extension is gone (reloaded, updated, removed). */
    readonly id: string | undefined;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: ContentListener): void; removeListener(listener: ContentListener): void };
  };
}

/** The API's i18n (looked up only when a label is needed: see the header). */
export interface ContentI18n {
  getMessage(name: string, substitutions?: string | string[]): string;
}

/** An element (or a window) where an API object should be: never what the browser made. */
function isPageObject(x: object): boolean {
  return (typeof Node === 'function' && x instanceof Node) || (typeof Window === 'function' && x instanceof Window);
}

/** Is `candidate` the API: a runtime with an id, sendMessage and onMessage (no page element has these)? */
export function isExtensionApi(candidate: unknown): candidate is ContentApi {
  try {
    if (typeof candidate !== 'object' || candidate === null) return false;
    const { runtime } = candidate as { runtime?: unknown };
    if (typeof runtime !== 'object' || runtime === null || isPageObject(runtime)) return false;
    const r = runtime as { id?: unknown; sendMessage?: unknown; onMessage?: { addListener?: unknown } };
    return typeof r.id === 'string' && r.id !== '' && typeof r.sendMessage === 'function' && typeof r.onMessage?.addListener === 'function';
  } catch {
    // A cross-origin frame behind the name throws on property access.
    return false;
  }
}

/** The i18n of `api` when it is the real one (not a page element standing behind the name), else null. */
export function extensionI18n(api: ContentApi | null = extensionApi): ContentI18n | null {
  try {
    const i18n = (api as { i18n?: unknown } | null)?.i18n;
    if (typeof i18n !== 'object' || i18n === null || isPageObject(i18n)) return null;
    return typeof (i18n as { getMessage?: unknown }).getMessage === 'function' ? (i18n as ContentI18n) : null;
  } catch {
    return null;
  }
}

/** The first of the globals `browser`, `chrome` that is the API, or null. */
export function findExtensionApi(global: object = globalThis): ContentApi | null {
  for (const name of ['browser', 'chrome']) {
    let candidate: unknown;
    try {
      candidate = (global as Record<string, unknown>)[name];
    } catch {
      continue;
    }
    if (isExtensionApi(candidate)) return candidate;
  }
  return null;
}

/** Taken when the script is first evaluated (document_start for the registered copy). */
export const extensionApi: ContentApi | null = findExtensionApi();
