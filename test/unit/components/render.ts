/** Mounting Preact trees in happy-dom and waiting for async effects, without a testing library. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import en from '../../../public/_locales/en/messages.json';
import { setFallbackMessages } from '@/lib/i18n/i18n';

/** English strings for t() (the fake browser has no i18n). */
export function useEnglish(): void {
  setFallbackMessages(en);
}

export interface Mounted {
  root: HTMLElement;
  unmount: () => void;
}

export async function mount(vnode: ComponentChild): Promise<Mounted> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(vnode, root));
  await settle();
  return {
    root,
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

/** Let pending promises and timers (up to `ms`) run, inside act so Preact re-renders. */
export async function settle(ms = 0): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, ms));
    });
  }
}

/** Polls until `check` returns a value (not null/undefined/false), failing after ~1 s. */
export async function waitFor<T>(check: () => T | null | undefined | false, what = 'condition'): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = check();
    if (value !== null && value !== undefined && value !== false) return value;
    await settle(10);
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!(el instanceof HTMLElement)) throw new Error('nothing to click');
  await act(() => el.click());
  await settle();
}

export async function type(input: Element | null | undefined, value: string): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('not an input');
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((el) => el.textContent?.trim() ?? '');
}
