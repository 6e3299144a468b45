// Finding: a year of the 1.6 M-household region takes ~144-152 s on one core here, 2.4x the 60 s target. A day costs 242 ns per household (405 ms): households' purchases and warung restocking 93 ns, their own day 56, direct and online sales 37, procurement 22. The same rules in one warmed village, whose columns fit in the caches, cost 152 ns, so the region's size (memory traffic) adds a third and the work itself is the rest. 60 s leaves 84 ns per household-day after setup (4.6 s) and the period ends (0.47 s each, half of it sorting incomes for medians): below what even a cache-resident village costs, so no column layout reaches it (householdsDay's loop is bound by its ~360 machine instructions per household: one interleaved array, one state for every household and transparent huge pages each changed it by 15% or less); it needs less work per household-day or villages stepped on several threads.
/**
 * Where the time of a region's simulated year goes, by rule of the day and by function, from V8's
 * sampling profiler (what `node --cpu-prof` records) over the world's setup and its run (metrics
 * collected at each period's end, no files written) of the region of VILLAGES villages (default
 * 1,000: the 1,600,000-household region), with the time per simulated day of each rule and per
 * period of the period end; then the cost of each rule per household-day beside that of one village
 * of the same kind, run three times first so that its code is optimised, whose columns fit in the
 * caches: what the region's size adds.
 * Run: `npm run bench -- --finding region-year` (about three minutes at 1,000 villages);
 * `VILLAGES=100 DAYS=60 npm run bench -- --finding region-year` for another size or horizon.
 */
import { Session } from 'node:inspector/promises';
import type { Profiler } from 'node:inspector';
import { runWorld } from '../src/engine/run.js';
import { createWorld } from '../src/engine/setup.js';
import { DAILY_RULES } from '../src/engine/step.js';
import type { Scenario } from '../src/scenario/schema.js';
import { freshDir, removeDir } from './processes.js';
import { regionScenario } from './region.js';
import { countAgents } from './suite-tick.js';

const YEAR = 365;

/**
 * Where a profile sample's time is booked: the nearest enclosing function named here (a rule of
 * the day, the ledger check, a period's metrics or close, the world's setup), else "other".
 */
const PERIOD_PARTS = ['collectRow', 'closePeriod'];
const DAY_PARTS = [...DAILY_RULES.map((rule) => rule.name), 'checkLedger'];
const GC = '(garbage collector)';
const PARTS = new Set([...DAY_PARTS, ...PERIOD_PARTS, 'createWorld', GC]);

interface Booked {
  /** Self time by part, µs. */
  readonly byPart: Map<string, number>;
  /** Self time by function (name and file) within the day's rules, µs. */
  readonly byFunction: Map<string, number>;
  /** Self time by function within the period ends, µs. */
  readonly byPeriodFunction: Map<string, number>;
}

function book(profile: Profiler.Profile): Booked {
  const parent = new Map<number, number>();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const partOf = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = partOf.get(id);
    if (known !== undefined) return known;
    const name = nodes.get(id)?.callFrame.functionName ?? '';
    const up = parent.get(id);
    const part = PARTS.has(name) ? name : up === undefined ? 'other' : resolve(up);
    partOf.set(id, part);
    return part;
  };
  const byPart = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byPeriodFunction = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let k = 0; k < samples.length; k++) {
    const us = deltas[k + 1] ?? 0; // a sample's time is the gap to the next one
    const node = nodes.get(samples[k]);
    if (!node) continue;
    const part = resolve(node.id);
    byPart.set(part, (byPart.get(part) ?? 0) + us);
    const into = DAY_PARTS.includes(part) ? byFunction : PERIOD_PARTS.includes(part) ? byPeriodFunction : undefined;
    if (!into) continue;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}`;
    into.set(key, (into.get(key) ?? 0) + us);
  }
  return { byPart, byFunction, byPeriodFunction };
}

function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(44)} ${value}\n`);
}

/** Nanoseconds per household of each part of the day, from one profiled run. */
type PerHousehold = Map<string, number>;

