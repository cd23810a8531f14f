import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
  startTaskBackend,
  type Caller,
  type TaskBackend,
} from './__testUtils__/startTaskBackend';
import { createTestDatabases } from './__testUtils__/testDatabases';

const databases = createTestDatabases();

/*
 * An MCP client, as an AI agent runs one, against the whole plugin served
 * next to Backstage's MCP actions backend: the tools it is offered are the
 * actions this plugin registers, and calling one changes what the REST API
 * serves.
 */
describe('the MCP actions backend, serving the agent coordination actions', () => {
  const ours = (name: string) => `agent-coordination.${name}`;
  let t: TaskBackend;
  let url: URL;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTaskBackend(databases, 'SQLITE_3', [mcpActionsPlugin], {
      // The actions service lists only the plugins named here.
      backend: { actions: { pluginSources: ['agent-coordination'] } },
    });
    url = new URL(`http://localhost:${t.server.port()}/api/mcp-actions/v1`);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(clients.map(c => c.close()));
    await t?.backend.stop();
  });

  /** A connected client calling as `who` (the mock user tokens pass through the MCP backend to the plugin). */
  async function connect(who: Caller): Promise<Client> {
    const client = new Client({
      name: 'agent-coordination-test',
      version: '0.0.0',
    });
    const transport = new StreamableHTTPClientTransport(url, {
      requestInit: { headers: { Authorization: t.auth(who) } },
    });
    await client.connect(transport, { timeout: 10_000 });
    clients.push(client);
    return client;
  }

  /** The JSON a tool answered with; structuredContent is the action's output. */
  async function call(client: Client, name: string, args: object) {
    const result = await client.callTool(
      { name: ours(name), arguments: args as Record<string, unknown> },
      undefined,
      {
        timeout: 10_000,
      },
    );
    return result as {
      isError?: boolean;
      structuredContent?: any;
      content: Array<{ type: string; text: string }>;
    };
  }

  it('offers the conflict, task, message and handoff actions as tools, with their descriptions and schemas', async () => {
    const client = await connect('net');
    const { tools } = await client.listTools(undefined, { timeout: 10_000 });
    const byName = new Map(tools.map(tool => [tool.name, tool]));
    const expected = [
      'open-conflict',
      'vote-on-conflict',
      'resolve-conflict',
      'escalate-conflict',
      'submit-change-set',
      'list-open-conflicts',
      'create-task',
      'transition-task',
      'add-task-dependency',
      'list-tasks',
      'get-task',
      'send-message',
      'list-inbox',
      'mark-message-read',
      'open-handoff',
      'acknowledge-handoff',
      'request-handoff-clarification',
      'list-handoffs',
    ];
    for (const name of expected) {
      const tool = byName.get(ours(name));
      expect(tool).toBeDefined();
      expect(tool!.description!.length).toBeGreaterThan(40);
      expect(tool!.inputSchema.type).toBe('object');
    }
    expect(byName.get(ours('open-conflict'))!.description).toContain(
      'escalation matrix',
    );
    const transition = byName.get(ours('transition-task'))!;
    expect(transition.description).toContain(
      'CREATED -> ASSIGNED by context_manager',
    );
    expect(transition.description).toContain('refused as stale (409)');
    expect(transition.inputSchema.required).toEqual([
      'taskId',
      'to',
      'version',
    ]);
    expect(byName.get(ours('get-task'))!.annotations).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
    });
    expect(transition.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
    });
  });

  it('opens a conflict through the open-conflict tool, at L1, as the REST API then serves it', async () => {
    const client = await connect('net');
    const result = await call(client, 'open-conflict', {
      type: 'technical',
      category: 'code_merge',
      title: 'Two plans for the transit gateway',
      parties: ['network_engineer', 'infrastructure_architect'],
    });
    expect(result.isError).toBeFalsy();
    const { conflict } = result.structuredContent;
    expect(conflict).toMatchObject({
      status: 'open',
      level: 'L1',
      authority: 'Agents',
      version: 1,
    });
    expect(JSON.parse(result.content[0].text)).toEqual(
      result.structuredContent,
    );

    const served = await t.http.get('net', `/conflicts/${conflict.id}`);
    expect(served.status).toBe(200);
    expect(served.body).toMatchObject({
      id: conflict.id,
      title: 'Two plans for the transit gateway',
      status: 'open',
      level: 'L1',
      parties: ['network_engineer', 'infrastructure_architect'],
    });
    const opened = (await t.http.get('net', `/conflicts/${conflict.id}/events`))
      .body.items[0];
    expect(opened).toMatchObject({ actor: 'user:default/net' });
  });

  it('creates and moves a task through the tools, as the calling agent', async () => {
    const cm = await connect('cm');
    const created = await call(cm, 'create-task', {
      title: 'Plan the transit gateway',
      kind: 'network_setup',
      assignee: 'network_engineer',
    });
    expect(created.isError).toBeFalsy();
    const { task } = created.structuredContent;
    expect(task).toMatchObject({
      state: 'CREATED',
      version: 1,
      createdBy: 'user:default/cm',
    });
    expect((await t.http.get('cm', `/tasks/${task.id}`)).body).toEqual(task);

    const assigned = await call(cm, 'transition-task', {
      taskId: task.id,
      to: 'ASSIGNED',
      version: task.version,
    });
    expect(assigned.structuredContent.task).toMatchObject({
      state: 'ASSIGNED',
      version: 2,
    });
    const net = await connect('net');
    const next = await call(net, 'get-task', { taskId: task.id });
    expect(
      next.structuredContent.transitions.map((x: { to: string }) => x.to),
    ).toEqual(['IN_PROGRESS', 'FAILED']);
    expect((await t.http.get('net', `/tasks/${task.id}`)).body).toMatchObject({
      state: 'ASSIGNED',
      version: 2,
    });
  });

  it('opens a handoff through the open-handoff tool, with the content the REST API then serves', async () => {
    const net = await connect('net');
    const result = await call(net, 'open-handoff', {
      to: 'api_developer',
      title: 'Transit gateway attachments',
      completedWork: ['Attachments declared', 'Route tables planned'],
      artifacts: [
        {
          path: 'components/terraform/vpc/tgw.tf',
          type: 'code',
          status: 'final',
        },
      ],
      knownIssues: ['eu-west-1 quota pending'],
      dependencies: ['network_engineer: route propagation'],
      successCriteria: ['The API reads the attachment ids'],
      notes: 'Apply in us-east-1 first.',
      attest: ['Context files updated'],
      transfer: true,
    });
    expect(result.isError).toBeFalsy();
    const { handoff } = result.structuredContent;
    expect(handoff).toMatchObject({
      title: 'Transit gateway attachments',
      from: 'network_engineer',
      to: 'api_developer',
      stage: 'transfer',
      status: 'awaiting_acknowledgment',
      missing: [],
      openQuestion: null,
      blocks: [],
      version: 2,
    });
    expect(handoff.acknowledgmentDueAt).toEqual(expect.any(String));
    expect(JSON.parse(result.content[0].text)).toEqual(
      result.structuredContent,
    );

    const served = await t.http.get('api', `/handoffs/${handoff.id}`);
    expect(served.status).toBe(200);
    expect(served.body).toMatchObject({
      id: handoff.id,
      title: 'Transit gateway attachments',
      from: 'network_engineer',
      to: 'api_developer',
      stage: 'transfer',
      status: 'awaiting_acknowledgment',
      version: 2,
      acknowledgmentDueAt: handoff.acknowledgmentDueAt,
      attested: ['Context files updated'],
      missing: [],
      createdBy: 'user:default/net',
      content: {
        completedWork: ['Attachments declared', 'Route tables planned'],
        artifacts: [
          {
            path: 'components/terraform/vpc/tgw.tf',
            type: 'code',
            status: 'final',
          },
        ],
        knownIssues: ['eu-west-1 quota pending'],
        dependencies: ['network_engineer: route propagation'],
        successCriteria: ['The API reads the attachment ids'],
        notes: 'Apply in us-east-1 first.',
      },
    });
  });

  it("sends a message through the send-message tool, which the receiver's inbox then shows unread", async () => {
    const net = await connect('net');
    const before = (await t.http.get('api', '/agents/api_developer/inbox'))
      .body;
    const result = await call(net, 'send-message', {
      to: 'api_developer',
      priority: 'P1',
      type: 'REQUEST',
      subject: 'Which CIDR for the API subnets?',
      content: 'The **transit gateway** needs it by Friday.',
      tags: ['tgw'],
    });
    expect(result.isError).toBeFalsy();
    const { message } = result.structuredContent;
    expect(message).toMatchObject({
      from: 'network_engineer',
      to: 'api_developer',
      priority: 'P1',
      type: 'REQUEST',
      subject: 'Which CIDR for the API subnets?',
      correlationId: message.id,
      tags: ['tgw'],
      overdue: false,
      readAt: null,
    });

    const inbox = await t.http.get('api', '/agents/api_developer/inbox');
    expect(inbox.status).toBe(200);
    expect(inbox.body).toMatchObject({
      agent: 'api_developer',
      total: before.total + 1,
      unread: before.unread + 1,
      unreadByPriority: {
        ...before.unreadByPriority,
        P1: before.unreadByPriority.P1 + 1,
      },
    });
    expect(inbox.body.items[0]).toMatchObject({
      id: message.id,
      from: 'network_engineer',
      subject: 'Which CIDR for the API subnets?',
      content: 'The **transit gateway** needs it by Friday.',
      sentAt: message.sentAt,
      readAt: null,
    });
    const unread = await t.http.get(
      'api',
      '/agents/api_developer/inbox?unread=true',
    );
    expect(unread.body.items.map((m: { id: string }) => m.id)).toContain(
      message.id,
    );
  });

  it('answers a refusal as a tool error naming why, changing nothing', async () => {
    const cm = await connect('cm');
    const task = await t.taskIn('ASSIGNED');
    const stale = await call(cm, 'transition-task', {
      taskId: task.id,
      to: 'FAILED',
      version: task.version - 1,
    });
    expect(stale.isError).toBe(true);
    expect(stale.content[0].text).toMatch(/^ConflictError: .*is at version/);
    const bad = await call(cm, 'create-task', { title: 'No kind' });
    expect(bad.isError).toBe(true);
    expect(bad.content[0].text).toContain('kind');
    const nobody = await connect('nobody');
    const refused = await call(nobody, 'transition-task', {
      taskId: task.id,
      to: 'FAILED',
      version: task.version,
    });
    expect(refused.isError).toBe(true);
    expect(refused.content[0].text).toMatch(/^NotAllowedError: /);
    expect((await t.http.get('cm', `/tasks/${task.id}`)).body).toEqual(task);
  });
});
