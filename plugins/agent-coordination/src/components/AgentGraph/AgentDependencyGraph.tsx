import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  DependencyGraph,
  DependencyGraphTypes,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import type {
  AgentGraphEdge as Edge,
  AgentGraph,
} from '@agent-coordination/plugin-agent-coordination-common';
import {
  AgentGraphEdge,
  arrowMarkers,
  type EdgeColors,
  type EdgeLook,
} from './AgentGraphEdge';
import { AgentGraphNode, type AgentNodeData } from './AgentGraphNode';
import { GraphLegend } from './GraphLegend';
import { edgeKey, graphHighlights } from './graphHighlights';
import { describeFollows, summariseNonBlocking } from './summariseNonBlocking';

/**
 * How non-blocking dependencies are drawn: summarised on the nodes where
 * they cover whole tiers (the default: readable for the seed's group
 * dependencies), each as its own dashed edge, or not at all.
 */
export type NonBlockingView = 'summary' | 'edges' | 'hidden';

const VIEWS: Array<[NonBlockingView, string]> = [
  ['summary', 'Summarised by tier'],
  ['edges', 'One edge each'],
  ['hidden', 'Hidden'],
];

/** @public */
export interface AgentDependencyGraphProps {
  graph: AgentGraph;
  /** How to draw non-blocking dependencies at first; default `summary`. */
  initialNonBlockingView?: NonBlockingView;
}

type EdgeData = Edge & EdgeLook;

/**
 * The agents' dependency graph: a node per agent coloured by tier, an arrow
 * from each agent to what it depends on (dependencies above dependents),
 * blocking edges solid, non-blocking dashed, blocking cycles in red and the
 * critical path in the primary colour. Clicking a node opens the agent.
 * @public
 */
export const AgentDependencyGraph = ({
  graph,
  initialNonBlockingView = 'summary',
}: AgentDependencyGraphProps) => {
  const theme = useTheme();
  const navigate = useNavigate();
  const entityRoute = useRouteRef(entityRouteRef);
  const [view, setView] = useState<NonBlockingView>(initialNonBlockingView);
  const colors: EdgeColors = {
    normal: theme.palette.text.secondary,
    critical: theme.palette.primary.main,
    cycle: theme.palette.error.main,
  };

  const highlights = useMemo(() => graphHighlights(graph), [graph]);
  const summary = useMemo(() => summariseNonBlocking(graph), [graph]);
  const nodes: AgentNodeData[] = useMemo(
    () =>
      graph.nodes.map(n => {
        const follows = summary.follows.get(n.id);
        return {
          ...n,
          critical: highlights.criticalNodes.has(n.id),
          cyclic: highlights.cyclicNodes.has(n.id),
          follows:
            view === 'summary' && follows
              ? describeFollows(follows)
              : undefined,
        };
      }),
    [graph, highlights, summary, view],
  );
  const edges: EdgeData[] = useMemo(
    () =>
      (view === 'summary' ? summary.edges : graph.edges)
        .filter(e => view !== 'hidden' || e.blocking)
        .map(e => {
          const key = edgeKey(e.from, e.to);
          return {
            ...e,
            // Only blocking edges make up cycles and the critical path.
            critical: e.blocking && highlights.criticalEdges.has(key),
            cycle: e.blocking && highlights.cycleEdges.has(key),
          };
        }),
    [graph, highlights, summary, view],
  );

  const open = (node: AgentNodeData) =>
    navigate(entityRoute(parseEntityRef(node.id)));
  const nonBlockingCount = graph.edges.filter(e => !e.blocking).length;

  return (
    <>
      <GraphLegend
        tiers={graph.nodes}
        colors={colors}
        control={
          nonBlockingCount > 0 && (
            <TextField
              select
              label={`Non-blocking dependencies (${nonBlockingCount})`}
              value={view}
              onChange={e => setView(e.target.value as NonBlockingView)}
              variant="outlined"
              size="small"
              style={{ minWidth: 260 }}
              SelectProps={{
                SelectDisplayProps: {
                  'aria-label': 'Draw non-blocking dependencies',
                  'data-testid': 'graph-non-blocking-view',
                } as any,
              }}
            >
              {VIEWS.map(([value, label]) => (
                <MenuItem key={value} value={value}>
                  {label}
                </MenuItem>
              ))}
            </TextField>
          )
        }
      />
      {view === 'summary' && summary.follows.size > 0 && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="p"
          data-testid="graph-summary-note"
        >
          An agent that follows every agent of a tier without waiting for them
          says so on its node ("follows tiers 2–4") instead of drawing a dashed
          edge to each; choose "One edge each" to draw them all.
        </Typography>
      )}
      <DependencyGraph<AgentNodeData, EdgeData>
        nodes={nodes}
        edges={edges}
        direction={DependencyGraphTypes.Direction.BOTTOM_TOP}
        rankMargin={70}
        nodeMargin={30}
        // Room for the critical path's and cycles' outlines at the edges.
        paddingX={8}
        paddingY={8}
        // Natural size (fit "grow"): scaling a wide graph down to a fixed
        // height made node text unreadable, scaling a small one up made it huge.
        zoom="enable-on-click"
        defs={arrowMarkers(colors)}
        renderNode={({ node }) => (
          <AgentGraphNode
            node={node}
            onOpen={open}
            criticalColor={colors.critical}
            cycleColor={colors.cycle}
          />
        )}
        renderEdge={({ edge, id }) => (
          <AgentGraphEdge
            key={`${id.v}-${id.w}`}
            points={edge.points ?? []}
            look={edge}
            colors={colors}
          />
        )}
      />
    </>
  );
};
