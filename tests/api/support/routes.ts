import type { Express } from 'express';

/** One route of the app as Express knows it: its method and full path with `:params`. */
export type AppRoute = { method: string; path: string };

type Layer = {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
};

/**
 * Every route of the app, read from Express's router stack (routers mounted in routers,
 * joined with their mount paths), so a route added later is in the list without anyone
 * adding it by hand.
 */
export function routesOf(app: Express): AppRoute[] {
  const root = (app as unknown as { router: { stack: Layer[] } }).router;
  const routes: AppRoute[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route && typeof layer.route.path === 'string') {
        for (const [method, isOn] of Object.entries(layer.route.methods))
          if (isOn && method !== '_all')
            routes.push({ method: method.toUpperCase(), path: prefix + layer.route.path });
      } else if (layer.handle?.stack) {
        const mount =
          typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
        walk(layer.handle.stack, prefix + mount);
      }
    }
  };
  walk(root.stack, '');
  return routes;
}
