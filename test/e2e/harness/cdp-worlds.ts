/**
 * Code run where Playwright cannot reach, through DevTools' Runtime domain:
 *  - the content script's own world in a tab (an isolated world whose execution context DevTools
 *    reports with the extension's origin): what code there could do, e.g. write extension storage;
 *  - the extension's service worker as it runs now, also after Chrome restarted it (Playwright
 *    reports only the first worker): attached through the browser's target list, not flattened,
 *    so messages go through Target.sendMessageToTarget on a browser session;
 * and a record of the errors the extension raises in a tab (exceptions and console errors in its
 * worlds, and any "Extension context invalidated" anywhere in the page).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { LaunchedBrowser } from './launch';
import { serviceWorkerTargets } from './extension';
import { waitFor } from './wait';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { frameId?: string; type?: string; isDefault?: boolean };
}

interface RemoteResult {
  result: { type: string; value?: unknown; description?: string };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

function valueOf<T>(r: RemoteResult, expression: string): T {
  if (r.exceptionDetails) {
    throw new Error(`${expression.slice(0, 80)}: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  }
  return r.result.value as T;
}

export interface World {
  /** Evaluates an expression (awaiting a promise it returns); its value must be JSON-serialisable. */
  evaluate<T>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

/** The top frame's id and every execution context DevTools reports in the page, kept up to date. */
async function trackContexts(cdp: CDPSession): Promise<{ contexts: Map<number, ExecutionContext>; frameId: string }> {
  const contexts = new Map<number, ExecutionContext>();
  cdp.on('Runtime.executionContextCreated', (e) => contexts.set(e.context.id, e.context as ExecutionContext));
  cdp.on('Runtime.executionContextDestroyed', (e) => contexts.delete(e.executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  const { frameTree } = await cdp.send('Page.getFrameTree');
  await cdp.send('Runtime.enable');
  return { contexts, frameId: frameTree.frame.id };
}

/** The content script's world in the page's top frame (waits until the script has run there). */
export async function contentScriptWorld(b: LaunchedBrowser, page: Page): Promise<World> {
  const cdp = await b.context.newCDPSession(page);
  const { contexts, frameId } = await trackContexts(cdp);
  const origin = `chrome-extension://${b.extensionId}`;
  const find = (): ExecutionContext | undefined =>
    [...contexts.values()].find((c) => c.origin === origin && c.auxData?.frameId === frameId);
  await waitFor(async () => find(), (c) => c !== undefined, { what: "the content script's world in the page" });
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const context = find();
      if (!context) throw new Error("The content script's world is gone");
      const r = (await cdp.send('Runtime.evaluate', {
        expression,
        contextId: context.id,
        awaitPromise: true,
        returnByValue: true,
      })) as RemoteResult;
      return valueOf<T>(r, expression);
    },
    detach: () => cdp.detach().catch(() => undefined),
  };
}

export interface WorkerWorld extends World {
  /** Exceptions and console errors or warnings in the worker since attaching. */
  errors: string[];
  /** Any DevTools command in the worker (e.g. Debugger.pause). */
  call(method: string, params?: Record<string, unknown>): Promise<unknown>;
  /** Resolves at the worker's next DevTools event of this name (e.g. Debugger.paused). */
  next(method: string, timeout?: number): Promise<unknown>;
}

/** The extension's service worker as it runs now (start it first: a message from an extension page wakes it). */
export async function currentWorker(b: LaunchedBrowser): Promise<WorkerWorld> {
  const browser = b.context.browser();
  if (!browser) throw new Error('No browser handle to open a CDP session on');
  const [targetId] = await waitFor(() => serviceWorkerTargets(b), (ids) => ids.length > 0, {
    what: 'a running service worker',
  });
  const cdp = await browser.newBrowserCDPSession();
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: targetId!, flatten: false })) as { sessionId: string };
  let next = 0;
  const pending = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  const errors: string[] = [];
  const waiting: { method: string; resolve: (params: unknown) => void }[] = [];
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message) as { id?: number; method?: string; params?: Record<string, unknown>; result?: unknown; error?: { message: string } };
    if (msg.id !== undefined) {
      pending.get(msg.id)?.(msg);
      return;
    }
    for (const w of waiting.filter((x) => x.method === msg.method)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(msg.params);
    }
    if (msg.method === 'Runtime.exceptionThrown') errors.push(describeException(msg.params));
    else if (msg.method === 'Runtime.consoleAPICalled') {
      const call = msg.params as { type: string; args: { value?: unknown; description?: string }[] };
      if (call.type === 'error' || call.type === 'warning') errors.push(`console.${call.type}: ${argsText(call.args)}`);
    }
  });
  const call = (method: string, params: Record<string, unknown> = {}): Promise<unknown> => {
    const id = ++next;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The worker did not answer ${method}`)), 15_000);
      pending.set(id, (reply) => {
        clearTimeout(timer);
        pending.delete(id);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply.result);
      });
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch((error: unknown) => reject(error instanceof Error ? error : new Error(String(error))));
    });
  };
  await call('Runtime.enable', {});
  return {
    errors,
    call,
    next: (method, timeout = 10_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No ${method} from the worker within ${timeout} ms`)), timeout);
        waiting.push({ method, resolve: (params) => (clearTimeout(timer), resolve(params)) });
      }),
    async evaluate<T>(expression: string): Promise<T> {
      const r = (await call('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as RemoteResult;
      return valueOf<T>(r, expression);
    },
    detach: () => cdp.detach().catch(() => undefined),
  };
}

function argsText(args: { value?: unknown; description?: string }[]): string {
  return args.map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? ''))).join(' ');
}

function describeException(params: unknown): string {
  const d = (params as { exceptionDetails?: { text?: string; exception?: { description?: string } } }).exceptionDetails;
  return `exception: ${d?.exception?.description ?? d?.text ?? 'unknown'}`;
}

/**
 * Records, from now on, what the extension reports as going wrong in a tab: exceptions and
 * console errors or warnings in its worlds (the content script's), and any message anywhere in the
 * page that says "Extension context invalidated".
 */
export async function recordExtensionErrors(b: LaunchedBrowser, page: Page): Promise<{ errors: string[]; stop(): Promise<void> }> {
  const cdp = await b.context.newCDPSession(page);
  const origin = `chrome-extension://${b.extensionId}`;
  const extensionContexts = new Set<number>();
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (e.context.origin === origin) extensionContexts.add(e.context.id);
  });
  const errors: string[] = [];
  const note = (contextId: number | undefined, text: string): void => {
    if ((contextId !== undefined && extensionContexts.has(contextId)) || /context invalidated/i.test(text)) errors.push(text);
  };
  cdp.on('Runtime.exceptionThrown', (e) => note(e.exceptionDetails.executionContextId, describeException(e)));
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error' || e.type === 'warning') note(e.executionContextId, `console.${e.type}: ${argsText(e.args)}`);
  });
  await cdp.send('Runtime.enable');
  return { errors, stop: () => cdp.detach().catch(() => undefined) };
}
