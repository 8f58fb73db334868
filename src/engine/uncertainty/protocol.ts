/**
 * Messages between the page and the simulation worker. Only plain data crosses: the model
 * with its decimal strings, options and plain numbers back (never a Decimal, which
 * structured cloning cannot carry).
 */
import type { Model } from '../model';
import type { SimulationOptions, SimulationResult } from './simulate';

export type SimulationRequest =
  | { type: 'start'; id: number; model: Model; options: SimulationOptions }
  | { type: 'cancel'; id: number };

export type SimulationReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: SimulationResult }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };
