import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/precompress.js';
import { planPublicChunks, type ModuleGraph, type PublicChunks } from './scripts/public-chunks.js';

/**
 * The pages anyone may open without signing in, whose first load has a budget (bench/web-weight.ts),
 * and the language files they load: their chunks are planned by scripts/public-chunks.ts. The
 * not-found page is not one of them: it is rare, and its antd Result (with three illustrations)
 * would otherwise be shared with the announcement page and ride in every page's `public` chunk.
 */
const source = (file: string) => resolve(import.meta.dirname, 'web/src', file);
const PUBLIC_ROOTS = {
  shell: source('main.tsx'),
  pages: [
    'pages/public/HomePage.tsx',
    'pages/public/RulesPage.tsx',
    'pages/intake/public/CycleAnnouncementPage.tsx',
    'pages/draws/PublicDrawsPage.tsx',
    'pages/draws/PublicDrawPage.tsx',
  ].map(source),
  languages: ['i18n/messages.zh-CN.ts', 'i18n/messages.en.ts'].map(source),
};
const NO_SIDE_EFFECTS =
  /node_modules[\\/](@rc-component[\\/]|@ant-design[\\/](cssinjs|cssinjs-utils|fast-color|colors)[\\/])/;
const ICONS = /node_modules[\\/]@ant-design[\\/]icons(-svg)?[\\/]/;

/** Per build, the chunk of each module the public pages use (computed from the module graph once). */
let plan: PublicChunks | undefined;
const planOf = (graph: ModuleGraph) => (plan ??= planPublicChunks(graph, PUBLIC_ROOTS));

/** The web app lives in web/ and builds into dist/web, which the server serves as static files. */
export default defineConfig({
  root: 'web',
  // Each asset also as .br and .gz, which the server sends by Accept-Encoding (build-app.ts).
  plugins: [react(), precompress(), { name: 'qa-public-graph', buildStart: () => void (plan = undefined) }],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      // The @rc-component packages under antd, and antd's style engine (@ant-design/cssinjs, its
      // utilities and colour helpers), declare no `sideEffects`, so a bundler must keep every module
      // their index imports: one Input pulled the whole form library and its validator into the
      // public shell. Their modules only define components and functions; let unused ones drop.
      treeshake: {
        moduleSideEffects: (id: string) => (NO_SIDE_EFFECTS.test(id) ? false : undefined),
      },
      output: {
        codeSplitting: {
          groups: [
            // Long-lived vendor code in its own file, so a new release of the app re-downloads only the app.
            {
              name: 'vendor',
              priority: 3,
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|i18next|react-i18next)[\\/]/,
            },
            // Each response costs its headers (about 1 KB here, with the security headers), and the
            // public pages share much (antd's core and components, the panels, tags and hooks): what
            // two of them use arrives in one file, what one uses in that page's file, not in thirty.
            {
              name: (id, ctx) => planOf(ctx).chunkOf(id),
              debugName: 'public',
              priority: 2,
              // Only what the pages reach by the names they import: following every import of a
              // captured module would bring whole packages through their indexes (antd's tooltip
              // reaches @rc-component/form's index, which holds the form library and its validator).
              includeDependenciesRecursively: false,
            },
            // The staff pages' icons, a few hundred bytes each, travel together rather than one file
            // apiece; those of the public pages and the shell stay with them.
            {
              name: (id, ctx) => (ICONS.test(id) && !planOf(ctx).isPublic(id) ? 'icons' : null),
              debugName: 'icons',
              priority: 1,
            },
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
