/** The platform alone in its own process, so the upload benchmark can read the server's memory. */
import { startPlatform } from '../src/server/start.js';

const platform = await startPlatform({
  port: 0,
  host: '127.0.0.1',
  seedDemo: true,
  quiet: true,
  config: { uploadMaxBytes: 2 * 1024 * 1024 * 1024 },
});
console.info(`READY ${platform.url}`);
process.on('SIGTERM', () => void platform.close().finally(() => process.exit(0)));
