/**
 * "Money flows": a Sankey from the sectors that pay, through the measure, to the sectors
 * that gain. Nodes and links wear the sector colours; every node is labelled with its
 * name and amount, so the diagram reads without colour. Draws what it is given.
 */
import { memo, type ReactNode } from 'react';
import { ResponsiveContainer, Sankey, Tooltip } from 'recharts';
import { useLang, useMessages } from '../i18n/use-messages';
import { ChartFigure, type ChartProps } from './chart-figure';
import { useFixedWidth } from './chart-frame';
import { moneyText, percentText } from './chart-format';
import type { FlowData, FlowNode } from './flow-data';
import { chartMessages } from './messages';

export interface FlowChartProps extends ChartProps {
  data: FlowData;
  /** The krone/percent switch (owned by the screen). */
  controls?: ReactNode;
}

interface NodeShapeProps {
  x: number;
  y: number;
  width: number;
  height: number;
  payload: { name?: string; value?: number } & Partial<FlowNode>;
  format: (v: number) => string;
}

/** Payers sit on the left edge and gainers on the right: their labels face inwards. */
function NodeShape({ x, y, width, height, payload, format }: NodeShapeProps) {
  const onRight = payload.role === 'gainer';
  const labelX = payload.role === 'measure' ? x + width / 2 : onRight ? x - 6 : x + width + 6;
  const anchor = payload.role === 'measure' ? 'middle' : onRight ? 'end' : 'start';
  const labelY = payload.role === 'measure' ? y - 6 : y + height / 2;
  return (
    <g>
      <rect x={x} y={y} width={width} height={Math.max(height, 1)} fill={payload.color ?? '#4a4a4a'} stroke="#1a1a1a" strokeWidth={0.5} />
      <text x={labelX} y={labelY} textAnchor={anchor} dominantBaseline="middle" fontSize={13} fill="#1a1a1a">
        <tspan fontWeight={600}>{payload.name}</tspan>
        {payload.role !== 'measure' && <tspan dx={6}>{format(payload.value ?? 0)}</tspan>}
      </text>
    </g>
  );
}

/** Memoised: a chart whose props did not change is not drawn again. */
export const FlowChart = memo(function FlowChart({ data, width, ...figure }: FlowChartProps) {
  const t = useMessages(chartMessages);
  const lang = useLang();
  const fixedWidth = useFixedWidth(width);
  const format = (v: number) => (data.unit === 'percent' ? percentText(v, lang) : moneyText(v, lang));
  const height = Math.max(240, 60 + data.nodes.length * 42);
  const sectorNode = (link: FlowData['links'][number]) => data.nodes[data.nodes[link.source]!.role === 'payer' ? link.source : link.target]!;
  const links = data.links.map((l) => ({ ...l, stroke: sectorNode(l).color, strokeOpacity: 0.45 }));

  const sankey = (w: number) => (
    <Sankey
      width={w}
      height={height}
      data={{ nodes: data.nodes, links }}
      nodeWidth={14}
      nodePadding={28}
      margin={{ top: 24, right: 8, bottom: 8, left: 8 }}
      sort={false}
      node={(props) => <NodeShape {...props} format={format} />}
    >
      <Tooltip formatter={(v) => format(Number(v))} />
    </Sankey>
  );

  const chart = data.links.length === 0 ? null : fixedWidth !== undefined ? (
    sankey(fixedWidth)
  ) : (
    <ResponsiveContainer width="100%" height={height}>
      {sankey(800)}
    </ResponsiveContainer>
  );

  const rowName = (link: FlowData['links'][number]) => {
    const node = sectorNode(link);
    return t(node.role === 'payer' ? 'flows.pays' : 'flows.gains', { name: node.name });
  };

  return (
    <ChartFigure
      {...figure}
      table={{
        rowHeader: t('sector'),
        columns: [{ key: 'value', label: data.unit === 'percent' ? t('share') : t('value'), numeric: true }],
        rows: data.links.map((l, i) => ({ key: String(i), header: rowName(l), cells: [format(l.value)] })),
      }}
    >
      {chart}
    </ChartFigure>
  );
});
