/**
 * The hooks of an intervention type and a scheduled intervention. They are declared in world/ because
 * the world holds its schedule; interventions import them from here.
 */
export type { InterventionHandler, ScheduledIntervention } from '../world/interventions.js';
