/**
 * The design points of a plan: the design in the unit cube (designs.ts) mapped onto the factors'
 * values, and each point's scenarios, one per programme, all with the point's values set.
 */
import { InputError } from '../scenario/errors.js';
import type { Scenario } from '../scenario/schema.js';
import { withValues } from '../validate/scenarios.js';
import { type Design, gridDesign, lhsDesign, morrisDesign, sobolDesign } from './designs.js';
import { gridLevels, gridValueAt, valueAt } from './factors.js';
import type { Plan } from './plan.js';

/** The design of a plan in the unit cube. */
export function designOf(plan: Plan): Design {
  const d = plan.data.design;
  const k = plan.factors.length;
  switch (d.kind) {
    case 'grid':
      return gridDesign(plan.factors.map((f) => gridLevels(f, d.levels)));
    case 'lhs':
      return lhsDesign(d.points, k, d.seed);
    case 'morris':
      return morrisDesign(d.trajectories, k, d.levels, d.seed);
    case 'sobol':
      return sobolDesign(d.samples, k, d.seed);
  }
}

/** The factors' values at every point of the design, in factor order. */
export function pointValues(plan: Plan, design: Design): number[][] {
  const d = plan.data.design;
  return design.unit.map((u) =>
    plan.factors.map((f, i) => (d.kind === 'grid' ? gridValueAt(f, u[i], gridLevels(f, d.levels)) : valueAt(f, u[i]))),
  );
}

/** A scenario with the point's values set at the factors' paths. */
export function scenarioAt(plan: Plan, scenario: Scenario, values: readonly number[]): Scenario {
  const set: Record<string, number> = {};
  plan.factors.forEach((f, i) => {
    set[f.path] = values[i];
  });
  const applied = withValues(scenario, set);
  if ('problems' in applied) {
    // The ends were checked when the plan was read; a value between them failing is a joint constraint.
    const p = applied.problems[0];
    const message = `expected values that ${scenario.name} accepts together, but ${JSON.stringify(set)} make ${p.path} invalid: ${p.message}`;
    throw new InputError([plan.problemAt(['factors'], message)]);
  }
  return applied.scenario;
}
