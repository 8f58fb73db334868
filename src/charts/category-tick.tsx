/**
 * A category-axis label with the sector's colour swatch in front, so a sector reads the
 * same in a chart coloured by type as in the charts coloured by sector. Long names are
 * shortened on the axis; the full name is in the <title> and in the table.
 */
const MAX_CHARS = 30;

export interface CategoryTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown; index?: number };
  /** Swatch colour per category index; null draws no swatch (levels). */
  colors: readonly (string | null)[];
  width: number;
}

export function CategoryTick({ x = 0, y = 0, payload, colors, width }: CategoryTickProps) {
  const name = String(payload?.value ?? '');
  const short = name.length > MAX_CHARS ? `${name.slice(0, MAX_CHARS - 1)}…` : name;
  const color = colors[payload?.index ?? -1] ?? null;
  return (
    <g transform={`translate(${Number(x)},${Number(y)})`}>
      <title>{name}</title>
      {color && <rect x={-width + 2} y={-6} width={11} height={11} fill={color} stroke="#1a1a1a" strokeWidth={0.5} />}
      <text x={color ? -width + 18 : -width + 2} dy={4} textAnchor="start" fill="#1a1a1a" fontSize={13}>
        {short}
      </text>
    </g>
  );
}
