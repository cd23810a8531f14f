import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type { OwnershipLookup } from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { VPC_OWNERSHIP } from '../../__testUtils__/agents';
import { backendError } from '../../__testUtils__/backendError';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { PathOwnershipLookup } from './PathOwnershipLookup';

// No timer between keystrokes: the same events, far fewer ticks per test.
const user = userEvent.setup({ delay: null });

async function renderLookup(
  lookupOwnership: (path: string) => Promise<OwnershipLookup>,
  routeEntries = ['/'],
) {
  const api = mockAgentCoordinationApi({
    lookupOwnership: jest.fn(lookupOwnership),
  });
  await renderInTestApp(
    <TestApiProvider apis={[[agentCoordinationApiRef, api]]}>
      <PathOwnershipLookup />
    </TestApiProvider>,
    {
      routeEntries,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
  return api;
}

async function lookUp(path: string) {
  await user.type(screen.getByTestId('ownership-path'), path);
  await user.click(screen.getByRole('button', { name: 'Look up' }));
}

describe('PathOwnershipLookup', () => {
  it('names the primary owner and flags the nested overlap', async () => {
    const api = await renderLookup(async () => VPC_OWNERSHIP);

    await lookUp('components/terraform/vpc/main.tf');

    const verdict = await screen.findByTestId('ownership-verdict');
    expect(verdict).toHaveTextContent(
      'components/terraform/vpc/main.tf is owned by Network Engineer.',
    );
    expect(
      within(verdict).getByRole('link', { name: 'Network Engineer' }),
    ).toHaveAttribute('href', '/catalog/default/agent/network-engineer');
    expect(api.lookupOwnership).toHaveBeenCalledWith(
      'components/terraform/vpc/main.tf',
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map(r => r.textContent)).toEqual([
      expect.stringMatching(
        /Network Engineer.*components\/terraform\/vpc\/\*.*25.*primary/,
      ),
      expect.stringMatching(
        /Infrastructure Architect.*components\/terraform\/\*.*21.*outer glob/,
      ),
    ]);
    expect(screen.getByTestId('ownership-overlaps')).toHaveTextContent(
      'nested — the more specific glob wins',
    );
  });

  it('reports a conflict between equally specific owners', async () => {
    await renderLookup(async path => ({
      path,
      owners: [
        {
          agent: 'infrastructure_architect',
          entityRef: 'agent:default/infrastructure-architect',
          title: 'Infrastructure Architect',
          agentId: 'agent-002',
          glob: 'workflows/*',
          specificity: 10,
          primary: true,
        },
        {
          // Not in the catalog (or not readable by the caller): named, not linked.
          agent: 'cicd_engineer',
          entityRef: null,
          title: 'CI/CD Engineer',
          agentId: 'agent-009',
          glob: 'workflows/*',
          specificity: 10,
          primary: true,
        },
      ],
      primary: ['infrastructure_architect', 'cicd_engineer'],
      overlaps: [
        {
          a: 'infrastructure_architect',
          globA: 'workflows/*',
          b: 'cicd_engineer',
          globB: 'workflows/*',
          nested: false,
        },
      ],
      conflict: true,
    }));

    await lookUp('workflows/deploy.yaml');

    expect(await screen.findByTestId('ownership-verdict')).toHaveTextContent(
      'Ownership conflict: workflows/deploy.yaml is claimed equally by Infrastructure Architect and CI/CD Engineer',
    );
    expect(screen.getByTestId('ownership-overlaps')).toHaveTextContent(
      'conflict — neither glob is more specific',
    );
    const verdict = screen.getByTestId('ownership-verdict');
    expect(
      within(verdict).getByRole('link', { name: 'Infrastructure Architect' }),
    ).toHaveAttribute('href', '/catalog/default/agent/infrastructure-architect');
    expect(within(verdict).queryByRole('link', { name: 'CI/CD Engineer' })).toBeNull();
  });

  it('says when nobody owns the path, looking up the path from the URL', async () => {
    const api = await renderLookup(
      async path => ({
        path,
        owners: [],
        primary: [],
        overlaps: [],
        conflict: false,
      }),
      ['/?path=README.md'],
    );

    expect(await screen.findByTestId('ownership-verdict')).toHaveTextContent(
      'No agent owns README.md.',
    );
    expect(api.lookupOwnership).toHaveBeenCalledWith('README.md');
    expect(screen.getByTestId('ownership-path')).toHaveValue('README.md');
  });

  it("shows the backend's message for a path it refuses, not the status line", async () => {
    const error = await backendError(
      400,
      'Bad Request',
      'InputError',
      "Invalid query: 'path' must not contain '..'",
    );
    await renderLookup(async () => {
      throw error;
    });

    await lookUp('../secrets');

    const panel = await screen.findByTestId('backend-error');
    expect(panel).toHaveTextContent('Could not look up this path');
    expect(screen.getByTestId('backend-error-message')).toHaveTextContent(
      "Invalid query: 'path' must not contain '..'",
    );
    expect(screen.getByTestId('backend-error-message')).toBeVisible();
    expect(panel).toHaveTextContent('400 Bad Request · InputError');
    expect(screen.queryByText(/Request failed with/)).toBeNull();
  });

  it('clears the answer when the field is cleared', async () => {
    await renderLookup(
      async () => VPC_OWNERSHIP,
      ['/?path=components/terraform/vpc/main.tf'],
    );
    expect(await screen.findByTestId('ownership-verdict')).toBeInTheDocument();

    await user.clear(screen.getByTestId('ownership-path'));

    expect(screen.queryByTestId('ownership-verdict')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('button', { name: 'Look up' })).toBeDisabled();
  });

  it('clears an error when the field is cleared', async () => {
    const error = await backendError(400, 'Bad Request', 'InputError', 'no');
    await renderLookup(async () => {
      throw error;
    }, ['/?path=../x']);
    expect(await screen.findByTestId('backend-error')).toBeInTheDocument();

    await user.clear(screen.getByTestId('ownership-path'));

    expect(screen.queryByTestId('backend-error')).toBeNull();
  });
});
