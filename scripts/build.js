#!/usr/bin/env node
// Transpiles apps/, libs/ and migrations/ to dist/ with SWC (type-checking is `npm run
// typecheck`, run by lint and CI). Fast enough to run on every `npm start`; skipped when
// nothing changed since the last build. Path aliases (@thamvan/<lib>) are rewritten here.
'use strict';
const {
  readdirSync,
  statSync,
  mkdirSync,
  writeFileSync,
  readFileSync,
  existsSync,
  cpSync,
  rmSync,
} = require('node:fs');
const { join, relative, dirname } = require('node:path');

const root = join(__dirname, '..');
const out = join(root, 'dist');
const stampFile = join(out, '.build-stamp');
const sourceDirs = ['apps', 'libs', 'migrations'];

// The web client (apps/web) is an ES-module Vite app with a build of its own (apps/web/scripts/build.cjs).
const skipDirs = new Set([join(root, 'apps', 'web')]);

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && skipDirs.has(path)) continue;
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts'))
      yield path;
  }
}

function sources() {
  return sourceDirs.filter((d) => existsSync(join(root, d))).flatMap((d) => [...walk(join(root, d))]);
}

function fingerprint(files) {
  // Newest mtime plus the file list: catches edits, additions and deletions.
  let newest = 0;
  for (const f of files) newest = Math.max(newest, statSync(f).mtimeMs);
  for (const f of ['package.json', '.swcrc', 'scripts/build.js'])
    newest = Math.max(newest, statSync(join(root, f)).mtimeMs);
  return `${newest}:${files.length}`;
}

function build({ force = false } = {}) {
  const files = sources();
  const stamp = fingerprint(files);
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false;
  const swc = require('@swc/core');
  const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  for (const file of files) {
    const rel = relative(root, file);
    const target = join(out, rel.replace(/\.ts$/, '.js'));
    const { code, map } = swc.transformFileSync(file, {
      ...swcrc,
      swcrc: false,
      filename: file,
      sourceMaps: true,
      sourceFileName: relative(dirname(target), file),
      jsc: { ...swcrc.jsc, baseUrl: root, paths: tsconfig.compilerOptions.paths },
    });
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, code + `\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) writeFileSync(target + '.map', map);
  }
  copyAssets();
  writeFileSync(stampFile, stamp);
  return true;
}

/** Non-code files a library reads at run time (libs/<lib>/assets/**) go next to its code in dist/. */
function copyAssets() {
  const libs = join(root, 'libs');
  for (const lib of readdirSync(libs)) {
    const assets = join(libs, lib, 'assets');
    if (existsSync(assets)) cpSync(assets, join(out, 'libs', lib, 'assets'), { recursive: true });
  }
}

/** The dist/ path scripts/build.js writes for a source file (relative to the repository root). */
function distPathOf(source) {
  return join('dist', source).replace(/\.ts$/, '.js');
}

module.exports = { build, sources, distPathOf };

if (require.main === module) {
  const started = Date.now();
  const built = build({ force: process.argv.includes('--force') });
  process.stderr.write(built ? `built dist/ in ${Date.now() - started} ms\n` : 'dist/ is up to date\n');
}
