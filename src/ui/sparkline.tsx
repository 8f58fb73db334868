import { useId } from 'react';

/**
 * A tiny inline line chart of yearly figures, drawn as plain SVG (no chart library:
 * one sits beside every gain line, so it must cost nothing to load). Values arrive as the
 * engine's decimal strings and become JS numbers only here, at the chart edge.
 */
export interface SparklineProps {
  /** Decimal strings (or numbers) per year. */
  values: readonly (string | number)[];
  /** Accessible name of the picture, e.g. "Gain per year, 2027–2036". */
  label: string;
  /** One text per value (e.g. "2027: 12 000 kr"), read out as a list after the picture. */
  valueTexts?: readonly string[];
  width?: number;
  height?: number;
}

export interface SparkGeometry {
  /** SVG path of the values; empty when there is nothing to draw. */
  path: string;
  /** y of the zero line, so the sign of a value is visible without numbers. */
  zeroY: number;
  /** Whether any value is below zero (then the zero line is drawn). */
  hasNegative: boolean;
  /** The last point, marked with a dot so a one-year horizon still shows something. */
  last: { x: number; y: number } | null;
}

const PAD = 2;

/** Unreadable or non-finite values are drawn as zero: a broken figure must never break the picture. */
function clean(v: string | number): number {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : 0;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/**
 * Scales the values into a width × height box. Zero is always inside the range so that
 * a line of small gains is not stretched to look like a big swing, and an all-zero line
 * lies flat in the middle instead of dividing by a zero range.
 */
export function sparkGeometry(values: readonly (string | number)[], width: number, height: number): SparkGeometry {
  const raw = values.map(clean);
  // Scale to [−1, 1] first: the span of two huge values of opposite sign would overflow.
  const scale = Math.max(0, ...raw.map(Math.abs));
  const vs = scale > 0 ? raw.map((v) => v / scale) : raw;
  const min = Math.min(0, ...vs);
  const max = Math.max(0, ...vs);
  const span = max - min;
  const innerH = height - 2 * PAD;
  const y = (v: number) => (span === 0 ? height / 2 : PAD + ((max - v) / span) * innerH);
  const step = vs.length > 1 ? (width - 2 * PAD) / (vs.length - 1) : 0;
  const x = (i: number) => (vs.length > 1 ? PAD + i * step : width / 2);
  const points = vs.map((v, i) => ({ x: round(x(i)), y: round(y(v)) }));
  let path = '';
  if (points.length === 1) {
    // One year: a short flat stroke, so the picture is not an empty box.
    const p = points[0]!;
    path = `M${round(p.x - 4)} ${p.y}L${round(p.x + 4)} ${p.y}`;
  } else {
    path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join('');
  }
  return {
    path: points.length === 0 ? '' : path,
    zeroY: round(y(0)),
    hasNegative: min < 0,
    last: points.length === 0 ? null : points[points.length - 1]!,
  };
}

export function Sparkline({ values, label, valueTexts, width = 120, height = 28 }: SparklineProps) {
  const listId = useId();
  const g = sparkGeometry(values, width, height);
  const hasList = valueTexts !== undefined && valueTexts.length > 0;
  return (
    <span className="sparkline">
      <svg
        role="img"
        aria-label={label}
        aria-describedby={hasList ? listId : undefined}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        focusable="false"
      >
        {g.hasNegative && (
          <line x1={0} x2={width} y1={g.zeroY} y2={g.zeroY} stroke="currentColor" strokeOpacity={0.5} strokeDasharray="2 2" />
        )}
        {g.path && <path d={g.path} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" />}
        {g.last && <circle cx={g.last.x} cy={g.last.y} r={2} fill="currentColor" />}
      </svg>
      {hasList && (
        <ul id={listId} className="visually-hidden">
          {valueTexts.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
    </span>
  );
}
