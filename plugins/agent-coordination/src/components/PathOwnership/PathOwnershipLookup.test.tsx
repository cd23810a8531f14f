import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type { OwnershipLookupResponse } from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { VPC_OWNERSHIP } from '../../__testUtils__/agents';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { PathOwnershipLookup } from './PathOwnershipLookup';

async function renderLookup(
  lookupOwnership: (path: string) => Promise<OwnershipLookupResponse>,
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
  await userEvent.type(screen.getByTestId('ownership-path'), path);
  await userEvent.click(screen.getByRole('button', { name: 'Look up' }));
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
          agent: 'agent:default/infrastructure-architect',
          title: 'Infrastructure Architect',
          agentId: 'agent-002',
          glob: 'workflows/*',
          specificity: 10,
          primary: true,
        },
        {
          agent: 'agent:default/cicd-engineer',
          title: 'CI/CD Engineer',
          agentId: 'agent-009',
          glob: 'workflows/*',
          specificity: 10,
          primary: true,
        },
      ],
      primary: [
        'agent:default/infrastructure-architect',
        'agent:default/cicd-engineer',
      ],
      overlaps: [
        {
          a: 'agent:default/infrastructure-architect',
          globA: 'workflows/*',
          b: 'agent:default/cicd-engineer',
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

  it("shows the backend's message for a path it refuses", async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'InputError',
            message: "Invalid query: 'path' must not contain '..'",
          },
          request: { method: 'GET', url: '/ownership' },
          response: { statusCode: 400 },
        }),
        { status: 400, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    await renderLookup(async () => {
      throw error;
    });

    await lookUp('../secrets');

    expect(
      (await screen.findAllByText(/'path' must not contain '\.\.'/)).length,
    ).toBeGreaterThan(0);
  });
});
