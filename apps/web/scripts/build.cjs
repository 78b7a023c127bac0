#!/usr/bin/env node
// Builds the web client (React Router's client and server builds, then the enhancement
// script) when its sources changed since the last build; `npm start` and the test setup call
// it, like scripts/build.js for the API. `--force` rebuilds anyway.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const web = join(__dirname, '..');
const stampFile = join(web, 'build', '.stamp');
const inputs = ['app', 'server', 'public'];
const configFiles = [
  'package.json',
  'vite.config.ts',
  'vite.enhance.config.ts',
  'react-router.config.ts',
  'tsconfig.json',
  'scripts/build.cjs',
];

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

function fingerprint() {
  let newest = 0;
  let count = 0;
  for (const dir of inputs) {
    if (!existsSync(join(web, dir))) continue;
    for (const file of walk(join(web, dir))) {
      newest = Math.max(newest, statSync(file).mtimeMs);
      count++;
    }
  }
  for (const file of configFiles) newest = Math.max(newest, statSync(join(web, file)).mtimeMs);
  return `${newest}:${count}`;
}

function run(args) {
  const script = binOf(args[0] === 'react-router' ? '@react-router/dev' : 'vite', args[0]);
  const result = spawnSync(process.execPath, [script, ...args.slice(1)], {
    cwd: web,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout.toString() + result.stderr.toString());
    throw new Error(`web build failed: ${args.join(' ')}`);
  }
}

/** A package's command-line entry, found through its package.json (its `exports` hide the file). */
function binOf(pkg, name) {
  const manifest = require.resolve(`${pkg}/package.json`, { paths: [web] });
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  return join(manifest, '..', typeof bin === 'string' ? bin : bin[name]);
}

function buildWeb({ force = false } = {}) {
  const stamp = fingerprint();
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false;
  run(['react-router', 'build']);
  run(['vite', 'build', '-c', 'vite.enhance.config.ts', '--logLevel', 'warn']);
  writeFileSync(stampFile, stamp);
  return true;
}

module.exports = { buildWeb, webRoot: web };

if (require.main === module) {
  const started = Date.now();
  const built = buildWeb({ force: process.argv.includes('--force') });
  process.stderr.write(built ? `built apps/web in ${Date.now() - started} ms\n` : 'apps/web is up to date\n');
}
