/**
 * A labelled one-line text field with its inline error: the label gives the accessible name, the
 * error (when there is one) marks the field invalid and describes it.
 */
import type { Ref } from 'preact';
import { useId } from 'preact/hooks';

export interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  type?: 'text' | 'url';
  inputRef?: Ref<HTMLInputElement>;
  testId: string;
}

export function TextField({ label, value, onInput, error, type = 'text', inputRef, testId }: TextFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        {...(type === 'url' ? ({ type: 'url', inputMode: 'url' } as const) : ({ type: 'text' } as const))}
        autoComplete="off"
        spellcheck={false}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
        data-testid={testId}
      />
      {error && (
        <p class="inline-error" id={errorId} data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
