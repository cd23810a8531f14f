import { Fragment } from 'react';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { AgentGraph } from '@agent-coordination/plugin-agent-coordination-common';

function Chain({
  refs,
  titles,
  closed,
}: {
  refs: string[];
  titles: Map<string, string>;
  closed?: boolean;
}) {
  const shown = closed ? [...refs, refs[0]] : refs;
  return (
    <>
      {shown.map((ref, i) => (
        <Fragment key={`${ref}-${i}`}>
          {i > 0 && ' → '}
          <EntityRefLink entityRef={ref} title={titles.get(ref)} />
        </Fragment>
      ))}
    </>
  );
}

/** The backend's analysis in words: critical path and blocking cycles. */
export const GraphAnalysisSummary = ({
  graph,
}: {
  graph: AgentGraph;
}) => {
  const titles = new Map(graph.nodes.map(n => [n.id, n.title]));
  const { criticalPath, cycles } = graph.analysis;
  return (
    <Box mb={2}>
      <Typography variant="body2" data-testid="graph-critical-path">
        <strong>Critical path</strong> ({criticalPath.path.length} agents, to do
        in this order):{' '}
        {criticalPath.path.length > 0 ? (
          <Chain refs={criticalPath.path} titles={titles} />
        ) : (
          'none'
        )}
      </Typography>
      <Typography variant="body2" data-testid="graph-cycles">
        <strong>Blocking cycles:</strong>{' '}
        {cycles.length === 0
          ? 'none — every agent can be scheduled'
          : cycles.map((cycle, i) => (
              <Fragment key={cycle[0]}>
                {i > 0 && '; '}
                <Chain refs={cycle} titles={titles} closed />
              </Fragment>
            ))}
      </Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        An arrow points from an agent to an agent it depends on. Cycles and the
        critical path only count blocking dependencies.
      </Typography>
    </Box>
  );
};
