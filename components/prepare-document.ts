/** Sets the page's language, direction and title from the UI language before the first render. */
import { t, uiDirection, type MessageKey } from '@/lib/i18n/i18n';

export function prepareDocument(titleKey: MessageKey): void {
  // The language of the strings actually shown (the default locale when the UI language has no translation).
  document.documentElement.lang = t('uiLang');
  document.documentElement.dir = uiDirection();
  document.title = t(titleKey);
}
