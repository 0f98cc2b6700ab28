/**
 * What a screen keeps in the browser to work without a connection: `localStorage`, because it
 * is small, synchronous and survives a reload (decision 0014). The page passes no storage; a
 * test passes its own.
 */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export type StoredValue<Value> = { load: () => Value; save: (value: Value) => void };

/** A JSON value under one key; private mode or a full disk leave the screen working, only without memory. */
export function storedValue<Value>(
  key: string,
  fallback: Value,
  storage?: KeyValueStorage,
): StoredValue<Value> {
  // Looked up at each use: a page without storage (or a test without `window`) gets the fallback.
  const target = () => storage ?? window.localStorage;
  return {
    load() {
      try {
        const text = target().getItem(key);
        return text === null ? fallback : (JSON.parse(text) as Value);
      } catch {
        return fallback;
      }
    },
    save(value) {
      try {
        target().setItem(key, JSON.stringify(value));
      } catch {
        // As above: nothing to do but carry on.
      }
    },
  };
}

/** What a screen loaded last, with when it was saved: what it starts from without a connection. */
export type Snapshot<Data extends object> = Data & { savedAt: number };

export type OfflineSnapshot<Data extends object> = {
  /** null when the screen has never loaded on this browser. */
  load: () => Snapshot<Data> | null;
  save: (data: Data, savedAt?: number) => void;
};

/**
 * The snapshot is stored flat (`{ ...data, savedAt }`), the shape the counter has kept since
 * it first worked offline, so a phone's snapshot from before still opens.
 */
export function offlineSnapshot<Data extends object>(
  key: string,
  storage?: KeyValueStorage,
): OfflineSnapshot<Data> {
  const stored = storedValue<Snapshot<Data> | null>(key, null, storage);
  return {
    load: stored.load,
    save: (data, savedAt = Date.now()) => stored.save({ ...data, savedAt }),
  };
}
