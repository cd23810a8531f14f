import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
// The templates run against the real coordination backend, not a fake of it.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import agentCoordinationPlugin from '@agent-coordination/plugin-agent-coordination-backend';
import type { Entity } from '@backstage/catalog-model';
import type { Server } from 'http';
import request from 'supertest';
import { DefaultAgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import { scaffolderModuleAgentCoordination } from './module';
import {
  createAcknowledgeHandoffAction,
  createCreateTaskAction,
  createRequestHandoffClarificationAction,
} from './actions';
import { contextFor } from './__testUtils__/actionContext';
import { loadTemplate, loadTemplates } from './__testUtils__/templates';

/*
 * The example templates run through the real scaffolder: one backend with
 * the scaffolder, this module and the agent-coordination plugin on SQLite,
 * the templates in a catalog mock. A template's steps call the coordination
 * API over HTTP (discovery points at the test server) on behalf of the user
 * who started the task, as they would in a deployed backend.
 */

const CALLERS = {
  cm: { principal: 'user:default/cm', agent: 'context_manager' },
  net: { principal: 'user:default/net', agent: 'network_engineer' },
  api: { principal: 'user:default/api', agent: 'api_developer' },
} as const;
type Caller = keyof typeof CALLERS;

/** How long one scaffolder task may take before the test gives up on it. */
const TASK_DEADLINE_MS = 60_000;

jest.setTimeout(180_000);

/*
 * Node's fetch lives outside jest's sandbox, so the arrays it parses carry
 * the outer realm's Array.prototype, and the scaffolder's template engine
 * (nunjitsu) refuses arrays with any prototype but its own. A backend runs
 * in one realm; here the coordination client's answers are parsed inside
 * the sandbox, as they would be there.
 */
const outerFetch = globalThis.fetch;
beforeAll(() => {
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const response = await outerFetch(input, init);
    const text = await response.text();
    const bodyless = [101, 204, 205, 304].includes(response.status);
    const copy = new Response(bodyless ? null : text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    Object.defineProperty(copy, 'json', { value: async () => JSON.parse(text) });
    return copy;
  });
});
afterAll(() => {
  jest.restoreAllMocks();
});

interface TaskEvent {
  type: string;
  body: { message?: string; stepId?: string; status?: string; output?: any; error?: { message: string } };
}

/** A template whose second step always fails, to retry it. */
const createThenFail = {
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: { name: 'create-then-fail', namespace: 'default', title: 'Create a task, then fail' },
  spec: {
    owner: 'group:default/platform-team',
    type: 'coordination',
    parameters: [{ properties: { title: { type: 'string' } } }],
    steps: [
      {
        id: 'create',
        action: 'agent-coordination:task:create',
        input: { title: '${{ parameters.title }}', assignee: 'network_engineer' },
      },
      {
        id: 'move',
        action: 'agent-coordination:task:transition',
        input: { taskId: '${{ steps.create.output.taskId }}', to: 'NOWHERE' },
      },
    ],
  },
};

