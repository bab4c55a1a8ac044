#!/usr/bin/env node
// The `resolint` command: the bundled CLI (built by `npm run build`, run on install by `prepare`).
require('../dist/cli.js').main();
