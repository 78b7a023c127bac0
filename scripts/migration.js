#!/usr/bin/env node
// npm run migration:generate -- Name | migration:run | migration:revert
'use strict';
const [action, ...rest] = process.argv.slice(2);
const command = { generate: 'migration:generate', run: 'migrate', revert: 'migration:revert' }[action];
if (!command) {
  process.stderr.write('usage: node scripts/migration.js generate <Name> | run | revert\n');
  process.exit(1);
}
require('./build').build();
require('../dist/apps/cli/src/main.js')
  .runCli([command, ...rest])
  .then((code) => process.exit(code));
