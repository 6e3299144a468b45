#!/usr/bin/env node
// Runs the compiled command line; `npm ci` (or `npm run build`) compiles src/ into dist/.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
