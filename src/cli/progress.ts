/**
 * Progress on stderr: a bar when stderr is a terminal, otherwise a line per finished run. Wall
 * time is measured here, at the command line, never inside the model.
 */
import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';

// The bar's module is loaded only when there is a terminal to draw it on.
const require = createRequire(import.meta.url);

/** What the run command reports as it goes. */
export interface Progress {
  advance(runIndex: number, daysDone: number): void;
  finished(label: string, ok: boolean): void;
  stop(): void;
}

/** A progress reporter for `runs` runs of `daysPerRun` total days. */
export function createProgress(runs: number, totalDays: number, quiet: boolean): Progress {
  const started = performance.now();
  const done = new Map<number, number>();
  let finished = 0;
  const seconds = () => ((performance.now() - started) / 1000).toFixed(2);
  if (quiet) return { advance() {}, finished() {}, stop() {} };
  if (process.stderr.isTTY) {
    const cliProgress = require('cli-progress') as typeof cliProgressModule;
    const bar = new cliProgress.SingleBar(
      {
        format: 'simulate [{bar}] {percentage}% | {runs} runs | {duration_formatted} | about {eta_formatted} left',
        stream: process.stderr,
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(totalDays, 0, { runs: `0/${runs}` });
    let sum = 0;
    return {
      advance(index, days) {
        sum += days - (done.get(index) ?? 0);
        done.set(index, days);
        bar.update(sum, { runs: `${finished}/${runs}` });
      },
      finished() {
        finished++;
        bar.update(sum, { runs: `${finished}/${runs}` });
      },
      stop() {
        bar.stop();
      },
    };
  }
  return {
    advance() {},
    finished(label, ok) {
      finished++;
      // Time left from the mean time per finished run so far: runs of a command are of similar length.
      const left = finished < runs ? `, about ${Math.round((Number(seconds()) / finished) * (runs - finished))} s left` : '';
      process.stderr.write(`simulate: ${label} ${ok ? 'done' : 'failed'} (${finished}/${runs}, ${seconds()} s${left})\n`);
    },
    stop() {},
  };
}
