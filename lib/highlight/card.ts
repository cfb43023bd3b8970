/**
 * The hover/focus card: one host element (attribute data-backstory-ui) with a CLOSED shadow root.
 * The root is kept only in this closure, so page scripts cannot reach the card's contents, and page
 * CSS cannot restyle it. One card at a time, placed next to its mark inside the viewport.
 *
 * Interaction: hovering a mark (after a short delay) or focusing it shows the card; the pointer may
 * move onto the card to use its links. Enter/Space on a mark moves focus into the card; Tab out of the
 * card or Escape returns focus to the mark. Escape, blur and mouseleave (after a grace period) hide it.
 */
import type { FoundEvent } from '../domain/event';
import { buildCard } from './card-content';
import { CARD_CSS, HOST_STYLE } from './card-style';
import { UI_HOST_ATTR } from './constants';
import type { Labels } from './labels';
import { MARK_FOCUS_OUTLINE } from './mark-ranges';
import { dom } from './safe-dom';

const SHOW_DELAY_MS = 150;
const HIDE_DELAY_MS = 300;
const GAP_PX = 6;
const EDGE_PX = 8;

export interface CardController {
  /** Make `mark` open the card for `events` (best first). `focusable`: a tab stop of its own. */
  bindMark(mark: HTMLElement, events: FoundEvent[], focusable: boolean): void;
  /** Remove the host and every listener. */
  destroy(): void;
}

interface Current {
  anchor: HTMLElement;
  card: HTMLElement;
  focusables: HTMLElement[];
}

