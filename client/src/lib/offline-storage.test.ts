import { describe, expect, it } from 'vitest';
import { offlineSnapshot, storedValue, type KeyValueStorage } from './offline-storage.ts';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

type RunList = { notes: string[] };

describe('what a screen keeps in the browser', () => {
  it('gives back a saved value, and the fallback for a key never saved or not readable', () => {
    const storage = memoryStorage({ broken: '{not json' });
    const point = storedValue<{ id: string } | null>('point', null, storage);
    expect(point.load()).toBeNull();
    point.save({ id: 'p1' });
    expect(storedValue('point', null, storage).load()).toEqual({ id: 'p1' });
    expect(storedValue('broken', 'fallback', storage).load()).toBe('fallback');
  });

  it('keeps a snapshot with the moment it was saved, flat, as the counter’s phones already hold it', () => {
    const saved = JSON.stringify({ parcels: [], range: { from: '2026-11-30' }, savedAt: 1000 });
    const storage = memoryStorage({ 'galleria.counter.p1.parcels': saved });
    expect(offlineSnapshot('galleria.counter.p1.parcels', storage).load()).toEqual({
      parcels: [],
      range: { from: '2026-11-30' },
      savedAt: 1000,
    });

    const run = offlineSnapshot<RunList>('galleria.carrier.run-1.notes', storage);
    expect(run.load()).toBeNull();
    run.save({ notes: ['note-1'] }, 2000);
    expect(run.load()).toEqual({ notes: ['note-1'], savedAt: 2000 });
  });
});
