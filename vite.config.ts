import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/precompress.js';

/** The web app lives in web/ and builds into dist/web, which the server serves as static files. */
export default defineConfig({
  root: 'web',
  // Each asset also as .br and .gz, which the server sends by Accept-Encoding (build-app.ts).
  plugins: [react(), precompress()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      // The @rc-component packages under antd declare no `sideEffects`, so a bundler must keep every
      // module their index imports: one Input pulled the whole form library and its validator into
      // the public shell. Their modules only define components; let unused ones drop.
      treeshake: {
        moduleSideEffects: (id: string) =>
          /node_modules[\\/]@rc-component[\\/]/.test(id) ? false : undefined,
      },
      output: {
        // Long-lived vendor code in its own files, so a new release of the app re-downloads only the app.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
            },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            // Each response costs its headers (about 1 KB here, with the security headers): the
            // icons, a few hundred bytes each, travel together rather than one file apiece.
            { name: 'icons', test: /node_modules[\\/]@ant-design[\\/]icons(-svg)?[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
