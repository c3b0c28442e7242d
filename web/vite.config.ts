import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The map module (and MapLibre under it) is a dynamic import, so the page and its panels do not
 * wait for it to parse — but the browser should fetch it at once, in parallel with the entry.
 */
function preloadMapChunk(): Plugin {
  return {
    name: 'atlas-preload-map',
    transformIndexHtml(_html, ctx) {
      const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
      const map = chunks.find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/map/atlas-map.ts'));
      if (!map || map.type !== 'chunk') return;
      return [map.fileName, ...map.imports].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
    },
  };
}

// The web app is built into web/dist and served by the API server at `/`.
// In development (`npm run dev:web`) API and tile requests are proxied to a running `npm start`.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [react(), preloadMapChunk()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
    // .vite/manifest.json: which files the entry loads at once (the size budget test reads it)
    manifest: true,
    rolldownOptions: {
      output: {
        // vendor code in chunks of its own: cached across our releases, and measurable apart
        codeSplitting: {
          groups: [
            // JS only: the stylesheet belongs to the entry, or the entry would import this chunk for it
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/tiles': 'http://localhost:8080' },
  },
});
