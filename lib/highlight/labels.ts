/**
 * UI strings of the highlights. The content script passes `label` (browser.i18n.getMessage, with
 * $1.. substitutions); an empty or missing answer falls back to English. Keys are also the
 * messages.json names; `uiLang` and Chrome's predefined `@@bidi_dir` give the card the UI
 * language and direction (an Arabic or Hebrew UI mirrors the card).
 */
export const LABEL_DEFAULTS = {
  highlightBrand: 'Backstory',
  highlightSources: 'Sources',
  highlightOpenPopup: 'Open the Backstory popup for details',
  highlightAlso: 'Also mentioned here:',
  highlightMentioned: 'Mentioned on this page, not its main story',
  highlightClose: 'Close',
  dateReported: 'reported $1',
  uiLang: 'en',
  '@@bidi_dir': 'ltr',
} as const;

export type LabelKey = keyof typeof LABEL_DEFAULTS;
export type Labels = (key: LabelKey, subs?: readonly string[]) => string;

const substitute = (text: string, subs: readonly string[]): string =>
  text.replace(/\$(\d)/g, (_, digit: string) => subs[Number(digit) - 1] ?? '');

export function makeLabels(label: ((key: string, subs?: string[]) => string) | undefined): Labels {
  return (key, subs = []) => {
    if (label) {
      try {
        const text = subs.length > 0 ? label(key, [...subs]) : label(key);
        if (typeof text === 'string' && text.trim() !== '') return text;
      } catch {
        // A broken translation must not break the card: use English.
      }
    }
    return substitute(LABEL_DEFAULTS[key], subs);
  };
}
