/*
 * The backend the transitions benchmark drives: the real Agent Coordination
 * plugin behind the real auth, permission and signals stack of a Backstage
 * backend, without the catalog and the app (they would only add background
 * noise). Started by task-transitions.bench.mjs with its own --config.
 *
 * It also mounts a `bench` plugin whose one route does nothing but answer:
 * the floor any Backstage plugin route pays (auth, credentials, the root
 * router's middleware), so the figures can say how much of the gap to the
 * bare express baseline is the plugin's own work.
 */
import { createBackend } from '@backstage/backend-defaults';
import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';

const floorPlugin = createBackendPlugin({
  pluginId: 'bench',
  register(env) {
    env.registerInit({
      deps: { httpRouter: coreServices.httpRouter, httpAuth: coreServices.httpAuth },
      async init({ httpRouter, httpAuth }) {
        const router = Router();
        router.use(express.json());
        // The same shape of exchange as a transition: credentials, a JSON body in, a small JSON body out.
        router.post('/rows/:id', async (req, res) => {
          await httpAuth.credentials(req, { allow: ['user', 'service'] });
          res.json({ task: { id: req.params.id, version: req.body.version + 1, state: req.body.to } });
        });
        httpRouter.use(router);
      },
    });
  },
});

const backend = createBackend();
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('../packages/backend/src/permissionPolicy/module'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@agent-coordination/plugin-agent-coordination-backend'));
backend.add(floorPlugin);
backend.start();
