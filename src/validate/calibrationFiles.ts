/**
 * The files of a calibration search: every set with its figures and verdicts (sets.csv), the
 * accepted ones alone (accepted.csv), the accepted range of each parameter (accepted_ranges.csv)
 * and the one-at-a-time sweep (sweep.csv); and the summary printed at the end.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Calibration, EvaluatedSet } from './calibrate.js';
import { formatNumber } from './judge.js';

/** A number in a CSV cell: up to six decimals, empty when there is none. */
function cell(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '';
  return String(Number(x.toFixed(6)));
}

function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.join(',')).join('\n') + '\n';
}

function setRows(cal: Calibration, sets: readonly { set: EvaluatedSet; index: number }[]): string[][] {
  return sets.map(({ set, index }) => [
    String(index + 1),
    ...cal.parameters.map((p) => cell(set.values[p.path])),
    ...cal.patterns.flatMap((name) => {
      const r = set.results.find((x) => x.pattern.name === name);
      return [cell(r?.interval?.mean), r ? (r.pass ? 'pass' : 'fail') : 'invalid'];
    }),
    set.accepted ? '1' : '0',
  ]);
}

/** The lowest and highest value of each parameter over the accepted sets (undefined when none was accepted). */
export function acceptedRanges(cal: Calibration): { path: string; min?: number; max?: number }[] {
  const accepted = cal.sets.filter((s) => s.accepted);
  return cal.parameters.map((p) => {
    if (accepted.length === 0) return { path: p.path };
    const v = accepted.map((s) => s.values[p.path]);
    return { path: p.path, min: Math.min(...v), max: Math.max(...v) };
  });
}

/** How far each parameter alone moves the sweep pattern's mean figure: lowest and highest over its points. */
export function sweepSpread(cal: Calibration): { path: string; min?: number; max?: number }[] {
  return cal.parameters.map((p) => {
    const v = cal.sweep.filter((s) => s.parameter === p.path && s.result?.interval).map((s) => s.result?.interval?.mean as number);
    return v.length > 0 ? { path: p.path, min: Math.min(...v), max: Math.max(...v) } : { path: p.path };
  });
}

/** Writes the search's files into `dir`; returns their paths. */
export function writeCalibration(dir: string, cal: Calibration): string[] {
  mkdirSync(dir, { recursive: true });
  const header = ['set', ...cal.parameters.map((p) => p.path), ...cal.patterns.flatMap((n) => [`${n}_figure`, `${n}_result`]), 'accepted'];
  const all = cal.sets.map((set, index) => ({ set, index }));
  const files: [string, string][] = [
    ['sets.csv', csv(header, setRows(cal, all))],
    [
      'accepted.csv',
      csv(
        header,
        setRows(
          cal,
          all.filter((s) => s.set.accepted),
        ),
      ),
    ],
    [
      'accepted_ranges.csv',
      csv(
        ['parameter', 'low', 'high', 'source', 'accepted_min', 'accepted_max'],
        acceptedRanges(cal).map((a, k) => {
          const p = cal.parameters[k];
          return [p.path, cell(p.low), cell(p.high), JSON.stringify(p.source), cell(a.min), cell(a.max)];
        }),
      ),
    ],
  ];
  if (cal.sweepPattern !== undefined) {
    const rows = cal.sweep.map((s) => [
      s.parameter,
      cell(s.value),
      cell(s.result?.interval?.mean),
      cell(s.result?.interval?.low),
      cell(s.result?.interval?.high),
      s.result ? (s.result.pass ? 'pass' : 'fail') : 'invalid',
    ]);
    files.push(['sweep.csv', csv(['parameter', 'value', `${cal.sweepPattern}_figure`, 'low', 'high', 'result'], rows)]);
  }
  return files.map(([name, text]) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  });
}

/** The summary printed at the end: sets accepted, accepted ranges, and the sweep's spread per parameter. */
export function formatCalibration(cal: Calibration): string {
  const accepted = cal.sets.filter((s) => s.accepted).length;
  const lines = [
    `${accepted} of ${cal.sets.length} parameter sets pass every pattern (seeds ${cal.seeds[0]}-${cal.seeds[cal.seeds.length - 1]})`,
  ];
  for (const [k, a] of acceptedRanges(cal).entries()) {
    const p = cal.parameters[k];
    const range = a.min === undefined ? 'none accepted' : `accepted ${formatNumber(a.min)} to ${formatNumber(a.max as number)}`;
    lines.push(`  ${p.path}: assumed ${formatNumber(p.low)} to ${formatNumber(p.high)}, ${range}`);
  }
  if (cal.sweepPattern !== undefined) {
    lines.push(`${cal.sweepPattern} with one parameter moved across its range, the others at the scenario's values:`);
    for (const s of sweepSpread(cal))
      lines.push(`  ${s.path}: ${s.min === undefined ? 'no data' : `${formatNumber(s.min)} to ${formatNumber(s.max as number)}`}`);
  }
  return lines.join('\n') + '\n';
}
