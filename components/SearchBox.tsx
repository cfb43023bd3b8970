/** The search field (a labelled type=search in a search landmark). Escape clears it. */
import { t } from '@/lib/i18n/i18n';

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  /** Enter: search now, without waiting for the debounce. */
  onSubmit: (value: string) => void;
}

export function SearchBox({ value, onInput, onSubmit }: SearchBoxProps) {
  return (
    <form
      class="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(value);
      }}
    >
      <label class="search-label" for="search-input">
        {t('searchLabel')}
      </label>
      <input
        id="search-input"
        data-testid="search-input"
        type="search"
        value={value}
        placeholder={t('searchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        enterKeyHint="search"
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.preventDefault(); // clear the field rather than close the popup
            onInput('');
          }
        }}
      />
    </form>
  );
}
