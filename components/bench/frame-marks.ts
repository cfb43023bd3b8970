/**
 * Bench build only (`wxt build --mode bench`; components/hooks/use-staged-cards.ts imports it
 * behind import.meta.env.MODE, so other builds drop it). Marks on <html> what `npm run bench:popup`
 * reads, in performance.now() ms from the popup's navigation: data-rendered-ms once the frame
 * showing the tab's answer has been drawn, data-complete-ms once the frame with every card has.
 */
let rendered = false;
let complete = false;

/** Called as a drawn frame ends; `everyCard`: nothing is left for a later frame. */
export function markFrameDrawn(everyCard: boolean): void {
  const now = String(Math.round(performance.now()));
  if (!rendered) document.documentElement.dataset.renderedMs = now;
  rendered = true;
  if (everyCard && !complete) {
    complete = true;
    document.documentElement.dataset.completeMs = now;
  }
}
