import { parse } from 'bowser';
import type { DeviceKind } from '@e-galleria/shared/order-origin';

/** Real browsers say who they are in far less; the platform is named near the start. */
const longestUserAgentRead = 512;

/**
 * A coarse kind of device from the User-Agent header, for the order history ("on a phone").
 * Bowser's platform detection decides (it knows the tablets that do not say "tablet"); a TV,
 * a bot, a script or no header at all is `unknown`. An iPad that asks for desktop sites says
 * it is a Mac and counts as `desktop`: nothing in its request tells them apart.
 */
export function deviceOf(userAgent: string | undefined): DeviceKind {
  if (!userAgent?.trim()) return 'unknown';
  const type = parse(userAgent.slice(0, longestUserAgentRead)).platform.type;
  return type === 'mobile' || type === 'tablet' || type === 'desktop' ? type : 'unknown';
}
