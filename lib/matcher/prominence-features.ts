/**
 * Measures where a found event's evidence is on the page (prominence.ts decides from it): in the
 * headline, in the lead, in how many paragraphs, how often. Reads the occurrences of the page's
 * text scan; the headline is scanned on its own first (readTitle), before the text.
 */
import { ctxGroup, ctxNode, type CompiledMatcher } from './compile';
import { datesVerdict } from './date-agreement';
import { DATE_SLACK_DAYS, NO_DATE } from './dates';
import type { TextDate } from './text-dates';
import type { Occurrences } from './occurrences';
import type { ProminenceFeatures } from './prominence';

/** What the headline names: entities and patterns found in it. */
export interface TitleWords {
  entities: Set<number>;
  nodes: Set<number>;
}

export const NO_TITLE: TitleWords = { entities: new Set(), nodes: new Set() };

/** Copies what a scan of the title found (its Occurrences are reused by the text scan next). */
export const readTitle = (occ: Occurrences): TitleWords => ({ entities: new Set(occ.entities), nodes: new Set(occ.nodes) });

/** The lead ends with the first paragraph of at least this many characters (the first real body paragraph)... */
const LEAD_PARAGRAPH = 120;
/** ...and takes in at least this much text. */
const LEAD_MIN = 300;

/** The text's paragraphs: start offsets (ascending), and where the lead ends. */
export interface TextLayout {
  starts: number[];
  leadEnd: number;
}

export function layoutOf(text: string): TextLayout {
  const starts: number[] = [];
  let leadEnd = -1;
  let pos = 0;
  while (pos <= text.length) {
    const brk = text.indexOf('\n\n', pos);
    const end = brk === -1 ? text.length : brk;
    if (end > pos && hasNonSpace(text, pos, end)) {
      starts.push(pos);
      if (leadEnd === -1 && end - pos >= LEAD_PARAGRAPH && end >= LEAD_MIN) leadEnd = end;
    }
    if (brk === -1) break;
    pos = brk + 2;
  }
  return { starts, leadEnd: leadEnd === -1 ? Math.min(text.length, LEAD_MIN * 2) : leadEnd };
}

/** Whether text[from, to) has a character other than white space (without copying it). */
function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0) return true;
  }
  return false;
}

