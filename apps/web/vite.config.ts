import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

// The server build's entry is server/app.ts (Express glue around React Router's handler), so
// build/server/index.js exports createWebHandler() for the API process to mount.
export default defineConfig(({ isSsrBuild }) => ({
  build: {
    rollupOptions: isSsrBuild ? { input: './server/app.ts' } : undefined,
    // Phones on slow networks: no source maps shipped, small chunks.
    sourcemap: false,
  },
  plugins: [reactRouter()],
}));
