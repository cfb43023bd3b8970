/**
 * The few `chrome.*` APIs tests call inside the browser (in page.evaluate / worker.evaluate).
 * Declared here, not as a global, so the extension's own code never sees an untyped `chrome`.
 * Use as `(globalThis as unknown as ChromeGlobal).chrome` inside evaluated functions.
 */
export interface ChromeTab {
  id?: number;
  url?: string;
  title?: string;
  active: boolean;
}

export interface ChromeApi {
  tabs: {
    query(filter: Record<string, unknown>): Promise<ChromeTab[]>;
    reload(tabId: number): Promise<void>;
  };
  action: {
    getBadgeText(details: { tabId?: number }): Promise<string>;
    getTitle(details: { tabId?: number }): Promise<string>;
  };
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    getManifest(): Record<string, unknown>;
  };
  permissions: {
    getAll(): Promise<{ origins?: string[]; permissions?: string[] }>;
    remove(p: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
    contains(p: { origins?: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]>;
  };
}

export interface ChromeGlobal {
  chrome: ChromeApi;
}
