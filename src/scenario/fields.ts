/**
 * Field builders shared by the scenario schema, so that every count, share and amount carries the
 * same bounds and a description that the JSON Schema export shows in editors.
 */
import * as z from 'zod';

/** Largest horizon and day number, days (a century). */
export const MAX_DAYS = 36_500;

/** A whole number of things, `min` to `max`. */
export function count(description: string, fallback: number, min: number, max: number) {
  return z.int().min(min).max(max).default(fallback).describe(description);
}

/** A probability or share in [0, 1]. */
export function share(description: string, fallback: number) {
  return z.number().min(0).max(1).default(fallback).describe(description);
}

/** Largest amount of money a field may hold, rupiah (sums over a region stay exact in a double). */
export const MAX_RUPIAH = 1_000_000_000;

/** The schemas made by `rupiah()`, so that a value written `6.000` there can be told apart from a fraction. */
export const RUPIAH_FIELDS = new WeakSet<object>();

/** An amount of money in integer rupiah, 0 to MAX_RUPIAH. */
export function rupiah(description: string, fallback: number) {
  const field = z.int().min(0).max(MAX_RUPIAH).default(fallback).describe(description);
  RUPIAH_FIELDS.add(field);
  return field;
}

/** A non-negative real number, at most `max` (a bound on anything the model loops over or multiplies by). */
export function positive(description: string, fallback: number, max = 10_000) {
  return z.number().min(0).max(max).default(fallback).describe(description);
}

/** A number of days, `min` to MAX_DAYS. */
export function days(description: string, fallback: number, min = 1) {
  return z.int().min(min).max(MAX_DAYS).default(fallback).describe(description);
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
