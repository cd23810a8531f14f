import type { ReactElement } from 'react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { agentCoordinationApiRef, type AgentCoordinationApi } from '../api';
import { rootRouteRef } from '../routes';
import { fixedPermissionApi, mockSignalApi } from './conflicts';

/** Entity pages and the plugin's page, so that agent and conflict links resolve. */
export const conflictMountedRoutes = {
  '/catalog/:namespace/:kind/:name': entityRouteRef,
  '/agent-coordination': rootRouteRef,
};

/**
 * Renders a conflict page or card with the given API, the permission
 * answer for every check, and a signal API the test publishes on.
 */
export async function renderConflictUi(
  element: ReactElement,
  api: AgentCoordinationApi,
  options: { permission?: 'ALLOW' | 'DENY'; routeEntries?: string[] } = {},
) {
  const signals = mockSignalApi();
  const permissions = fixedPermissionApi(options.permission ?? 'ALLOW');
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [agentCoordinationApiRef, api],
        [permissionApiRef, permissions],
        [signalApiRef, signals],
      ]}
    >
      {element}
    </TestApiProvider>,
    { mountedRoutes: conflictMountedRoutes, routeEntries: options.routeEntries },
  );
  return { signals, permissions };
}
