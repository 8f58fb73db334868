/**
 * Messages between the page and the uncertainty workers (simulation, sensitivity). Only plain data crosses: the model
 * with its decimal strings, options and plain numbers back (never a Decimal, which
 * structured cloning cannot carry).
 */
import type { Model } from '../model';
import type { NpvTarget } from './exact-npv';
import type { UncertainInput } from './inputs';
import type { Tornado } from './sensitivity';
import type { SimulationOptions, SimulationResult } from './simulate';
import type { Switching } from './switching';

export type SimulationRequest =
  | { type: 'start'; id: number; model: Model; options: SimulationOptions }
  | { type: 'cancel'; id: number };

export type SimulationReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: SimulationResult }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

/**
 * The exact sensitivity figures (the tornado and the break-even values) of a large model,
 * in their own worker (src/workers/sensitivity.worker.ts): a model edit restarts them
 * without stopping a simulation the user started. The inputs are sent as the page has
 * them, so the bars name exactly the inputs the page shows.
 */
export type SensitivityJob =
  | { kind: 'tornado'; model: Model; target: NpvTarget; inputs: UncertainInput[] }
  | { kind: 'switching'; model: Model };

export type SensitivityResult =
  | { kind: 'tornado'; tornado: Tornado; payer: string | null }
  | { kind: 'switching'; switching: Switching };

export type SensitivityRequest =
  | { type: 'start'; id: number; job: SensitivityJob }
  | { type: 'cancel'; id: number };

export type SensitivityReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: SensitivityResult }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };
