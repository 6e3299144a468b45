/**
 * `node measured-simulate.js FILE [simulate arguments...]`: runs the simulate command line in this
 * process, the build bin/simulate.js runs (dist/), then writes its exit code, peak resident memory
 * and CPU time (worker threads included, since they share the process) to FILE as JSON. Node
 * reports a process's own usage only, not a child's, so the process measured has to report it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './harness.js';

type Main = (argv: readonly string[]) => Promise<number>;

const [file, ...argv] = process.argv.slice(2);
const { main } = (await import(pathToFileURL(path.join(repoRoot(), 'dist', 'cli', 'main.js')).href)) as { main: Main };
const code = await main(argv);
// maxRSS is in kilobytes (getrusage's ru_maxrss), CPU times in microseconds.
const usage = process.resourceUsage();
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
writeFileSync(file, JSON.stringify({ code, maxRssBytes: usage.maxRSS * 1024, cpuSeconds }) + '\n');
process.exitCode = code;
