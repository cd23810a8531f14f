import type {
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { Router } from 'express';

/** What every endpoint file gets to register its route. */
export interface RouteContext {
  router: Router;
  framework: CoordinationFramework;
  httpAuth: HttpAuthService;
  logger: LoggerService;
}
