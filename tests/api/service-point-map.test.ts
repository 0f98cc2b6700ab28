import { describe, expect, it } from 'vitest';
import { createTestApp } from './support/test-app.ts';

// Each test builds its own app: the map comes from configuration read at start.

describe('the map', () => {
  it('comes from configuration, and the CSP allows images from exactly its tile host', async () => {
    const custom = await createTestApp({
      env: {
        MAP_TILE_URL: 'https://kartor.example.se/tiles/{z}/{x}/{y}.png',
        MAP_ATTRIBUTION: '© Exempelkartor',
      },
    });
    try {
      const settings = await custom.agent().get('/api/v1/map-settings');
      expect(settings.body).toEqual({
        map: {
          tileUrl: 'https://kartor.example.se/tiles/{z}/{x}/{y}.png',
          attribution: '© Exempelkartor',
        },
      });
      const csp = settings.headers['content-security-policy'] as string;
      const imgSrc = csp.split(';').find((directive) => directive.trim().startsWith('img-src'));
      expect(imgSrc?.trim()).toBe("img-src 'self' data: blob: https://kartor.example.se");
    } finally {
      await custom.close();
    }
  });

  it('can be turned off, and then no outside host may serve images', async () => {
    const mapless = await createTestApp({ env: { MAP_TILE_URL: 'none' } });
    try {
      const settings = await mapless.agent().get('/api/v1/map-settings');
      expect(settings.body).toEqual({ map: null });
      expect(settings.headers['content-security-policy']).toContain("img-src 'self' data: blob:;");
    } finally {
      await mapless.close();
    }
  });
});
