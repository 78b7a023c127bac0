#!/usr/bin/env node
// `npm run bench:<name>` = `node scripts/bench.js <name>`: runs bench/<name>.ts straight from the
// TypeScript sources. scripts/build.js compiles only apps/, libs/ and migrations/, so bench
// files (and the library code they import) are transpiled on the fly here with the repo's
// .swcrc and tsconfig path aliases, exactly as the build does. No type-checking (lint does it).
'use strict';
const { readFileSync, existsSync } = require('node:fs');
const { join, resolve } = require('node:path');
const swc = require('@swc/core');

const root = join(__dirname, '..');
const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));

require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(readFileSync(filename, 'utf8'), {
    ...swcrc,
    swcrc: false,
    filename,
    sourceMaps: 'inline',
    jsc: { ...swcrc.jsc, baseUrl: root, paths: tsconfig.compilerOptions.paths },
  });
  module._compile(code, filename);
};

const name = process.argv[2];
if (!name) {
  process.stderr.write('usage: node scripts/bench.js <name|path.ts> [args…]\n');
  process.exit(1);
}
const file = existsSync(resolve(name)) ? resolve(name) : join(root, 'bench', `${name}.ts`);
require('reflect-metadata');
require(file);