export function createCard(doc: Document, labels: Labels): CardController {
  const life = new AbortController();
  const { signal } = life;
  const view = dom.view(doc);
  const host = dom.createElement(doc, 'div');
  dom.setAttribute(host, UI_HOST_ATTR, '');
  dom.setAttribute(host, 'style', HOST_STYLE);
  const shadow = dom.attachClosedShadow(host);
  const style = dom.createElement(doc, 'style');
  style.textContent = CARD_CSS;
  shadow.append(style);
  const root = dom.documentElement(doc);
  if (root) dom.appendChild(root, host);

  const eventsOf = new WeakMap<HTMLElement, FoundEvent[]>();
  let current: Current | null = null;
  let hoverMark: HTMLElement | null = null;
  let hoverCard = false;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set while we move focus back to a mark ourselves, so that it does not reopen the card. */
  let returningFocus = false;
  let frame = 0;

  function clearTimers(): void {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    showTimer = hideTimer = undefined;
  }

  function show(anchor: HTMLElement, focusInside: boolean): void {
    if (signal.aborted) return;
    clearTimers();
    const events = eventsOf.get(anchor);
    if (!events || events.length === 0 || !dom.isConnected(anchor)) return;
    if (current?.anchor !== anchor) {
      hide(false);
      const [primary, ...others] = events as [FoundEvent, ...FoundEvent[]];
      const parts = buildCard(doc, primary, others, labels);
      parts.close.addEventListener('click', () => hide(true), { signal });
      current = { anchor, card: parts.card, focusables: [parts.close, ...parts.links] };
      if (!dom.isConnected(host) && root) dom.appendChild(root, host);
      shadow.append(parts.card);
      if (anchor.hasAttribute('tabindex')) anchor.setAttribute('aria-expanded', 'true');
      place();
      parts.card.classList.add('shown');
    }
    if (focusInside) (current.focusables[1] ?? current.focusables[0])?.focus();
  }

  function hide(restoreFocus: boolean): void {
    clearTimers();
    if (!current) return;
    const { anchor, card } = current;
    const focusWasInside = shadow.activeElement !== null;
    current = null;
    hoverCard = false;
    card.remove();
    if (anchor.hasAttribute('tabindex')) anchor.setAttribute('aria-expanded', 'false');
    if (restoreFocus && focusWasInside && anchor.hasAttribute('tabindex') && dom.isConnected(anchor)) {
      returningFocus = true;
      anchor.focus();
      returningFocus = false;
    }
  }

  /** Hide unless the pointer or the focus is still on the mark or the card. */
  function settle(): void {
    hideTimer = undefined;
    if (!current || hoverCard || hoverMark === current.anchor) return;
    if (shadow.activeElement !== null) return;
    const active = dom.activeElement(doc);
    if (active instanceof HTMLElement && eventsOf.has(active)) {
      if (active !== current.anchor) show(active, false);
      return;
    }
    hide(false);
  }

  function scheduleSettle(delay: number): void {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(settle, delay);
  }

  /** Below the mark if it fits, else above; always inside the viewport. */
  function place(): void {
    if (!current || !view) return;
    const { anchor, card } = current;
    if (!dom.isConnected(anchor)) {
      hide(false);
      return;
    }
    const rects = anchor.getClientRects();
    const r = rects[0] ?? anchor.getBoundingClientRect();
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    const box = card.getBoundingClientRect();
    let top = r.bottom + GAP_PX;
    if (top + box.height > vh - EDGE_PX && r.top - GAP_PX - box.height >= EDGE_PX) top = r.top - GAP_PX - box.height;
    top = Math.max(EDGE_PX, Math.min(top, vh - box.height - EDGE_PX));
    // Lined up with the mark's start edge: its left in a left-to-right card, its right when mirrored.
    const start = card.dir === 'rtl' ? r.right - box.width : r.left;
    const left = Math.max(EDGE_PX, Math.min(start, vw - box.width - EDGE_PX));
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  }

  function placeSoon(): void {
    if (!current || frame || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  }

  function focusVisible(mark: HTMLElement): boolean {
    try {
      return mark.matches(':focus-visible');
    } catch {
      return true;
    }
  }

  // Card: keep it open while the pointer or the focus is on it.
  shadow.addEventListener('mouseover', () => {
    hoverCard = true;
    clearTimeout(hideTimer);
  }, { signal });
  shadow.addEventListener('mouseout', (e) => {
    const to = (e as MouseEvent).relatedTarget;
    if (to instanceof Node && current && current.card.contains(to)) return;
    hoverCard = false;
    scheduleSettle(HIDE_DELAY_MS);
  }, { signal });
  // A source was opened (in a new tab): the card has done its job; otherwise the focused link would
  // keep it open after the pointer leaves.
  shadow.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('a')) setTimeout(() => hide(true), 0);
  }, { signal });
  shadow.addEventListener('focusout', () => scheduleSettle(HIDE_DELAY_MS / 2), { signal });
  shadow.addEventListener('keydown', (e) => {
    const ke = e as KeyboardEvent;
    if (!current) return;
    if (ke.key === 'Escape') {
      ke.preventDefault();
      ke.stopPropagation();
      hide(true);
    } else if (ke.key === 'Tab') {
      // Leaving the card either way goes back to its mark, then on through the page.
      const list = current.focusables;
      const at = list.indexOf(shadow.activeElement as HTMLElement);
      if ((ke.shiftKey && at <= 0) || (!ke.shiftKey && at === list.length - 1)) {
        ke.preventDefault();
        hide(true);
      }
    }
  }, { signal });

  // Page-wide: Escape hides a card opened by hover (WCAG 1.4.13); scrolling moves it with its mark.
  doc.addEventListener('keydown', (e) => {
    if (current && (e as KeyboardEvent).key === 'Escape') hide(true);
  }, { capture: true, signal });
  view?.addEventListener('scroll', placeSoon, { capture: true, passive: true, signal });
  view?.addEventListener('resize', placeSoon, { passive: true, signal });

  return {
    bindMark(mark, events, focusable) {
      eventsOf.set(mark, events);
      if (focusable) {
        mark.tabIndex = 0;
        mark.setAttribute('role', 'button');
        mark.setAttribute('aria-haspopup', 'dialog');
        mark.setAttribute('aria-expanded', 'false');
        mark.addEventListener('focus', () => {
          if (focusVisible(mark)) mark.style.setProperty('outline', MARK_FOCUS_OUTLINE, 'important');
          if (!returningFocus) show(mark, false);
        }, { signal });
        mark.addEventListener('blur', () => {
          mark.style.removeProperty('outline');
          scheduleSettle(HIDE_DELAY_MS / 2);
        }, { signal });
        mark.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            show(mark, true);
          }
        }, { signal });
      }
      mark.addEventListener('mouseenter', () => {
        hoverMark = mark;
        clearTimeout(hideTimer);
        if (current?.anchor === mark) return;
        clearTimeout(showTimer);
        showTimer = setTimeout(() => show(mark, false), SHOW_DELAY_MS);
      }, { signal });
      mark.addEventListener('mouseleave', () => {
        if (hoverMark === mark) hoverMark = null;
        clearTimeout(showTimer);
        scheduleSettle(HIDE_DELAY_MS);
      }, { signal });
    },
    destroy() {
      life.abort();
      clearTimers();
      if (frame && view) view.cancelAnimationFrame(frame);
      current = null;
      dom.remove(host);
    },
  };
}