describe('the example templates, run by the scaffolder', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let server: Server;
  const auth = (who: Caller) => mockCredentials.user.header(CALLERS[who].principal);

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderModuleAgentCoordination,
        agentCoordinationPlugin,
        catalogServiceMock.factory({ entities: [...loadTemplates(), createThenFail] as Entity[] }),
        createServiceFactory({
          service: notificationService,
          deps: {},
          factory: () => ({ async send() {} }),
        }),
        // Without a header a request must really be anonymous.
        mockServices.httpAuth.factory({ defaultCredentials: mockCredentials.none() }),
        mockServices.rootConfig.factory({
          data: {
            agentCoordination: {
              actors: Object.values(CALLERS).map(c => ({ principal: c.principal, agent: c.agent })),
            },
          },
        }),
      ],
    });
    server = backend.server;
  });

  afterAll(async () => {
    await backend?.stop();
  });

  /** Starts the template as `who` and waits for the scaffolder task to end. */
  async function run(who: Caller, templateName: string, values: object) {
    const created = await request(server)
      .post('/api/scaffolder/v2/tasks')
      .set('Authorization', auth(who))
      .send({ templateRef: `template:default/${templateName}`, values });
    expect({ status: created.status, body: created.body }).toEqual({ status: 201, body: { id: expect.any(String) } });
    return settled(who, created.body.id);
  }

  /** Waits for scaffolder task `id` to end; its status, log and output. */
  async function settled(who: Caller, id: string) {
    const deadline = Date.now() + TASK_DEADLINE_MS;
    let status = 'open';
    while (Date.now() < deadline) {
      const res = await request(server).get(`/api/scaffolder/v2/tasks/${id}`).set('Authorization', auth(who));
      expect(res.status).toBe(200);
      status = res.body.status;
      if (['completed', 'failed', 'cancelled'].includes(status)) break;
      await new Promise(resolve => setTimeout(resolve, 200));
    }
    const events = await request(server).get(`/api/scaffolder/v2/tasks/${id}/events`).set('Authorization', auth(who));
    expect(events.status).toBe(200);
    const log = (events.body as TaskEvent[])
      .filter(e => e.type === 'log')
      .map(e => `${e.body.stepId ?? ''} ${e.body.message ?? ''}`)
      .join('\n');
    const completion = (events.body as TaskEvent[]).find(e => e.type === 'completion');
    return { id, status, log, output: completion?.body.output ?? {} };
  }

  /** A failed task fails the test with the task's log, which says why. */
  function expectCompleted(result: { status: string; log: string }) {
    if (result.status !== 'completed') {
      throw new Error(`The scaffolder task ended ${result.status}:\n${result.log}`);
    }
  }

  const coordination = (who: Caller, path: string) =>
    request(server).get(`/api/agent-coordination${path}`).set('Authorization', auth(who));

  it('open-task-for-agent creates the task for the chosen agent and links to it', async () => {
    const result = await run('cm', 'open-task-for-agent', {
      title: 'Add the staging VPC',
      description: 'Two private subnets per zone.',
      kind: 'network_setup',
      priority: 'P1',
      assignee: 'network_engineer',
    });
    expectCompleted(result);

    const link = result.output.links?.[0];
    expect(link).toEqual({ title: 'Open the task', icon: 'dashboard', url: expect.stringMatching(/^\/agent-coordination\/tasks\/[\w-]+$/) });
    const taskId = link.url.split('/').pop();

    const task = await coordination('cm', `/tasks/${taskId}`);
    expect(task.status).toBe(200);
    expect(task.body).toMatchObject({
      id: taskId,
      title: 'Add the staging VPC',
      description: 'Two private subnets per zone.',
      kind: 'network_setup',
      priority: 'P1',
      assignee: 'network_engineer',
      state: 'CREATED',
      createdBy: 'user:default/cm',
    });
    expect(result.output.text?.[0]?.content).toContain('**Add the staging VPC** is CREATED, assigned to network_engineer.');
    // The owner lookup is skipped without a path.
    expect(result.log).not.toContain('is owned by');
  });

  it('open-task-for-agent gives the task to the primary owner of the path when no agent is chosen', async () => {
    const result = await run('cm', 'open-task-for-agent', {
      title: 'Tighten the DNS records',
      kind: 'general',
      priority: 'P2',
      path: 'components/terraform/dns/zone.tf',
    });
    expectCompleted(result);
    expect(result.log).toContain('components/terraform/dns/zone.tf is owned by network_engineer');
    const taskId = result.output.links[0].url.split('/').pop();
    const task = await coordination('cm', `/tasks/${taskId}`);
    expect(task.body).toMatchObject({ title: 'Tighten the DNS records', assignee: 'network_engineer' });
  });

  it('open-task-for-agent leaves the task unassigned with neither an agent nor a path', async () => {
    const result = await run('net', 'open-task-for-agent', { title: 'Write the VPC runbook', kind: 'general', priority: 'P3' });
    expectCompleted(result);
    const taskId = result.output.links[0].url.split('/').pop();
    const task = await coordination('net', `/tasks/${taskId}`);
    expect(task.body).toMatchObject({ title: 'Write the VPC runbook', assignee: null, createdBy: 'user:default/net' });
    expect(result.output.text[0].content).toContain('assigned to nobody yet');
  });

  it('fails the step with the backend’s own refusal when the user’s agent may not do it', async () => {
    // Handing a new task to another agent is the context manager's call; what the API says to that:
    const body = { title: "Somebody else's work", kind: 'general', priority: 'P2', assignee: 'api_developer' };
    const direct = await request(server).post('/api/agent-coordination/tasks').set('Authorization', auth('net')).send(body);
    expect(direct.status).toBe(403);
    const refusal: string = direct.body.error.message;

    const result = await run('net', 'open-task-for-agent', body);
    expect(result.status).toBe('failed');
    expect(result.log).toContain(`NotAllowedError: ${refusal}`);
    expect(result.log).not.toMatch(/Request failed with/);
    const tasks = await coordination('net', `/tasks?text=${encodeURIComponent(body.title)}`);
    expect(tasks.body.items).toEqual([]);
  });

  it('a retried scaffolder task does not create its task again', async () => {
    const title = `Retried ${Date.now()}`;
    const first = await run('cm', 'create-then-fail', { title });
    expect(first.status).toBe('failed');
    expect(first.log).toMatch(/NOWHERE/);

    const retried = await request(server)
      .post(`/api/scaffolder/v2/tasks/${first.id}/retry`)
      .set('Authorization', auth('cm'))
      .send({});
    expect(retried.status).toBe(201);
    // The retry reopens the task before it answers, and runs every step again.
    const second = await settled('cm', first.id);
    expect(second.status).toBe('failed');

    const tasks = await coordination('cm', `/tasks?text=${encodeURIComponent(title)}`);
    expect(tasks.body.items.map((t: { title: string }) => t.title)).toEqual([title]);
    const created = second.log.match(/Created task ([\w-]+)/g) ?? [];
    expect(created.length).toBeGreaterThanOrEqual(2);
    expect(new Set(created).size).toBe(1);
  });

  it('a step run again without its checkpoint gets the backend’s replay of the first create', async () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const discovery = {
      getBaseUrl: async (pluginId: string) => `http://localhost:${port}/api/${pluginId}`,
      getExternalBaseUrl: async (pluginId: string) => `http://localhost:${port}/api/${pluginId}`,
    };
    const client = new DefaultAgentCoordinationService({ discovery, auth: mockServices.auth() });
    const action = createCreateTaskAction({ coordination: client });
    const title = `Crashed after the write ${Date.now()}`;
    const step = { taskId: 'scaffolder-task-crash', stepId: 'create', initiator: CALLERS.cm.principal };

    const first = contextFor({ title, assignee: 'network_engineer' }, step);
    await action.handler(first.ctx);
    // Same scaffolder task and step, no checkpoint: as after a crash between the write and the checkpoint.
    const again = contextFor({ title, assignee: 'network_engineer' }, step);
    await action.handler(again.ctx);

    expect(again.outputs.taskId).toBe(first.outputs.taskId);
    const tasks = await coordination('cm', `/tasks?text=${encodeURIComponent(title)}`);
    expect(tasks.body.items.map((t: { id: string }) => t.id)).toEqual([first.outputs.taskId]);
  });

  it('report-conflict opens the conflict at L1 with the matrix’s authority, blocking the given task', async () => {
    const made = await run('cm', 'open-task-for-agent', {
      title: 'Merge the VPC module changes',
      kind: 'infrastructure_changes',
      priority: 'P1',
      assignee: 'network_engineer',
    });
    expectCompleted(made);
    const taskId = made.output.links[0].url.split('/').pop();

    const result = await run('cm', 'report-conflict', {
      type: 'technical',
      category: 'code_merge',
      title: 'Both change the VPC module',
      description: 'The architect and the network engineer edit main.tf at once.',
      parties: ['network_engineer', 'infrastructure_architect'],
      paths: ['components/terraform/vpc/main.tf'],
      blocks: [taskId],
    });
    expectCompleted(result);
    const link = result.output.links?.[0];
    expect(link).toEqual({
      title: 'Open the conflict',
      icon: 'dashboard',
      url: expect.stringMatching(/^\/agent-coordination\/conflicts\/[\w-]+$/),
    });
    const conflictId = link.url.split('/').pop();

    const conflict = await coordination('cm', `/conflicts/${conflictId}`);
    expect(conflict.status).toBe(200);
    expect(conflict.body).toMatchObject({
      id: conflictId,
      type: 'technical',
      category: 'code_merge',
      title: 'Both change the VPC module',
      status: 'open',
      level: 'L1',
      parties: ['network_engineer', 'infrastructure_architect'],
      subject: { paths: ['components/terraform/vpc/main.tf'] },
      blocks: [taskId],
      authority: { name: 'Agents', kind: 'consensus' },
      createdBy: 'user:default/cm',
    });
    expect(result.output.text?.[0]?.content).toContain(
      `The conflict is at **L1**: Agents decides by ${conflict.body.deadlineAt}, or it escalates.`,
    );
  });

  it('a dry run of report-conflict validates every step and writes nothing', async () => {
    const before = await coordination('cm', '/conflicts?status=open');
    const res = await request(server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', auth('cm'))
      .send({
        template: loadTemplate('report-conflict.yaml'),
        values: {
          type: 'design',
          title: 'Service mesh or not',
          parties: ['kubernetes_specialist', 'network_engineer'],
        },
        directoryContents: [],
      });
    expect(res.status).toBe(200);
    const log = (res.body.log as Array<{ body: { message: string } }>).map(l => l.body.message).join('\n');
    expect(log).toContain('Dry run: would open the conflict');
    expect(res.body.output.links).toEqual([
      { title: 'Open the conflict', icon: 'dashboard', url: '/agent-coordination/conflicts/00000000-0000-0000-0000-000000000000' },
    ]);
    const after = await coordination('cm', '/conflicts?status=open');
    expect(after.body.items.length).toBe(before.body.items.length);
  });

  /** The node client against the test server, as another backend plugin would hold it. */
  function nodeClient() {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const discovery = {
      getBaseUrl: async (pluginId: string) => `http://localhost:${port}/api/${pluginId}`,
      getExternalBaseUrl: async (pluginId: string) => `http://localhost:${port}/api/${pluginId}`,
    };
    return new DefaultAgentCoordinationService({ discovery, auth: mockServices.auth() });
  }

  const handoffValues = {
    title: 'VPC module',
    to: 'api_developer',
    completedWork: ['Module written', 'Plan reviewed'],
    artifacts: [{ path: 'components/terraform/vpc/main.tf', type: 'code', status: 'final' }],
    knownIssues: [],
    dependencies: ['network_engineer: peering routes'],
    successCriteria: ['terraform plan shows no drift'],
    notes: 'Apply in us-east-1 first.',
    attest: ['Context files updated'],
    transfer: true,
  };

  it('request-handoff opens and transfers the handoff from the user’s agent, holding the given task until the receiver acknowledges it', async () => {
    const made = await run('cm', 'open-task-for-agent', {
      title: 'Wire the EKS cluster to the VPC',
      kind: 'general',
      priority: 'P2',
      assignee: 'api_developer',
    });
    expectCompleted(made);
    const taskId = made.output.links[0].url.split('/').pop();

    const result = await run('net', 'request-handoff', { ...handoffValues, task: taskId, blocks: [taskId] });
    expectCompleted(result);
    const link = result.output.links?.[0];
    expect(link).toEqual({
      title: 'Open the handoff',
      icon: 'dashboard',
      url: expect.stringMatching(/^\/agent-coordination\/handoffs\/[\w-]+$/),
    });
    const handoffId = link.url.split('/').pop();

    const handoff = await coordination('net', `/handoffs/${handoffId}`);
    expect(handoff.status).toBe(200);
    expect(handoff.body).toMatchObject({
      id: handoffId,
      title: 'VPC module',
      from: 'network_engineer',
      to: 'api_developer',
      task: taskId,
      blocks: [taskId],
      stage: 'transfer',
      status: 'awaiting_acknowledgment',
      attested: ['Context files updated'],
      missing: [],
      content: {
        completedWork: ['Module written', 'Plan reviewed'],
        knownIssues: [],
        dependencies: ['network_engineer: peering routes'],
        successCriteria: ['terraform plan shows no drift'],
        notes: 'Apply in us-east-1 first.',
      },
      createdBy: 'user:default/net',
    });
    expect(result.output.text?.[0]?.content).toContain(
      `**VPC module** is awaiting_acknowledgment, from network_engineer to api_developer; due to be acknowledged by ${handoff.body.acknowledgmentDueAt}. Mandatory checks failing: none.`,
    );

    const held = await coordination('cm', `/tasks/${taskId}`);
    expect(held.body.heldBy).toEqual([{ type: 'handoff', id: handoffId }]);

    // The receiver's side, through the same actions and client a template would use.
    const receiver = { initiator: CALLERS.api.principal, taskId: `sc-${handoffId}` };
    const coordinationClient = nodeClient();
    const ask = contextFor({ handoffId, question: 'Which region first?' }, { ...receiver, stepId: 'ask' });
    await createRequestHandoffClarificationAction({ coordination: coordinationClient }).handler(ask.ctx);
    expect(ask.outputs).toMatchObject({ status: 'clarification_requested', question: 'Which region first?' });
    const answered = await request(server)
      .post(`/api/agent-coordination/handoffs/${handoffId}/clarifications/answer`)
      .set('Authorization', auth('net'))
      .send({ answer: 'us-east-1, as the notes say', version: ask.outputs.version });
    expect(answered.status).toBe(200);
    const accept = contextFor({ handoffId, note: 'Taking it from here' }, { ...receiver, stepId: 'accept' });
    await createAcknowledgeHandoffAction({ coordination: coordinationClient }).handler(accept.ctx);
    expect(accept.outputs).toMatchObject({
      stage: 'acknowledgment',
      status: 'acknowledged',
      previousStatus: 'awaiting_acknowledgment',
      released: [taskId],
    });
    const after = await coordination('cm', `/tasks/${taskId}`);
    expect(after.body.heldBy).toEqual([]);
  });

  it('request-handoff opens nothing when the transfer would fail its checklist, and says which checks fail', async () => {
    const before = await coordination('cm', '/handoffs?from=network_engineer&limit=200');
    const result = await run('net', 'request-handoff', {
      title: 'Half done',
      to: 'api_developer',
      completedWork: ['Half'],
      transfer: true,
    });
    expect(result.status).toBe('failed');
    expect(result.log).toContain(
      "InputError: The handoff 'Half done' cannot be transferred: the mandatory checklist fails on Context files updated, Artifacts accessible, Dependencies documented, Known issues listed, Success criteria defined, so nothing was opened.",
    );
    const after = await coordination('cm', '/handoffs?from=network_engineer&limit=200');
    expect(after.body.items.length).toBe(before.body.items.length);
  });

  it('request-handoff without a transfer leaves a draft and names the checks still failing', async () => {
    const result = await run('net', 'request-handoff', {
      title: 'Draft for later',
      to: 'kubernetes_specialist',
      completedWork: ['Node groups drafted'],
      knownIssues: [],
      dependencies: [],
      transfer: false,
    });
    expectCompleted(result);
    const handoffId = result.output.links[0].url.split('/').pop();
    const handoff = await coordination('net', `/handoffs/${handoffId}`);
    expect(handoff.body).toMatchObject({ stage: 'initiation', status: 'draft', transferredAt: null });
    expect(handoff.body.missing).toEqual(['Context files updated', 'Artifacts accessible', 'Success criteria defined']);
    expect(result.output.text[0].content).toContain(
      'due to be acknowledged by nobody yet: not transferred. Mandatory checks failing: Context files updated, Artifacts accessible, Success criteria defined.',
    );
  });

  it('a dry run of request-handoff reads the framework’s checklist and writes nothing', async () => {
    const before = await coordination('cm', '/handoffs?limit=200');
    const res = await request(server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', auth('net'))
      .send({
        template: loadTemplate('request-handoff.yaml'),
        values: handoffValues,
        directoryContents: [],
      });
    expect(res.status).toBe(200);
    const log = (res.body.log as Array<{ body: { message: string } }>).map(l => l.body.message).join('\n');
    expect(log).toMatch(/Dry run: would open the handoff .*"to":"api_developer".* and transfer it/);
    expect(res.body.output.links).toEqual([
      { title: 'Open the handoff', icon: 'dashboard', url: '/agent-coordination/handoffs/00000000-0000-0000-0000-000000000000' },
    ]);
    const after = await coordination('cm', '/handoffs?limit=200');
    expect(after.body.items.length).toBe(before.body.items.length);
  });

  it('a dry run of open-task-for-agent looks the owner up for real and creates nothing', async () => {
    const title = `Dry run ${Date.now()}`;
    const res = await request(server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', auth('cm'))
      .send({
        template: loadTemplate('open-task.yaml'),
        values: { title, kind: 'general', priority: 'P2', path: 'components/terraform/vpc/main.tf' },
        directoryContents: [],
      });
    expect(res.status).toBe(200);
    const log = (res.body.log as Array<{ body: { message: string } }>).map(l => l.body.message).join('\n');
    expect(log).toContain('components/terraform/vpc/main.tf is owned by network_engineer');
    expect(log).toMatch(/Dry run: would create the task .*"assignee":"network_engineer"/);
    expect(res.body.output.links[0].url).toBe('/agent-coordination/tasks/00000000-0000-0000-0000-000000000000');
    const tasks = await coordination('cm', `/tasks?text=${encodeURIComponent(title)}`);
    expect(tasks.body.items).toEqual([]);
  });
});
