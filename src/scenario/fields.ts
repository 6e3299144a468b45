/**
 * Field builders shared by the scenario schema, so that every count, share and amount carries the
 * same bounds and a description that the JSON Schema export shows in editors.
 */
import * as z from 'zod';

/** A whole number of things, at least `min`. */
export function count(description: string, fallback: number, min = 0) {
  return z.int().min(min).default(fallback).describe(description);
}

/** A probability or share in [0, 1]. */
export function share(description: string, fallback: number) {
  return z.number().min(0).max(1).default(fallback).describe(description);
}

/** An amount of money in integer rupiah, at least 0. */
export function rupiah(description: string, fallback: number) {
  return z.int().min(0).default(fallback).describe(description);
}

/** A non-negative real number. */
export function positive(description: string, fallback: number) {
  return z.number().min(0).default(fallback).describe(description);
}

/** A number of days, at least `min`. */
export function days(description: string, fallback: number, min = 1) {
  return z.int().min(min).default(fallback).describe(description);
}

/** A principle of network behaviour: switched on or off, and how strongly it acts when on. */
export function principle(description: string) {
  return z
    .strictObject({
      enabled: z.boolean().default(true).describe('Whether the principle acts at all.'),
      strength: share('How strongly it acts, 0 (not at all) to 1 (fully).', 1),
    })
    .prefault({})
    .describe(description);
}
