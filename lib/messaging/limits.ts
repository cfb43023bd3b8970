/**
 * Size limits of the messages the background accepts (pure). Apart from lib/messaging/validate.ts,
 * which checks them, so that the content script can cap what it sends without bundling the
 * validator (and its schema library).
 */

/** Longest page text the background accepts (the content script caps at PAGE_TEXT_CAP). */
export const MAX_TEXT = 250_000;
/** What the content script sends at most; kept below MAX_TEXT so a capped page always fits. */
export const PAGE_TEXT_CAP = 200_000;
export const MAX_URL = 8_192;
export const MAX_TITLE = 2_000;
export const MAX_LINKS = 2_000;
export const MAX_QUERY = 500;
export const MAX_ID = 200;
export const MAX_DISMISSED = 10_000;
/** A public key's one-line text (ed25519:<base64 of 32 bytes> is 52 characters). */
export const MAX_KEY_TEXT = 1_000;
