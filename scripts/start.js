#!/usr/bin/env node
// `npm start`: build if needed (fast, SWC), then run the API + outbox relay in this very
// process, so Ctrl-C reaches the app directly and there is no extra process to orphan.
'use strict';
const { build } = require('./build');
const { buildWeb } = require('../apps/web/scripts/build.cjs');

build();
// The web client too, when its sources changed (a few seconds; skipped otherwise).
if (buildWeb()) process.stderr.write('[thamvan] built the web client (apps/web)\n');
require('../dist/apps/api/src/main.js')
  .main()
  .catch((error) => {
    process.stderr.write(`thamvan failed to start: ${error && error.message ? error.message : error}\n`);
    process.exit(1);
  });
