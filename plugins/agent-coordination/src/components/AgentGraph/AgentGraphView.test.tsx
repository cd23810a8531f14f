import { Route, Routes, useParams } from 'react-router-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { agentCoordinationApiRef } from '../../api';
import { exampleAgentGraph } from '../../__testUtils__/agents';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { AgentGraphView } from './AgentGraphView';

// No timer between keystrokes: the same events, far fewer ticks per test.
const user = userEvent.setup({ delay: null });

const EntityPage = () => {
  const { kind, name } = useParams();
  return <div>{`entity page of ${kind}/${name}`}</div>;
};

async function renderGraph(graph = exampleAgentGraph()) {
  const api = mockAgentCoordinationApi({ getAgentGraph: async () => graph });
  await renderInTestApp(
    <TestApiProvider apis={[[agentCoordinationApiRef, api]]}>
      <Routes>
        <Route path="/graph" element={<AgentGraphView />} />
        <Route
          path="/catalog/:namespace/:kind/:name"
          element={<EntityPage />}
        />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: ['/graph'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
  await screen.findByTestId('graph-node-testing-engineer');
}

const edges = () => screen.getAllByTestId('graph-edge');

async function showNonBlocking(view: string) {
  await user.click(
    screen.getByLabelText('Draw non-blocking dependencies'),
  );
  await user.click(screen.getByRole('option', { name: view }));
}
const attr = (name: string) => (e: HTMLElement) => e.getAttribute(name);

describe('AgentGraphView', () => {
  it('draws a node per agent and blocking and non-blocking edges differently', async () => {
    await renderGraph();
    await showNonBlocking('One edge each');

    expect(screen.getAllByTestId(/^graph-node-/)).toHaveLength(5);
    await waitFor(() => expect(edges()).toHaveLength(7));
    const blocking = edges().filter(e => e.dataset.blocking === 'true');
    const soft = edges().filter(e => e.dataset.blocking === 'false');
    expect(blocking).toHaveLength(4);
    expect(soft).toHaveLength(3);
    expect(blocking.map(attr('stroke-dasharray'))).toEqual(Array(4).fill(null));
    expect(soft.map(attr('stroke-dasharray'))).toEqual(Array(3).fill('6 4'));
    expect(screen.getByTestId('graph-legend')).toHaveTextContent(
      '2 · Infrastructure Layer',
    );
  });

  it('highlights the critical path and names it', async () => {
    await renderGraph();

    await waitFor(() => expect(edges()).toHaveLength(5));
    expect(edges().filter(e => e.dataset.critical === 'true')).toHaveLength(3);
    expect(
      screen.getByTestId('graph-node-network-engineer').dataset.critical,
    ).toBe('true');
    expect(
      screen.getByTestId('graph-node-testing-engineer').dataset.critical,
    ).toBe('false');
    const summary = screen.getByTestId('graph-critical-path');
    expect(summary).toHaveTextContent(
      'Critical path (4 agents, to do in this order): Context Manager → Infrastructure Architect → Network Engineer → Kubernetes Specialist',
    );
    expect(screen.getByTestId('graph-cycles')).toHaveTextContent(
      'Blocking cycles: none',
    );
  });

  it('shows a blocking cycle in the graph and in words', async () => {
    await renderGraph(
      exampleAgentGraph([['context-manager', 'network-engineer']]),
    );

    await waitFor(() => expect(edges()).toHaveLength(6));
    expect(
      edges()
        .filter(e => e.dataset.cycle === 'true')
        .map(attr('stroke-width')),
    ).toEqual(['3', '3', '3']);
    expect(
      screen.getByTestId('graph-node-context-manager').dataset.cyclic,
    ).toBe('true');
    expect(screen.getByTestId('graph-cycles')).toHaveTextContent(
      'Blocking cycles: Context Manager → Network Engineer → Infrastructure Architect → Context Manager',
    );
  });

  it('summarises non-blocking dependencies on a whole tier on the node, by default', async () => {
    await renderGraph();

    // The testing engineer follows both tier 2 agents and one of tier 3.
    await waitFor(() => expect(edges()).toHaveLength(5));
    expect(
      screen.getByTestId('graph-follows-testing-engineer'),
    ).toHaveTextContent('follows tier 2 (2 agents) (non-blocking)');
    const soft = edges().filter(e => e.dataset.blocking === 'false');
    expect(soft).toHaveLength(1);
    expect(screen.getByTestId('graph-summary-note')).toBeInTheDocument();
    expect(
      screen.getByLabelText('Draw non-blocking dependencies'),
    ).toHaveTextContent('Summarised by tier');
  });

  it('draws every non-blocking edge, or none, on request', async () => {
    await renderGraph();
    await waitFor(() => expect(edges()).toHaveLength(5));

    await showNonBlocking('One edge each');
    await waitFor(() => expect(edges()).toHaveLength(7));
    expect(screen.queryByTestId('graph-follows-testing-engineer')).toBeNull();

    await showNonBlocking('Hidden');
    await waitFor(() => expect(edges()).toHaveLength(4));
    expect(edges().every(e => e.dataset.blocking === 'true')).toBe(true);
    expect(screen.queryByTestId('graph-summary-note')).toBeNull();
  });

  it('shows names whole, however long', async () => {
    const graph = exampleAgentGraph();
    graph.nodes[0].title = 'Context Manager of Every Platform Transformation';
    await renderGraph(graph);

    const node = screen.getByTestId('graph-node-context-manager');
    expect(node).toHaveTextContent(
      'Context Manager of Every Platform Transformation',
    );
    expect(node.textContent).not.toContain('…');
    const width = Number(node.querySelector('rect')!.getAttribute('width'));
    const other = Number(
      screen
        .getByTestId('graph-node-network-engineer')
        .querySelector('rect')!
        .getAttribute('width'),
    );
    expect(width).toBeGreaterThan(other);
  });

  it('opens the agent when its node is clicked', async () => {
    await renderGraph();

    await user.click(
      within(screen.getByTestId('graph-node-network-engineer')).getByText(
        'Network Engineer',
      ),
    );

    expect(
      await screen.findByText('entity page of agent/network-engineer'),
    ).toBeInTheDocument();
  });
});
