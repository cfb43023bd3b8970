/**
 * UI strings of the highlights. The content script passes `label` (browser.i18n.getMessage);
 * an empty or missing answer falls back to English. Keys are also the messages.json names.
 */
export const LABEL_DEFAULTS = {
  highlightBrand: 'Backstory',
  highlightSources: 'Sources',
  highlightOpenPopup: 'Open the Backstory popup for details',
  highlightReported: 'reported',
  highlightAlso: 'Also mentioned here:',
  highlightClose: 'Close',
} as const;

export type LabelKey = keyof typeof LABEL_DEFAULTS;
export type Labels = (key: LabelKey) => string;

export function makeLabels(label: ((key: string) => string) | undefined): Labels {
  return (key) => {
    if (label) {
      try {
        const text = label(key);
        if (typeof text === 'string' && text.trim() !== '') return text;
      } catch {
        // A broken translation must not break the card: use English.
      }
    }
    return LABEL_DEFAULTS[key];
  };
}
