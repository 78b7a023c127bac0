#!/usr/bin/env node
// `npm run -s cli -- <command>`: build if needed (quietly), then run the CLI in this process.
'use strict';
require('./build').build();
require('../dist/apps/cli/src/main.js')
  .runCli(process.argv.slice(2))
  .then((code) => process.exit(code));
