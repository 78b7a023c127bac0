import { writeFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/**
 * The enhancement script (app/enhance) as its own small bundle, beside React Router's assets:
 * pages that do not hydrate load only this. Its hashed name is written to build/enhance.json,
 * which the server reads at start (server/app.ts).
 */
function enhanceManifest(): Plugin {
  return {
    name: 'thamvan-enhance-manifest',
    writeBundle(_options, bundle) {
      const entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
      if (!entry) throw new Error('enhance: no entry chunk');
      writeFileSync('build/enhance.json', JSON.stringify({ file: `/${entry.fileName}` }) + '\n');
    },
  };
}

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'build/client',
    emptyOutDir: false,
    sourcemap: false,
    // Chrome on cheap Android phones updates itself; ES2020 covers years of them.
    target: 'es2020',
    modulePreload: false,
    rollupOptions: {
      input: { enhance: 'app/enhance/main.ts' },
      output: {
        entryFileNames: 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/[name]-[hash].js',
      },
    },
  },
  plugins: [enhanceManifest()],
});
