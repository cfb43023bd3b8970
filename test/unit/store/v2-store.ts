/** Opens an empty database exactly as schema version 2 (released) laid it out: for upgrade tests. */
import { wrap, type IDBPDatabase } from 'idb';

export function openV2(factory: IDBFactory, name: string): Promise<IDBPDatabase> {
  const request = factory.open(name, 2);
  request.onupgradeneeded = () => {
    const db = request.result;
    db.createObjectStore('meta');
    db.createObjectStore('generations', { keyPath: 'gen' }).createIndex('byFeed', 'feedId');
    db.createObjectStore('events', { keyPath: ['gen', 'id'] });
    db.createObjectStore('entities', { keyPath: ['gen', 'id'] });
    db.createObjectStore('shards', { keyPath: 'sha256' });
    db.createObjectStore('feeds', { keyPath: 'id' });
  };
  return wrap(request) as unknown as Promise<IDBPDatabase>;
}
