import { useLocation } from 'react-router-dom';
import { screen } from '@testing-library/react';
import {
  permissionApiRef,
  type PermissionApi,
} from '@backstage/plugin-permission-react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import type { ReactElement } from 'react';
import type {
  ListTasksQuery,
  Task,
  Whoami,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef, type AgentCoordinationApi } from '../api';
import { rootRouteRef } from '../routes';
import { mockAgentCoordinationApi } from './framework';
import { fakeSignals } from './tasks';

export const mountedRoutes = {
  '/catalog/:namespace/:kind/:name': entityRouteRef,
  '/agent-coordination': rootRouteRef,
};

export const WHOAMI_NETWORK: Whoami = {
  principal: 'user:development/guest',
  agent: {
    key: 'network_engineer',
    id: 'agent-004',
    role: 'Network Architecture',
    tier: 2,
    authority: 'SENIOR',
  },
  groups: [],
};

export const WHOAMI_READ_ONLY: Whoami = {
  principal: 'user:development/visitor',
  agent: null,
  groups: [],
};

/** GET /tasks over a fixed set of tasks, one page (filters are the server's, so ignored). */
export function listing(tasks: Task[]) {
  return jest.fn(async (_q?: ListTasksQuery) => ({
    items: tasks,
    nextCursor: null,
  }));
}

const LocationProbe = () => {
  const location = useLocation();
  return (
    <div data-testid="location">{`${location.pathname}${location.search}`}</div>
  );
};

/** Where the app's URL is now, query string included. */
export function currentUrl(): URL {
  return new URL(screen.getByTestId('location').textContent!, 'http://x');
}

export async function renderWithApis(
  element: ReactElement,
  {
    api = mockAgentCoordinationApi(),
    signals = fakeSignals(),
    mayCreate = true,
    route = '/agent-coordination/tasks',
  }: {
    api?: AgentCoordinationApi;
    signals?: ReturnType<typeof fakeSignals>;
    mayCreate?: boolean;
    route?: string;
  } = {},
) {
  // The one basic permission the task views ask about is creating a task.
  const permission = {
    authorize: async () => ({ result: mayCreate ? 'ALLOW' : 'DENY' }),
  } as unknown as PermissionApi;
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [agentCoordinationApiRef, api],
        [permissionApiRef, permission],
        [signalApiRef, signals],
      ]}
    >
      {element}
      <LocationProbe />
    </TestApiProvider>,
    { routeEntries: [route], mountedRoutes },
  );
  return { api, signals };
}
