/**
 * Fixed colours and textures for the flow series of the diverging charts. Costs are
 * the app's "bad" red, gains greens and blues; each also has its own texture and a
 * distinct lightness so the bars stay apart in greyscale.
 */
import type { BenefitType } from '../engine/model';
import type { Texture } from './patterns';

export type FlowSeries = 'costs' | 'transfersOut' | 'transfersIn' | BenefitType;

export const SERIES_STYLE: Record<FlowSeries, { color: string; texture: Texture }> = {
  costs: { color: '#a1260d', texture: 'solid' },
  transfersOut: { color: '#6b6b6b', texture: 'diagonal' },
  transfersIn: { color: '#6b6b6b', texture: 'backdiagonal' },
  cashable: { color: '#1d6b34', texture: 'solid' },
  capacity: { color: '#3f8f55', texture: 'diagonal' },
  economic: { color: '#0b5cad', texture: 'dots' },
  social: { color: '#6d3a8e', texture: 'crosshatch' },
};
