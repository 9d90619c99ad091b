import { defineConfig } from 'vite';

// Relative asset URLs so the dashboard works wherever `dyad serve` mounts it.
// `npm run dev` proxies the API to a running `dyad serve` on port 8080.
export default defineConfig({
  base: './',
  build: { outDir: 'dist', assetsDir: 'assets', sourcemap: false, chunkSizeWarningLimit: 200 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
