import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import type { AgentCoordinationService } from './AgentCoordinationService';
import { DefaultAgentCoordinationService } from './DefaultAgentCoordinationService';

/**
 * Service reference for {@link AgentCoordinationService}; the default factory
 * talks to the plugin over HTTP through discovery.
 * @public
 */
export const agentCoordinationServiceRef =
  createServiceRef<AgentCoordinationService>({
    id: 'agent-coordination.client',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          discovery: coreServices.discovery,
          auth: coreServices.auth,
        },
        factory: deps => new DefaultAgentCoordinationService(deps),
      }),
  });
