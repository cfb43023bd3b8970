/**
 * Styles of the card, inside its closed shadow root (page CSS does not reach in; the host itself is
 * reset with inline !important styles). Light and dark follow the reader's colour scheme.
 */
export const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'pointer-events: none',
  'z-index: 2147483647',
].map((d) => `${d} !important`).join('; ');

export const CARD_CSS = `
:host { all: initial !important; }
.card {
  all: initial;
  position: fixed;
  box-sizing: border-box;
  display: block;
  width: max-content;
  min-width: 240px;
  max-width: min(360px, calc(100vw - 16px));
  padding: 8px 12px 10px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1c1b19;
  background: #ffffff;
  border: 1px solid #d8d4cc;
  border-top: 3px solid #d97706;
  border-radius: 8px;
  box-shadow: 0 10px 30px rgba(0, 0, 0, 0.18), 0 1px 3px rgba(0, 0, 0, 0.12);
  pointer-events: auto;
  text-align: start;
  overflow-wrap: anywhere;
  color-scheme: light;
  visibility: hidden;
}
.card.shown { visibility: visible; }
p { margin: 0; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.brand {
  font-size: 11px; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: #a14a07;
}
.close {
  all: unset; box-sizing: border-box; cursor: pointer; font: 18px/1 system-ui, sans-serif;
  width: 24px; height: 24px; text-align: center; border-radius: 4px; color: #5f5d58; margin-inline-end: -6px;
}
.close:hover { background: rgba(0, 0, 0, 0.07); color: inherit; }
.close:focus-visible, .link:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.title { margin-top: 2px; font-size: 14.5px; font-weight: 650; line-height: 1.3; }
.date { margin-top: 3px; font-size: 12px; color: #5f5d58; }
.prominence { margin-top: 3px; font-size: 12px; color: #5f5d58; }
.summary {
  margin-top: 6px;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden;
}
.label {
  margin-top: 9px; font-size: 11px; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: #5f5d58;
}
.sources { list-style: none; margin: 2px 0 0; padding: 0; }
.source { margin: 0; padding: 0; }
.link {
  display: block; padding: 3px 2px; margin: 0 -2px; border-radius: 3px;
  color: #1d4ed8; text-decoration: none; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
}
.link:hover .source-title { text-decoration: underline; }
.outlet { font-weight: 650; }
.source-title { color: inherit; }
.source-title::before { content: " · "; color: #5f5d58; }
/* Where the link goes, from its URL, on a line of its own so no long outlet or title can hide it. */
.host { display: block; color: #5f5d58; font-size: 11.5px; overflow: hidden; text-overflow: ellipsis; }
.also-title { font-size: 12.5px; }
/* Spaced capitals are a Latin and Cyrillic device: letter-spacing breaks Arabic joining and crowds
   Devanagari and CJK, which have no capitals anyway. */
.card:is(:lang(ar), :lang(he), :lang(hi), :lang(zh), :lang(ja), :lang(ko)) :is(.brand, .label) { letter-spacing: normal; }
.hint {
  margin-top: 9px; padding-top: 7px; border-top: 1px solid #e8e5df; font-size: 11.5px; color: #5f5d58;
}
@media (prefers-color-scheme: dark) {
  .card {
    color: #ebe9e4; background: #1e1f22; border-color: #3b3c41; border-top-color: #f59e0b;
    box-shadow: 0 10px 30px rgba(0, 0, 0, 0.55), 0 1px 3px rgba(0, 0, 0, 0.4); color-scheme: dark;
  }
  .brand { color: #fbbf24; }
  .date, .prominence, .label, .hint, .close, .source-title::before, .host { color: #a8a6a0; }
  .close:hover { background: rgba(255, 255, 255, 0.1); color: #ebe9e4; }
  .link { color: #93c5fd; }
  .close:focus-visible, .link:focus-visible { outline-color: #93c5fd; }
  .hint { border-top-color: #3b3c41; }
}
@media (forced-colors: active) {
  .card { border: 1px solid CanvasText; }
}
`;