/** Index of the paragraph holding offset `at`. */
function paragraphOf(layout: TextLayout, at: number): number {
  const s = layout.starts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Distinct paragraphs counted per pattern and per event: enough to tell a returning name from a passing one. */
const MAX_PARAGRAPHS = 16;

/** One pattern's place on the page, summed up once however many events share it. */
interface NodePlace {
  inLead: boolean;
  paragraphs: number[];
}

/** Per-page cache of NodePlace by node (a pattern shared by 5,000 events is walked once). */
export class PagePlaces {
  private places = new Map<number, NodePlace>();
  constructor(private occ: Occurrences, private layout: TextLayout) {}

  /** Does pattern `node` occur in the lead? (Its first occurrence tells: occurrences are in page order.) */
  inLead(node: number): boolean {
    const first = this.occ.head(node);
    return first !== -1 && this.occ.start[first]! < this.layout.leadEnd;
  }

  of(node: number): NodePlace {
    let p = this.places.get(node);
    if (p) return p;
    p = { inLead: this.inLead(node), paragraphs: [] };
    for (let i = this.occ.head(node); i !== -1; i = this.occ.next[i]!) {
      const para = paragraphOf(this.layout, this.occ.start[i]!);
      if (!p.paragraphs.includes(para)) p.paragraphs.push(para);
      if (p.paragraphs.length >= MAX_PARAGRAPHS) break;
      this.occ.work++;
    }
    this.places.set(node, p);
    return p;
  }
}

/**
 * Whether event e can be a page's main event: one of its names or phrases is in the headline or in
 * the lead (inTitle and inLead of prominenceFeatures need one; aboutness is 0 without either).
 * Cheap: its patterns' first occurrences, in page order, tell whether the lead has them. On a page
 * naming dozens of events, only these few are measured in full; the others are mentions.
 */
export function mayBeMain(m: CompiledMatcher, e: number, title: TitleWords, places: PagePlaces): boolean {
  const named = (ent: number) => {
    if (title.entities.has(ent)) return true;
    for (let k = m.entPatOff[ent]!; k < m.entPatOff[ent + 1]!; k++) if (places.inLead(m.entPatData[k]!)) return true;
    return false;
  };
  for (let j = m.allOff[e]!; j < m.allOff[e + 1]!; j++) if (named(m.allData[j]!)) return true;
  for (let j = m.anyOff[e]!; j < m.anyOff[e + 1]!; j++) if (named(m.anyData[j]!)) return true;
  for (let j = m.phrOff[e]!; j < m.phrOff[e + 1]!; j++) {
    const node = m.phrData[j]!;
    if (title.nodes.has(node) || places.inLead(node)) return true;
  }
  return false;
}

/** Features of event e on this page. */
export function prominenceFeatures(
  m: CompiledMatcher, e: number, occ: Occurrences, title: TitleWords, places: PagePlaces, totalParagraphs: number, pageIsSource: boolean,
  published: number, headDates: readonly TextDate[], followUp: boolean,
): ProminenceFeatures {
  const paragraphs = new Set<number>();
  let mass = 0;
  const last = lastDay(m, e);
  const addParagraphs = (node: number) => {
    for (const para of places.of(node).paragraphs) if (paragraphs.size < MAX_PARAGRAPHS) paragraphs.add(para);
  };
  // Names: in the title, in the lead (each required entity, and at least one of the others).
  let titleNames = 0;
  let requiredInTitle = 0;
  let allInTitle = true;
  let allInLead = true;
  let anyInLead = false;
  const named = (ent: number): { inTitle: boolean; inLead: boolean } => {
    let inLead = false;
    for (let k = m.entPatOff[ent]!; k < m.entPatOff[ent + 1]!; k++) {
      const node = m.entPatData[k]!;
      const slot = occ.slot(node);
      if (slot === -1) continue;
      occ.work++;
      mass += occ.countAt(slot);
      if (places.of(node).inLead) inLead = true;
    }
    return { inTitle: title.entities.has(ent), inLead };
  };
  const a0 = m.allOff[e]!;
  const a1 = m.allOff[e + 1]!;
  let fewEventsName = false; // a required name used by few events: with another one, it is enough in a headline
  for (let j = a0; j < a1; j++) {
    if (m.entityEvents[m.allData[j]!]! <= 2) fewEventsName = true;
    const n = named(m.allData[j]!);
    if (n.inTitle) {
      titleNames++;
      requiredInTitle++;
    } else allInTitle = false;
    if (!n.inLead) allInLead = false;
  }
  for (let j = m.anyOff[e]!; j < m.anyOff[e + 1]!; j++) {
    const n = named(m.anyData[j]!);
    if (n.inTitle) titleNames++;
    if (n.inLead) anyInLead = true;
  }
  const namesInLead = a1 > a0 ? allInLead : anyInLead;
  // Ideas and phrases: in the title, in the lead, and in how many paragraphs.
  let titleIdea = false;
  let titleGroups = 0; // bits of the context groups (below 32) the title has an idea of
  let leadIdea = false;
  let titlePhrase = false;
  let leadPhrase = false;
  for (let j = m.phrOff[e]!; j < m.phrOff[e + 1]!; j++) {
    const node = m.phrData[j]!;
    if (title.nodes.has(node)) titlePhrase = true;
    const slot = occ.slot(node);
    if (slot === -1) continue;
    occ.work++;
    mass += occ.countAt(slot);
    if (places.of(node).inLead) leadPhrase = true;
    addParagraphs(node);
  }
  for (let j = m.ctxOff[e]!; j < m.ctxOff[e + 1]!; j++) {
    const node = ctxNode(m.ctxData[j]!);
    if (title.nodes.has(node)) {
      titleIdea = true;
      const g = ctxGroup(m.ctxData[j]!);
      if (g < 32) titleGroups |= 1 << g;
    }
    const slot = occ.slot(node);
    if (slot === -1) continue;
    occ.work++;
    mass += occ.countAt(slot);
    if (places.of(node).inLead) leadIdea = true;
    addParagraphs(node);
  }
  // Every required name (one of the others when none is required), with an idea, or with a second
  // required name when one of them is used by few events ("Witkoff and Ushakov", not "Trump and Putin").
  const namesInTitle = a1 > a0 ? allInTitle : titleNames > 0;
  // Or one required name with ideas of two groups, the others described, not named: "Leaked call
  // shows Witkoff coaching Putin aide" (Ushakov). The event is found on the page by its rule.
  const describedInTitle = requiredInTitle > 0 && (titleGroups & (titleGroups - 1)) !== 0;
  const inTitle = titlePhrase || (namesInTitle && (titleIdea || (a1 - a0 >= 2 && fewEventsName))) || describedInTitle;
  const inLead = leadPhrase || (namesInLead && leadIdea);
  const daysAfter = published === NO_DATE || last === NO_DATE ? null : published - last;
  const datesContradict = laterNews(m, e, headDates, published, last);
  return { pageIsSource, inTitle, inLead, paragraphs: paragraphs.size, totalParagraphs, mass, datesContradict, daysAfter, followUp };
}

/**
 * The headline and lead date their news after the event: a date there falls after the event's
 * last day (and not after the page's publication: "will take office on 1 January" is a plan), and
 * no date there agrees with the event. Earlier dates are background ("after the coalition fell
 * in November").
 */
function laterNews(m: CompiledMatcher, e: number, headDates: readonly TextDate[], published: number, last: number): boolean {
  if (last === NO_DATE) return false;
  // A weekday a few days after the event says neither: the days after it are still its story.
  const dates = headDates.some((d) => d.relative)
    ? headDates.filter((d) => !(d.relative && d.first > last && d.first <= last + RELATIVE_LATER_DAYS))
    : headDates;
  if (datesVerdict(dates, m.dayData, m.dayOff[e]!, m.dayOff[e + 1]!, published, 'year', true) !== 'contradicts') return false;
  return dates.some((d) => d.precision !== 'year' && d.first > last + DATE_SLACK_DAYS
    && (published === NO_DATE || d.first <= published + DATE_SLACK_DAYS));
}

/**
 * A weekday or "yesterday" in the headline or lead dates the page's news after the event only
 * beyond this many days after it: the days just after an event ("rescuers on Thursday pulled
 * survivors from the rubble") are still its story; a week later, the page's news is a later
 * development ("another quake on Sunday", "the mayor-elect met Trump on Friday").
 */
const RELATIVE_LATER_DAYS = 2;

/** The event's last known day (NO_DATE when none). */
function lastDay(m: CompiledMatcher, e: number): number {
  let last = NO_DATE;
  for (let j = m.dayOff[e]!; j < m.dayOff[e + 1]!; j++) last = Math.max(last, m.dayData[j]!);
  return last;
}
