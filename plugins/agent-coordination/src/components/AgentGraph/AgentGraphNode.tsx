import type { KeyboardEvent } from 'react';
import { makeStyles } from '@material-ui/core/styles';
import type { AgentGraphNode as Node } from '@agent-coordination/plugin-agent-coordination-common';
import { tierColor } from './tierColors';

export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 54;

/** A graph node with what the analysis says about it. */
export type AgentNodeData = Node & { critical: boolean; cyclic: boolean };

const useStyles = makeStyles(theme => ({
  node: {
    cursor: 'pointer',
    outline: 'none',
    '&:focus rect, &:hover rect': {
      filter: 'brightness(1.15)',
    },
  },
  title: {
    fill: '#fff',
    fontSize: 14,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  detail: {
    fill: 'rgba(255, 255, 255, 0.85)',
    fontSize: 11,
  },
}));

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface AgentGraphNodeProps {
  node: AgentNodeData;
  onOpen: (node: AgentNodeData) => void;
  criticalColor: string;
  cycleColor: string;
}

/**
 * A fixed-size node: measuring text per node would re-run the layout once
 * per node, and agent titles are short.
 */
export const AgentGraphNode = ({
  node,
  onOpen,
  criticalColor,
  cycleColor,
}: AgentGraphNodeProps) => {
  const classes = useStyles();
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
      role="link"
      tabIndex={0}
      aria-label={`${node.title} (${node.agentId}), open agent`}
      onClick={() => onOpen(node)}
      onKeyDown={onKeyDown}
    >
      <title>{`${node.title} · ${node.agentId} · tier ${node.tier}${
        node.tierName ? ` (${node.tierName})` : ''
      } · ${node.authority}`}</title>
      <rect
        width={NODE_WIDTH}
        height={NODE_HEIGHT}
        rx={8}
        fill={tierColor(node.tier)}
        stroke={stroke}
        strokeWidth={stroke === 'none' ? 0 : 4}
        strokeDasharray={node.cyclic ? '6 3' : undefined}
      />
      <text x={12} y={22} className={classes.title}>
        {truncate(node.title, 23)}
      </text>
      <text x={12} y={41} className={classes.detail}>
        {`${node.agentId} · tier ${node.tier} · ${node.authority}`}
      </text>
    </g>
  );
};
