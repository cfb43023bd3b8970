/** Turns match evidence into what the card says about why an event was flagged (pure). */
import { displayText } from '@/lib/text/display-text';
import type { Evidence } from '@/lib/matcher/types';

export interface WhyFlagged {
  /**
   * One name per entity, as written on the page (its longest form: "Steve Witkoff" over "Witkoff"),
   * entities in order of first mention.
   */
  names: string[];
  phrases: string[];
  context: string[];
  linksToSource: boolean;
  isSource: boolean;
  /** Source URLs the page is (page-url evidence). */
  pageUrls: string[];
}

function addUnique(list: string[], seen: Set<string>, text: string): void {
  // The page's own words: as hostile as index text, and cleaned the same way.
  const trimmed = displayText(text).trim();
  const key = trimmed.toLocaleLowerCase();
  if (!trimmed || seen.has(key)) return;
  seen.add(key);
  list.push(trimmed);
}

export function whyFlagged(evidence: readonly Evidence[]): WhyFlagged {
  const out: WhyFlagged = { names: [], phrases: [], context: [], linksToSource: false, isSource: false, pageUrls: [] };
  const seen = { phrases: new Set<string>(), context: new Set<string>() };
  const byEntity = new Map<string, string>();
  for (const item of evidence) {
    switch (item.kind) {
      case 'entity': {
        const text = displayText(item.text).trim();
        const known = byEntity.get(item.entity);
        if (text && (known === undefined || text.length > known.length)) byEntity.set(item.entity, text);
        break;
      }
      case 'phrase':
        addUnique(out.phrases, seen.phrases, item.text);
        break;
      case 'context':
        addUnique(out.context, seen.context, item.text);
        break;
      case 'link':
        out.linksToSource = true;
        break;
      case 'page-url':
        out.isSource = true;
        out.pageUrls.push(item.url);
        break;
    }
  }
  out.names = [...byEntity.values()];
  return out;
}
