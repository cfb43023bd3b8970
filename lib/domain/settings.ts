/** The reader's settings (kept in storage.local: lib/settings/settings.ts). */
export interface Settings {
  /** Underline mentions in pages and show a card on hover/focus. Off by default. */
  highlights: boolean;
  /** Hidden matches ("not this event"): event ids. */
  dismissed: string[];
}
