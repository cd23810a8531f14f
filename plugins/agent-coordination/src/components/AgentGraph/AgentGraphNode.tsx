import type { KeyboardEvent } from 'react';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import type { AgentGraphNode as Node } from '@agent-coordination/plugin-agent-coordination-common';
import { textWidth } from './textWidth';
import { tierColor } from './tierColors';

const PADDING_X = 12;
const MIN_WIDTH = 160;
const TITLE_SIZE = 14;
const DETAIL_SIZE = 11;
const LINE_HEIGHT = 19;

/** A graph node with what the analysis says about it. */
export type AgentNodeData = Node & {
  critical: boolean;
  cyclic: boolean;
  /** Non-blocking dependencies on whole tiers, summarised: "follows all 13 agents". */
  follows?: string;
};

const useStyles = makeStyles(theme => ({
  node: {
    cursor: 'pointer',
    outline: 'none',
    '&:focus rect, &:hover rect': {
      filter: 'brightness(1.15)',
    },
  },
  // The font is set, not inherited, so that it is the one textWidth
  // measures with: the page's own may differ from the theme's.
  title: {
    fill: '#fff',
    fontFamily: theme.typography.fontFamily,
    fontSize: TITLE_SIZE,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  detail: {
    fill: 'rgba(255, 255, 255, 0.85)',
    fontFamily: theme.typography.fontFamily,
    fontSize: DETAIL_SIZE,
  },
  follows: {
    fill: '#fff',
    fontFamily: theme.typography.fontFamily,
    fontSize: DETAIL_SIZE,
    fontStyle: 'italic',
  },
}));

export interface AgentGraphNodeProps {
  node: AgentNodeData;
  onOpen: (node: AgentNodeData) => void;
  criticalColor: string;
  cycleColor: string;
}

/**
 * A node as wide as its longest line, so names show whole: the title, the
 * agent id, tier and authority, and what it follows without waiting.
 */
export const AgentGraphNode = ({
  node,
  onOpen,
  criticalColor,
  cycleColor,
}: AgentGraphNodeProps) => {
  const classes = useStyles();
  const theme = useTheme();
  const family = theme.typography.fontFamily ?? 'sans-serif';
  const detail = `${node.agentId} · tier ${node.tier} · ${node.authority}`;
  const follows = node.follows && `${node.follows} (non-blocking)`;
  const width =
    Math.max(
      MIN_WIDTH,
      textWidth(node.title, {
        size: TITLE_SIZE,
        weight: theme.typography.fontWeightBold ?? 'bold',
        family,
      }),
      textWidth(detail, { size: DETAIL_SIZE, weight: 'normal', family }),
      follows
        ? textWidth(follows, { size: DETAIL_SIZE, weight: 'normal', family })
        : 0,
    ) +
    2 * PADDING_X;
  const height = follows ? 54 + LINE_HEIGHT - 4 : 54;
  let stroke = 'none';
  if (node.cyclic) stroke = cycleColor;
  else if (node.critical) stroke = criticalColor;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(node);
    }
  };
  return (
    <g
      className={classes.node}
      data-testid={`graph-node-${node.name}`}
      data-critical={node.critical}
      data-cyclic={node.cyclic}
      data-follows={node.follows}
      role="link"
      tabIndex={0}
      aria-label={`${node.title} (${node.agentId}), open agent`}
      onClick={() => onOpen(node)}
      onKeyDown={onKeyDown}
    >
      <title>{`${node.title} · ${node.agentId} · tier ${node.tier}${
        node.tierName ? ` (${node.tierName})` : ''
      } · ${node.authority}${follows ? ` · ${follows}` : ''}`}</title>
      <rect
        width={width}
        height={height}
        rx={8}
        fill={tierColor(node.tier)}
        stroke={stroke}
        strokeWidth={stroke === 'none' ? 0 : 4}
        strokeDasharray={node.cyclic ? '6 3' : undefined}
      />
      <text x={PADDING_X} y={22} className={classes.title}>
        {node.title}
      </text>
      <text x={PADDING_X} y={41} className={classes.detail}>
        {detail}
      </text>
      {follows && (
        <text
          x={PADDING_X}
          y={41 + LINE_HEIGHT - 2}
          className={classes.follows}
          data-testid={`graph-follows-${node.name}`}
        >
          {follows}
        </text>
      )}
    </g>
  );
};
