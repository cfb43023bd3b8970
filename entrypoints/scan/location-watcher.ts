/**
 * Tells the content script when the page's address changed without a page load (an SPA's
 * pushState, replaceState, back/forward). With the Navigation API (Chromium), its
 * 'currententrychange' event, which fires after the address changed; elsewhere a 1 s poll of
 * location.href. Either way the caller only learns "look again": it compares location.href
 * itself, and events a page script dispatches (isTrusted false) are ignored.
 */
const POLL_MS = 1_000;

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

export function watchLocation(onChange: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function' && 'currentEntry' in navigation) {
    navigation.addEventListener(
      'currententrychange',
      (event) => {
        if (event.isTrusted) onChange();
      },
      { signal },
    );
    return;
  }
  let last = location.href;
  const timer = setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  }, POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
