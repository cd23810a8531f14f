import express from 'express';
import request from 'supertest';
import { createStartupGate } from './startupGate';

/** A root lifecycle whose hooks the test fires. */
function fakeLifecycle() {
  const startup: Array<() => void | Promise<void>> = [];
  const shutdown: Array<() => void | Promise<void>> = [];
  return {
    addStartupHook: (hook: () => void | Promise<void>) =>
      void startup.push(hook),
    addShutdownHook: (hook: () => void | Promise<void>) =>
      void shutdown.push(hook),
    start: async () => {
      for (const hook of startup) await hook();
    },
    stop: async () => {
      for (const hook of shutdown) await hook();
    },
  };
}

/**
 * A root app as Backstage's root HTTP router builds it: middleware, the
 * plugins' routers (mounted later, as each plugin initialises), then a
 * not-found handler. `mount` is what a plugin's httpRouter does.
 */
function rootApp(gate?: express.RequestHandler) {
  const app = express();
  if (gate) app.use(gate);
  const routes = express.Router();
  app.use(routes);
  app.use((_req, res) => void res.status(404).end());
  return {
    app,
    mount: () =>
      routes.use(
        '/api/agent-coordination',
        (_req, res) => void res.json({ ok: true }),
      ),
  };
}

const settle = (ms: number) => new Promise(r => setTimeout(r, ms));

describe('createStartupGate', () => {
  it('without the gate, a plugin route asked before its router is mounted is a bare 404', async () => {
    const { app } = rootApp();
    const res = await request(app).get('/api/agent-coordination/tasks');
    expect(res.status).toBe(404);
    expect(res.text).toBe('');
  });

  it('holds a plugin request until every plugin has started, then answers it', async () => {
    const lifecycle = fakeLifecycle();
    const { app, mount } = rootApp(createStartupGate({ lifecycle }));
    const pending = request(app)
      .get('/api/agent-coordination/tasks')
      .then(r => r);
    await settle(50);
    mount();
    await lifecycle.start();
    const res = await pending;
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
  });

  it('answers 503 with Retry-After and a Backstage error body past holdMs, never a 404', async () => {
    const lifecycle = fakeLifecycle();
    const { app } = rootApp(
      createStartupGate({ lifecycle, holdMs: 30, retryAfterSeconds: 2 }),
    );
    const res = await request(app).get('/api/agent-coordination/tasks');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('2');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({
      error: { name: 'ServiceUnavailableError', message: expect.any(String) },
      response: { statusCode: 503 },
    });
  });

  it('lets other paths (health, the app) through at once', async () => {
    const lifecycle = fakeLifecycle();
    const app = express();
    app.use(createStartupGate({ lifecycle, holdMs: 10_000 }));
    app.get(
      '/.backstage/health/v1/readiness',
      (_req, res) => void res.status(503).json({ status: 'error' }),
    );
    const res = await request(app).get('/.backstage/health/v1/readiness');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'error' });
  });

  it("lets the backend's own plugin-to-plugin requests through, holding users' and tokens'", async () => {
    const lifecycle = fakeLifecycle();
    const { app, mount } = rootApp(
      createStartupGate({ lifecycle, holdMs: 30 }),
    );
    mount();
    const jwt = (typ: string) =>
      `Bearer ${Buffer.from(JSON.stringify({ alg: 'ES256', typ })).toString(
        'base64url',
      )}.e30.c2ln`;
    const plugin = await request(app)
      .get('/api/agent-coordination/tasks')
      .set('authorization', jwt('vnd.backstage.plugin'));
    expect(plugin.status).toBe(200);
    const user = await request(app)
      .get('/api/agent-coordination/tasks')
      .set('authorization', jwt('vnd.backstage.user'));
    expect(user.status).toBe(503);
    const staticToken = await request(app)
      .get('/api/agent-coordination/tasks')
      .set('authorization', 'Bearer abc.def');
    expect(staticToken.status).toBe(503);
  });

  it('after start-up lets everything through untouched, a 404 for an unknown plugin included', async () => {
    const lifecycle = fakeLifecycle();
    const { app, mount } = rootApp(createStartupGate({ lifecycle }));
    mount();
    await lifecycle.start();
    expect(
      (await request(app).get('/api/agent-coordination/tasks')).status,
    ).toBe(200);
    expect((await request(app).get('/api/no-such-plugin')).status).toBe(404);
  });

  it('answers held requests 503 when the backend shuts down before it started', async () => {
    const lifecycle = fakeLifecycle();
    const { app } = rootApp(createStartupGate({ lifecycle }));
    const pending = request(app)
      .post('/api/agent-coordination/tasks')
      .then(r => r);
    await settle(50);
    await lifecycle.stop();
    const res = await pending;
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.body.error.message).toBe('Service is shutting down');
  });
});
