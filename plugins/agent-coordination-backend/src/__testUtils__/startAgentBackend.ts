import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { agentCoordinationPlugin } from '../plugin';
import { exampleEntities } from './exampleAgents';
import { conforming } from './openApiConformance';

export const BASE = '/api/agent-coordination';
export const USER = 'user:default/alice';

/**
 * The plugin with an in-memory catalog holding the example agents and
 * components (or `entities`). Requests without `get`'s credentials are
 * anonymous, so 401 checks mean something.
 */
export async function startAgentBackend(
  entities: Entity[] = [
    ...exampleEntities('agents.yaml'),
    ...exampleEntities('infrastructure.yaml'),
  ],
) {
  const backend = await startTestBackend({
    features: [
      agentCoordinationPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
    ],
  });
  const get = (path: string) =>
    conforming(
      request(backend.server).get(`${BASE}${path}`).set('Authorization', mockCredentials.user.header(USER)),
      'GET',
      `${BASE}${path}`,
    );
  return { backend, server: backend.server, get };
}
