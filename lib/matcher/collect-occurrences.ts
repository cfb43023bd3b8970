/**
 * From matched words to pattern occurrences: the scanner reports each index word found (Hits:
 * token number, word id, offsets); here every pattern that starts with that word is looked up
 * (firstOff/firstInfo), multi-word patterns are completed on the following tokens, and each
 * complete pattern is recorded under its owner: an entity for names, an event for context terms
 * and phrases.
 */
import {
  ENTRY_INTS, ENTRY_KIND_GROUP, ENTRY_LENGTH, ENTRY_OWNER, ENTRY_WORDS, entryGroup, entryKind,
  PAT_CONTEXT, PAT_ENTITY, type CompiledMatcher,
} from './compile';
import { Occurrences } from './occurrences';
import type { Hits } from './scan';

/** One Occurrences per matcher, reused by every scan (matchPage is synchronous). */
const pools = new WeakMap<CompiledMatcher, Occurrences>();

/** Turns word hits into pattern occurrences (multi-word patterns need consecutive tokens). */
export function collectOccurrences(m: CompiledMatcher, hits: Hits): Occurrences {
  let occ = pools.get(m);
  if (!occ) {
    occ = new Occurrences(m.entityIds.length, m.eventIds.length);
    pools.set(m, occ);
  }
  occ.reset();
  const { firstOff, firstInfo, patWords } = m;
  const stride = ENTRY_INTS;
  const hTok = hits.tok;
  const hWord = hits.word;
  // Patterns already recorded at the current token (a token can match several words via stems).
  const atToken: number[] = [];
  let currentTok = -1;
  for (let j = 0; j < hits.n; j++) {
    const w = hWord[j]!;
    const tok = hTok[j]!;
    if (tok !== currentTok) {
      currentTok = tok;
      atToken.length = 0;
    }
    for (let f = firstOff[w]! * stride, fe = firstOff[w + 1]! * stride; f < fe; f += stride) {
      const p = f; // the entry's position identifies the pattern
      const off = firstInfo[f + ENTRY_WORDS]!;
      const len = firstInfo[f + ENTRY_LENGTH]!;
      let end = hits.end[j]!;
      let fuzzy = hits.fuzzy[j]!;
      if (len > 1) {
        // The pattern's next words must be hits on the next tokens, in order.
        let q = 1;
        let k = j + 1;
        while (q < len && k < hits.n) {
          const t = hTok[k]!;
          if (t > tok + q) break;
          if (t === tok + q && hWord[k] === patWords[off + q]) {
            end = hits.end[k]!;
            fuzzy |= hits.fuzzy[k]!;
            q++;
          }
          k++;
        }
        if (q < len) continue;
      }
      if (atToken.length > 0 && atToken.includes(p)) continue;
      atToken.push(p);
      const owner = firstInfo[f + ENTRY_OWNER]!;
      const kindGroup = firstInfo[f + ENTRY_KIND_GROUP]!;
      const kind = entryKind(kindGroup);
      const i = occ.add(tok, hits.start[j]!, end, fuzzy, entryGroup(kindGroup));
      if (kind === PAT_ENTITY) occ.addEntity(owner, i);
      else occ.addEvent(owner, i, kind !== PAT_CONTEXT);
    }
  }
  return occ;
}
