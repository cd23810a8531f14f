import type {
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import express from 'express';
import Router from 'express-promise-router';
import { getFramework } from './endpoints/getFramework';
import { getFrameworkAnalysis } from './endpoints/getFrameworkAnalysis';
import { getHealth } from './endpoints/getHealth';

export interface RouterOptions {
  framework: CoordinationFramework;
  httpAuth: HttpAuthService;
  logger: LoggerService;
}

/**
 * The plugin's HTTP API. Every route is described in src/schema/openapi.yaml
 * (a test keeps the two in step). Errors thrown by handlers reach the
 * backend's error middleware, which turns Backstage errors into 4xx replies.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json({ limit: '256kb' }));
  const context = { router, ...options };
  getHealth(context);
  getFramework(context);
  getFrameworkAnalysis(context);
  return router;
}
