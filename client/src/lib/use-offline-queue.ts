import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import {
  createOfflineQueue,
  type OfflineAction,
  type Delivery,
  type Queued,
  type SubmitOutcome,
} from './offline-queue.ts';

/** How often a waiting queue is tried again, besides the browser's `online` event. */
const retryMs = 15_000;

/**
 * Whether the screen can reach the server: the browser's `online`/`offline` events, corrected
 * by what requests find (`noteConnection`), since a phone on a dead mast still says online.
 */
export function useConnection(): {
  isOnline: boolean;
  noteConnection: (isOnline: boolean) => void;
} {
  const [isOnline, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const goOnline = () => setOnline(true);
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
    };
  }, []);
  return { isOnline, noteConnection: setOnline };
}

/**
 * A screen's offline queue (offline-queue.ts): the actions not yet delivered, replayed when
 * the connection returns, every 15 s while any waits, and on mount (actions left from an
 * earlier visit, when the phone was closed offline, go first). The queue is read from storage
 * once per mount: give the screen a `key` per storage key.
 */
export function useOfflineQueue<Action extends OfflineAction>(
  options: Delivery<Action> & { storageKey: string },
): {
  queue: readonly Queued<Action>[];
  submit: (action: Action) => Promise<SubmitOutcome>;
  dismiss: (actionId: string) => void;
  replay: () => Promise<void>;
} {
  const [queue] = useState(() => createOfflineQueue<Action>({ storageKey: options.storageKey }));
  const actions = useSyncExternalStore(queue.subscribe, queue.actions);
  // The queue lives as long as the screen; each round uses the screen's newest callbacks.
  const delivery = useRef<Delivery<Action>>(options);
  useLayoutEffect(() => {
    delivery.current = options;
  });
  const submit = useCallback((action: Action) => queue.submit(action, delivery.current), [queue]);
  const replay = useCallback(() => queue.replay(delivery.current), [queue]);

  useEffect(() => {
    const replayNow = () => void replay();
    window.addEventListener('online', replayNow);
    const timer = window.setInterval(() => {
      if (queue.hasWaiting()) replayNow();
    }, retryMs);
    replayNow();
    return () => {
      window.removeEventListener('online', replayNow);
      window.clearInterval(timer);
    };
  }, [queue, replay]);

  return { queue: actions, submit, dismiss: queue.dismiss, replay };
}
