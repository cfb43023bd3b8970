/** Where automatic flagging is on: nowhere, everywhere, or on the sites the reader granted. */
export type SiteAccess = { mode: 'none' } | { mode: 'all' } | { mode: 'sites'; origins: string[] };
