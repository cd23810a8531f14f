export const ARROW = 'agent-graph-arrow';
export const ARROW_CRITICAL = 'agent-graph-arrow-critical';
export const ARROW_CYCLE = 'agent-graph-arrow-cycle';

/** How one edge is drawn; computed by the graph from the analysis. */
export interface EdgeLook {
  blocking: boolean;
  critical: boolean;
  cycle: boolean;
}

export interface EdgeColors {
  normal: string;
  critical: string;
  cycle: string;
}

/** A smooth path through dagre's points: straight ends, rounded bends. */
export function edgePath(points: Array<{ x: number; y: number }>): string {
  const finite = points.filter(
    p => Number.isFinite(p.x) && Number.isFinite(p.y),
  );
  if (finite.length < 2) return '';
  let d = `M${finite[0].x},${finite[0].y}`;
  for (let i = 1; i < finite.length - 1; i++) {
    const p = finite[i];
    const q = finite[i + 1];
    d += ` Q${p.x},${p.y} ${(p.x + q.x) / 2},${(p.y + q.y) / 2}`;
  }
  const last = finite[finite.length - 1];
  return `${d} L${last.x},${last.y}`;
}

/**
 * Blocking edges solid, non-blocking dashed and fainter; a cycle edge red,
 * a critical-path edge thick in the primary colour. core-components'
 * default edge has one look for all, so the graph passes this as renderEdge.
 */
export const AgentGraphEdge = ({
  points,
  look,
  colors,
}: {
  points: Array<{ x: number; y: number }>;
  look: EdgeLook;
  colors: EdgeColors;
}) => {
  const d = edgePath(points);
  if (!d) return null;
  let stroke = colors.normal;
  let marker = ARROW;
  if (look.cycle) {
    stroke = colors.cycle;
    marker = ARROW_CYCLE;
  } else if (look.critical) {
    stroke = colors.critical;
    marker = ARROW_CRITICAL;
  }
  const emphasised = look.cycle || look.critical;
  return (
    <path
      d={d}
      data-testid="graph-edge"
      data-blocking={look.blocking}
      data-critical={look.critical}
      data-cycle={look.cycle}
      fill="none"
      stroke={stroke}
      strokeWidth={emphasised ? 3 : 1.4}
      strokeDasharray={look.blocking ? undefined : '6 4'}
      strokeOpacity={look.blocking || emphasised ? 1 : 0.55}
      markerEnd={`url(#${marker})`}
    />
  );
};

/** Arrow heads for the three edge colours, for DependencyGraph's `defs`. */
export function arrowMarkers(colors: EdgeColors) {
  return [
    [ARROW, colors.normal],
    [ARROW_CRITICAL, colors.critical],
    [ARROW_CYCLE, colors.cycle],
  ].map(([id, fill]) => (
    <marker
      key={id}
      id={id}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerUnits="userSpaceOnUse"
      markerWidth="10"
      markerHeight="10"
      orient="auto-start-reverse"
    >
      <path d="M0,0 L10,5 L0,10 z" fill={fill} />
    </marker>
  ));
}
