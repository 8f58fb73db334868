/**
 * Textures that keep chart series apart in greyscale print and for readers who do not
 * see the colours: each fill is its colour with white strokes in a distinct direction.
 * Rendered as <defs> inside the chart's SVG; ids carry a per-chart prefix so two charts
 * on one page never share (and overwrite) a pattern.
 */
export const TEXTURES = ['solid', 'diagonal', 'dots', 'horizontal', 'crosshatch', 'vertical', 'backdiagonal', 'grid'] as const;
export type Texture = (typeof TEXTURES)[number];

export interface PatternFill {
  id: string;
  color: string;
  texture: Texture;
}

/** The texture for the n-th series: sectors cycle through all eight. */
export function textureFor(index: number): Texture {
  const n = TEXTURES.length;
  return TEXTURES[((index % n) + n) % n]!;
}

/** CSS-safe pattern id from a chart prefix (React's useId) and a series key. */
export function patternId(prefix: string, key: string): string {
  return `${prefix.replace(/[^a-zA-Z0-9_-]/g, '')}-${key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}

const STROKES: Record<Exclude<Texture, 'solid' | 'dots'>, string> = {
  diagonal: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4',
  backdiagonal: 'M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4',
  horizontal: 'M0,4 h8',
  vertical: 'M4,0 v8',
  crosshatch: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4 M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4',
  grid: 'M0,4 h8 M4,0 v8',
};

function Texture({ texture }: { texture: Texture }) {
  if (texture === 'solid') return null;
  if (texture === 'dots') return <circle cx={4} cy={4} r={1.6} fill="#ffffff" />;
  return <path d={STROKES[texture]} stroke="#ffffff" strokeWidth={1.5} />;
}

export function PatternDefs({ fills }: { fills: PatternFill[] }) {
  return (
    <defs>
      {fills.map((f) => (
        <pattern key={f.id} id={f.id} patternUnits="userSpaceOnUse" width={8} height={8}>
          <rect width={8} height={8} fill={f.color} />
          <Texture texture={f.texture} />
        </pattern>
      ))}
    </defs>
  );
}

/** The SVG paint for a pattern id. */
export const patternUrl = (id: string) => `url(#${id})`;
