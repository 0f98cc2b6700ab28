import { useCallback, useEffect, useRef, useState } from 'react';
import type { ShopHomeDeliveryOffer } from '@e-galleria/shared/home-delivery';
import { readShopHomeDelivery } from '../../api/home-delivery-api.ts';
import type { ShopToCheckOut } from './fulfilment-choice.tsx';

type Place = { postalCode: string; village: string };

/**
 * Each shop's home delivery for the address being typed: the loader's answer at first, asked
 * again when the postal code or village changes. A later question cancels an earlier one, so
 * an old answer never overwrites a newer one.
 */
export function useHomeDeliveries(shops: readonly ShopToCheckOut[]) {
  const [answers, setAnswers] = useState<ReadonlyMap<string, ShopHomeDeliveryOffer | null>>(
    () => new Map(shops.map((entry) => [entry.shop.id, entry.homeDelivery])),
  );
  const asked = useRef<{ key: string; controller: AbortController } | null>(null);
  useEffect(() => () => asked.current?.controller.abort(), []);

  const askAbout = useCallback(
    (place: Place) => {
      // Only a whole postal code (the server says what is wrong with anything else at checkout).
      const postalCode = /^\d{3} ?\d{2}$/.test(place.postalCode)
        ? place.postalCode.replace(' ', '')
        : null;
      if (postalCode === null || place.village === '') return;
      const key = `${postalCode}|${place.village}`;
      if (asked.current?.key === key) return;
      asked.current?.controller.abort();
      const controller = new AbortController();
      asked.current = { key, controller };
      const offered = shops.filter((entry) => entry.homeDelivery?.isOffered);
      void Promise.all(
        offered.map(
          async (entry) =>
            [
              entry.shop.id,
              await readShopHomeDelivery(
                entry.shop.id,
                { postalCode, village: place.village },
                controller.signal,
              ).catch(() => entry.homeDelivery),
            ] as const,
        ),
      ).then((fresh) => {
        if (controller.signal.aborted) return;
        setAnswers((previous) => new Map([...previous, ...fresh]));
      });
    },
    [shops],
  );

  return {
    isOfferedAnywhere: shops.some((entry) => entry.homeDelivery?.isOffered),
    of: (shopId: string) => answers.get(shopId) ?? null,
    askAbout,
  };
}
