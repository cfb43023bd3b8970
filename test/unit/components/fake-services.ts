/** A scripted UiServices for component tests: answers per message type and records every call. */
import type { MessageType, Request, Response } from '@/lib/messaging/protocol';
import type { Send, UiServices } from '@/components/ui-services';

export type Handlers = {
  [K in MessageType]?: (payload: Request<K>) => Response<K> | Promise<Response<K>>;
};

export interface Call {
  type: MessageType;
  payload: unknown;
}

export interface FakeServices extends UiServices {
  calls: Call[];
  /** Calls of one type, payloads only. */
  sent<K extends MessageType>(type: K): Request<K>[];
  permissionLog: string[];
}

export function fakeServices(handlers: Handlers, overrides: Partial<UiServices> = {}): FakeServices {
  const calls: Call[] = [];
  const permissionLog: string[] = [];
  const send: Send = async <K extends MessageType>(type: K, payload: Request<K>): Promise<Response<K>> => {
    calls.push({ type, payload });
    const handler = handlers[type] as ((p: Request<K>) => Response<K> | Promise<Response<K>>) | undefined;
    if (!handler) throw new Error(`no fake answer for ${type}`);
    return handler(payload);
  };
  return {
    send,
    calls,
    sent: <K extends MessageType>(type: K) => calls.filter((c) => c.type === type).map((c) => c.payload as Request<K>),
    permissionLog,
    activeTab: async () => ({ id: 7, url: 'https://www.mediaite.com/politics/some-story/' }),
    getTab: async (id) => ({ id }),
    // No stored result by default: the popup then asks the background ('tab/get'), as the tests
    // script it. Tests of the direct path override this.
    storedTab: async () => null,
    // What 'sites/get' would answer.
    siteAccess: async () => {
      const handler = handlers['sites/get'];
      if (!handler) throw new Error('no fake answer for sites/get');
      return handler({});
    },
    requestOrigins: async (origins) => {
      permissionLog.push(`request ${origins.join(' ')}`);
      return true;
    },
    removeOrigins: async (origins) => {
      permissionLog.push(`remove ${origins.join(' ')}`);
      return true;
    },
    openOptionsPage: () => permissionLog.push('options'),
    now: () => Date.parse('2025-12-01T12:00:00Z'),
    ...overrides,
  };
}
