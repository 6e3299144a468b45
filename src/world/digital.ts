/**
 * Digital state of social 2 (docs/model.md, "Digital diffusion"): which households use a smartphone
 * online (messaging, social media, marketplaces), since when, the online reach a programme promised
 * a business before it went online, and the members of each community group (its WhatsApp group).
 * Columns are allocated whatever the switch, and stay untouched under social 1.
 */
import type { World } from './world.js';

/** Digital columns, by household or producer row. */
export interface DigitalState {
  /** 1 if the household uses a smartphone online (messaging, social media, marketplaces). */
  readonly online: Uint8Array;
  /** Day (world clock) the household went online, -1 if never, 0 if online from the start. */
  readonly onlineSince: Int32Array;
  /** Online contacts a programme promised producer p, given when it goes online. */
  readonly pendingContacts: Int32Array;
  /** Community-group members in group order: members of group g are groupMembers[groupStart[g] .. groupStart[g+1]). */
  readonly groupStart: Int32Array;
  readonly groupMembers: Int32Array;
}

/** Empty digital columns for `households` households and `producers` producer rows. */
export function createDigital(households: number, producers: number): DigitalState {
  return {
    online: new Uint8Array(households),
    onlineSince: new Int32Array(households).fill(-1),
    pendingContacts: new Int32Array(producers),
    groupStart: new Int32Array(households + 2),
    groupMembers: new Int32Array(households),
  };
}

/** How ready household i is to go online, 0 to 1: no device or no signal 0, else its skill over the skill needed (at most 1). */
export function onlineReadiness(w: World, i: number): number {
  const h = w.households;
  if (h.device[i] === 0 || w.signal[h.hamlet[i]] < w.params.minSignal) return 0;
  const need = w.params.skillThreshold;
  return need > 0 ? Math.min(1, h.skill[i] / need) : 1;
}

/** Rebuilds the member lists of community groups from `households.group` (groups may form during a run). */
export function indexGroups(w: World): number {
  const h = w.households;
  const d = w.digital;
  let groups = 0;
  for (let i = 0; i < h.count; i++) if (h.group[i] >= groups) groups = h.group[i] + 1;
  groups = Math.min(groups, d.groupStart.length - 1);
  d.groupStart.fill(0, 0, groups + 1);
  for (let i = 0; i < h.count; i++) if (h.group[i] >= 0 && h.group[i] < groups) d.groupStart[h.group[i] + 1]++;
  for (let g = 0; g < groups; g++) d.groupStart[g + 1] += d.groupStart[g];
  // Fill in id order, using the next free place of each group (its start, moved along as filled).
  for (let i = 0; i < h.count; i++) {
    const g = h.group[i];
    if (g >= 0 && g < groups) d.groupMembers[d.groupStart[g]++] = i;
  }
  for (let g = groups; g > 0; g--) d.groupStart[g] = d.groupStart[g - 1];
  d.groupStart[0] = 0;
  return groups;
}
