import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { startPlatform } from '../../src/server/start.js';

/** Issue 16.6: the server listens on 127.0.0.1 unless HOST says otherwise. */
describe('the listening address', () => {
  it('is this machine only by default: reachable on 127.0.0.1, not on another address', async () => {
    const platform = await startPlatform({ port: 0, quiet: true });
    try {
      expect(platform.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const port = new URL(platform.url).port;
      expect((await fetch(`${platform.url}/api/health`)).status).toBe(200);
      const other = Object.values(networkInterfaces())
        .flat()
        .find((a) => a && a.family === 'IPv4' && !a.internal);
      if (other) {
        await expect(fetch(`http://${other.address}:${port}/api/health`)).rejects.toThrow();
      }
    } finally {
      await platform.close();
    }
  });
});