async function profileRun(scenario: Scenario, options: { warmRuns?: number; quiet?: boolean } = {}): Promise<PerHousehold> {
  const days = scenario.horizon_days;
  // Unprofiled runs first, so that the profiled one measures optimised code, as a long run does.
  for (let k = 0; k < (options.warmRuns ?? 0); k++) runWorld(createWorld(scenario, scenario.seed + 1 + k));
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 1000 });
  await session.post('Profiler.start');
  const t0 = performance.now();
  const w = createWorld(scenario, scenario.seed);
  const t1 = performance.now();
  runWorld(w);
  const t2 = performance.now();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();

  const agents = countAgents(w);
  const { byPart, byFunction, byPeriodFunction } = book(profile);
  const periods = Math.ceil(days / scenario.period_days);
  const ms = (part: string) => (byPart.get(part) ?? 0) / 1000;
  const perHousehold: PerHousehold = new Map(DAY_PARTS.map((p) => [p, (1e6 * ms(p)) / days / w.households.count]));
  perHousehold.set(
    'the whole day',
    [...perHousehold.values()].reduce((a, b) => a + b, 0),
  );
  if (options.quiet) return perHousehold;
  line('households / agents', `${w.households.count} / ${agents}`);
  line('setup (createWorld), wall', `${((t1 - t0) / 1000).toFixed(1)} s`);
  line(`${days} days with period ends, wall`, `${((t2 - t1) / 1000).toFixed(1)} s (${((t2 - t1) / days).toFixed(0)} ms a day)`);
  process.stdout.write('\nBy part (profiler self time of everything it calls):\n');
  const dayMs = DAY_PARTS.reduce((sum, p) => sum + ms(p), 0);
  const periodMs = PERIOD_PARTS.reduce((sum, p) => sum + ms(p), 0);
  const rows = [
    ...DAY_PARTS.map((p) => [p, ms(p) / days, 'a day'] as const),
    ...PERIOD_PARTS.map((p) => [p, ms(p) / periods, 'a period'] as const),
  ];
  for (const [part, each, per] of rows.sort((a, b) => b[1] - a[1])) {
    const ns = (1e6 * each) / w.households.count;
    line(`  ${part}`, `${each.toFixed(1).padStart(7)} ms ${per}  (${ns.toFixed(0)} ns per household)`);
  }
  line('  garbage collection', `${ms(GC).toFixed(0)} ms in all`);
  line('  other (outside the parts above)', `${ms('other').toFixed(0)} ms in all`);
  const yearS = (ms('createWorld') + (dayMs / days) * YEAR + (periodMs / periods) * Math.ceil(YEAR / scenario.period_days)) / 1000;
  line(
    'a year, from these parts',
    `${yearS.toFixed(0)} s: setup ${(ms('createWorld') / 1000).toFixed(1)} s + ${YEAR} days x ${(dayMs / days).toFixed(0)} ms + ${Math.ceil(YEAR / scenario.period_days)} periods x ${(periodMs / periods).toFixed(0)} ms`,
  );
  process.stdout.write('\nFunctions with the most self time in the day (share of the day):\n');
  for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    line(`  ${name}`, `${(us / 1000 / days).toFixed(1).padStart(7)} ms a day  ${((100 * us) / 1000 / dayMs).toFixed(1).padStart(5)}%`);
  }
  process.stdout.write('\nFunctions with the most self time in the period ends (share of them):\n');
  for (const [name, us] of [...byPeriodFunction].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
    line(
      `  ${name}`,
      `${(us / 1000 / periods).toFixed(1).padStart(7)} ms a period  ${((100 * us) / 1000 / periodMs).toFixed(1).padStart(5)}%`,
    );
  }
  return perHousehold;
}

/** The region's cost per household-day beside one village's, whose columns fit in the caches. */
function compare(region: PerHousehold, village: PerHousehold): void {
  process.stdout.write('\nPer household-day, this region against one village of the same kind (warmed, in cache):\n');
  for (const [part, ns] of [...region].sort((a, b) => b[1] - a[1])) {
    if (ns < 1) continue;
    const v = village.get(part) ?? 0;
    const ratio = v >= 0.5 ? `(${(ns / v).toFixed(2)}x)` : '';
    line(`  ${part}`, `${ns.toFixed(0).padStart(5)} ns  against ${v.toFixed(0).padStart(5)} ns  ${ratio}`);
  }
}

async function main(): Promise<void> {
  const villages = Number(process.env.VILLAGES ?? 1000);
  const dir = freshDir('finding-region');
  try {
    const days = process.env.DAYS === undefined ? undefined : Number(process.env.DAYS);
    const village = await profileRun(regionScenario(dir, 1), { warmRuns: 3, quiet: true });
    const region = await profileRun(regionScenario(dir, villages, { horizonDays: days }));
    compare(region, village);
  } finally {
    removeDir(dir);
  }
}

await main();
