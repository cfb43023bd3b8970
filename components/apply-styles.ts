/**
 * Puts stylesheets that came inside the page's script into the document. The popup does this
 * instead of <link rel="stylesheet">: a page's module script waits for every stylesheet it links,
 * and each extension file is a separate request, so one file fewer to wait for before the popup
 * can start (measured in `npm run bench:popup`). Call it before the first render.
 */
export function applyStyles(...sheets: string[]): void {
  const style = document.createElement('style');
  style.textContent = sheets.join('\n');
  document.head.append(style);
}
