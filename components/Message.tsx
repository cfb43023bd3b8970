/**
 * A UI string whose substitutions are someone else's text (an event title, a search query, a site):
 * each substitution is wrapped in <bdi>, so it keeps its own direction inside the sentence. An
 * English title in an Arabic "Hidden: …" reads correctly, and so does an Arabic title in English.
 * The text is the same as t(key, subs); only the isolation is added.
 */
import type { JSX } from 'preact';
import { t, type MessageKey } from '@/lib/i18n/i18n';

// Private-use characters mark where each substitution lands in the translated string.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = /\uE000(\d)\uE001/g;

export function Message({ k, subs }: { k: MessageKey; subs: readonly string[] }): JSX.Element {
  const text = t(k, subs.map((_, i) => `${OPEN}${i}${CLOSE}`));
  const parts: (string | JSX.Element)[] = [];
  let at = 0;
  for (const m of text.matchAll(SLOT)) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push(<bdi key={parts.length}>{subs[Number(m[1])] ?? ''}</bdi>);
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
