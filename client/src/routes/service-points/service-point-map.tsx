import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { ServicePointSummary } from '@e-galleria/shared/service-points';

export type MapPoint = Pick<ServicePointSummary, 'slug' | 'name' | 'position'>;

/**
 * Leaflet sets a string given as a tooltip's or popup's content as innerHTML; names come from
 * municipality admins, so every text goes in as a text node, never as markup.
 */
function asText(text: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = text;
  return element;
}

/**
 * The map beside the service point list. It repeats what the list says, so it is hidden
 * from screen readers and has nothing to tab to: the list is the accessible way, and it
 * stays complete when tiles do not load. Loaded lazily: Leaflet is only fetched here.
 */
export default function ServicePointMap(props: {
  points: MapPoint[];
  tileUrl: string;
  linkPrefix: string;
}) {
  const { points, tileUrl, linkPrefix } = props;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const container = useRef<HTMLDivElement>(null);
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    const element = container.current;
    const placed = points.flatMap((point) =>
      point.position ? [{ ...point, ...point.position }] : [],
    );
    if (!element || placed.length === 0) return undefined;
    const map = L.map(element, {
      keyboard: false,
      zoomControl: false,
      attributionControl: false,
      scrollWheelZoom: false,
    });
    const tiles = L.tileLayer(tileUrl, { maxZoom: 18 });
    let failures = 0;
    tiles.on('tileerror', () => {
      failures += 1;
      if (failures === 1) setTilesFailed(true);
    });
    tiles.addTo(map);
    const bounds = L.latLngBounds(placed.map((point) => [point.latitude, point.longitude]));
    for (const point of placed)
      L.circleMarker([point.latitude, point.longitude], {
        radius: 9,
        weight: 3,
        color: '#0b4f8a',
        fillColor: '#0b4f8a',
        fillOpacity: 0.6,
      })
        .bindTooltip(asText(point.name))
        .on('click', () => {
          void navigate(`${linkPrefix}/${point.slug}`);
        })
        .addTo(map);
    map.fitBounds(bounds, { padding: [32, 32], maxZoom: 12 });
    return () => {
      map.remove();
    };
  }, [points, tileUrl, linkPrefix, navigate]);

  return (
    <>
      <div ref={container} className="service-point-map" aria-hidden="true" />
      {tilesFailed ? (
        <p className="field__hint">{t('servicePoints.storefront.mapUnavailable')}</p>
      ) : null}
    </>
  );
}
