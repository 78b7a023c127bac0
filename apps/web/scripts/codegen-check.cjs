#!/usr/bin/env node
// Prints, as JSON, what `npm run codegen` would write into app/gql, without writing it:
// test/web/codegen.test.ts compares that with the committed files.
'use strict';
const { join } = require('node:path');
const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');

const web = join(__dirname, '..');

loadCodegenConfig({ configFilePath: join(web, 'codegen.ts') })
  .then(({ config }) => generate({ ...config, cwd: web, silent: true }, false))
  .then((files) =>
    process.stdout.write(JSON.stringify(files.map((f) => ({ filename: f.filename, content: f.content })))),
  )
  .catch((error) => {
    process.stderr.write(`${error && error.message ? error.message : error}\n`);
    process.exit(1);
  });
