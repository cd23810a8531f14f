import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  DependencyGraph,
  DependencyGraphTypes,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import { useTheme } from '@material-ui/core/styles';
import type {
  AgentGraphEdge as Edge,
  AgentGraphResponse,
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

/** @public */
export interface AgentDependencyGraphProps {
  graph: AgentGraphResponse;
}

type EdgeData = Edge & EdgeLook;

/**
 * The agents' dependency graph: a node per agent coloured by tier, an arrow
 * from each agent to what it depends on (dependencies above dependents),
 * blocking edges solid, non-blocking dashed, blocking cycles in red and the
 * critical path in the primary colour. Clicking a node opens the agent.
 * @public
 */
export const AgentDependencyGraph = ({ graph }: AgentDependencyGraphProps) => {
  const theme = useTheme();
  const navigate = useNavigate();
  const entityRoute = useRouteRef(entityRouteRef);
  const [showNonBlocking, setShowNonBlocking] = useState(true);
  const colors: EdgeColors = {
    normal: theme.palette.text.secondary,
    critical: theme.palette.primary.main,
    cycle: theme.palette.error.main,
  };

  const highlights = useMemo(() => graphHighlights(graph), [graph]);
  const nodes: AgentNodeData[] = useMemo(
    () =>
      graph.nodes.map(n => ({
        ...n,
        critical: highlights.criticalNodes.has(n.id),
        cyclic: highlights.cyclicNodes.has(n.id),
      })),
    [graph, highlights],
  );
  const edges: EdgeData[] = useMemo(
    () =>
      graph.edges
        .filter(e => showNonBlocking || e.blocking)
        .map(e => {
          const key = edgeKey(e.from, e.to);
          return {
            ...e,
            // Only blocking edges make up cycles and the critical path.
            critical: e.blocking && highlights.criticalEdges.has(key),
            cycle: e.blocking && highlights.cycleEdges.has(key),
          };
        }),
    [graph, highlights, showNonBlocking],
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
            <FormControlLabel
              control={
                <Switch
                  checked={showNonBlocking}
                  onChange={e => setShowNonBlocking(e.target.checked)}
                  color="primary"
                  size="small"
                />
              }
              label={`Non-blocking dependencies (${nonBlockingCount})`}
            />
          )
        }
      />
      <DependencyGraph<AgentNodeData, EdgeData>
        nodes={nodes}
        edges={edges}
        direction={DependencyGraphTypes.Direction.BOTTOM_TOP}
        rankMargin={70}
        nodeMargin={30}
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
