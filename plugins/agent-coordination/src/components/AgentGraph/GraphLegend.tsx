import type { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { EdgeColors } from './AgentGraphEdge';
import { tierColor } from './tierColors';

function Line({
  color,
  dashed,
  width,
}: {
  color: string;
  dashed?: boolean;
  width: number;
}) {
  return (
    <svg width={32} height={10} aria-hidden>
      <line
        x1={0}
        y1={5}
        x2={32}
        y2={5}
        stroke={color}
        strokeWidth={width}
        strokeDasharray={dashed ? '6 4' : undefined}
      />
    </svg>
  );
}

function Item({ swatch, label }: { swatch: ReactNode; label: string }) {
  return (
    <Box display="flex" alignItems="center" style={{ gap: 6 }}>
      {swatch}
      <Typography variant="caption">{label}</Typography>
    </Box>
  );
}

/** What the colours and lines of the agent graph mean. */
export const GraphLegend = ({
  tiers,
  colors,
  control,
}: {
  tiers: Array<{ tier: number; tierName?: string }>;
  colors: EdgeColors;
  control?: ReactNode;
}) => {
  const byLevel = new Map<number, string>();
  for (const t of tiers) byLevel.set(t.tier, t.tierName ?? `Tier ${t.tier}`);
  const levels = [...byLevel].sort(([a], [b]) => a - b);
  return (
    <Box
      data-testid="graph-legend"
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      mb={1}
      style={{ gap: 16 }}
    >
      {levels.map(([level, name]) => (
        <Item
          key={level}
          label={`${level} · ${name}`}
          swatch={
            <Box
              width={14}
              height={14}
              borderRadius={3}
              style={{ background: tierColor(level) }}
            />
          }
        />
      ))}
      <Item
        label="blocking"
        swatch={<Line color={colors.normal} width={1.4} />}
      />
      <Item
        label="non-blocking"
        swatch={<Line color={colors.normal} width={1.4} dashed />}
      />
      <Item
        label="critical path"
        swatch={<Line color={colors.critical} width={3} />}
      />
      <Item label="cycle" swatch={<Line color={colors.cycle} width={3} />} />
      {control}
    </Box>
  );
};
