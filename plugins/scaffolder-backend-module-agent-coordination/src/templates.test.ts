import { validate } from 'jsonschema';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { parseFramework } from '@agent-coordination/plugin-agent-coordination-common';
import { createAgentCoordinationActions } from './actions';
import { contextFor } from './__testUtils__/actionContext';
import { loadTemplate, type TemplateEntity } from './__testUtils__/templates';

/*
 * The example templates checked against the actions they call, without a
 * backend: every action exists, every input is one the action declares, and
 * for sample form values the inputs the scaffolder would render pass the
 * action's input schema (the JSON Schema the scaffolder validates against,
 * derived from the action's zod schema). templates.scaffolder.test.ts runs
 * them through the real scaffolder.
 */

const actions = createAgentCoordinationActions({ coordination: {} as any });
const byId = new Map(actions.map(a => [a.id, a]));

type Json = Record<string, any>;

/**
 * The scaffolder's rendering for what these templates use: a value that is
 * one `${{ ... }}` expression keeps the expression's type, and an
 * expression is a chain of `a or b` over dotted paths (each optionally
 * `| join('sep')`) and quoted strings. Anything else fails the test, so the
 * templates stay within what this checks.
 */
function render(value: unknown, context: Json): unknown {
  if (typeof value !== 'string') return value;
  const sole = value.match(/^\$\{\{\s*(.+?)\s*\}\}$/);
  if (sole) return evaluate(sole[1], context);
  return value.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression) => String(evaluate(expression, context) ?? ''));
}

function evaluate(expression: string, context: Json): unknown {
  for (const term of expression.split(/\s+or\s+/)) {
    const literal = term.match(/^'([^']*)'$/);
    const joined = term.match(/^(.+?)\s*\|\s*join\('([^']*)'\)$/);
    const path = joined ? joined[1] : term;
    let value: unknown;
    if (literal) value = literal[1];
    else if (/^[A-Za-z_][\w]*(\.[\w-]+)*$/.test(path)) {
      value = path.split('.').reduce<any>((at, key) => (at === undefined || at === null ? undefined : at[key]), context);
      if (joined) value = Array.isArray(value) ? value.join(joined[2]) : value;
    } else throw new Error(`The test cannot evaluate '${term}' in '${expression}'`);
    if (value !== undefined && value !== null && value !== '' && value !== false) return value;
  }
  return undefined;
}

function renderInput(input: Json, context: Json): Json {
  return Object.fromEntries(
    Object.entries(input)
      .map(([k, v]) => [k, render(v, context)] as const)
      .filter(([, v]) => v !== undefined),
  );
}

/** Every `steps.<id>.output.<name>` the template refers to. */
function outputReferences(template: TemplateEntity): Array<{ step: string; output: string }> {
  const text = JSON.stringify(template.spec);
  return [...text.matchAll(/steps\.([\w-]+)\.output\.(\w+)/g)].map(m => ({ step: m[1], output: m[2] }));
}

/**
 * Runs the steps in order the way the scaffolder would, with each step's
 * outputs taken from `outputs`, checking each rendered input against the
 * action's schema.
 */
function runStatically(template: TemplateEntity, parameters: Json, outputs: Record<string, Json>) {
  const context: Json = { parameters, steps: {} };
  const rendered: Record<string, Json> = {};
  for (const step of template.spec.steps) {
    if (step.if !== undefined && !render(step.if, context)) continue;
    const input = renderInput(step.input ?? {}, context);
    const schema = byId.get(step.action)!.schema!.input!;
    const result = validate(input, schema as any);
    expect({ step: step.id, errors: result.errors.map(e => e.stack) }).toEqual({ step: step.id, errors: [] });
    rendered[step.id] = input;
    context.steps[step.id] = { output: outputs[step.id] ?? {} };
  }
  const links = (template.spec.output?.links ?? []).map(l => ({ title: l.title, url: render(l.url, context) }));
  const text = (template.spec.output?.text ?? []).map(t => render(t.content, context));
  return { rendered, links, text };
}

function expectValidParameters(template: TemplateEntity, values: Json) {
  for (const page of template.spec.parameters) {
    const result = validate(values, page as any);
    expect(result.errors.map(e => e.stack)).toEqual([]);
  }
}

describe.each(['open-task.yaml', 'report-conflict.yaml', 'request-handoff.yaml'] as const)('examples/templates/%s', file => {
  const template = loadTemplate(file);

  it('is a v1beta3 Template owned by the platform team, tagged agent-coordination', () => {
    expect(template.apiVersion).toBe('scaffolder.backstage.io/v1beta3');
    expect(template.kind).toBe('Template');
    expect(template.metadata.tags).toContain('agent-coordination');
    expect(template.metadata.title).toEqual(expect.any(String));
    expect(template.metadata.description).toEqual(expect.any(String));
    expect(template.spec.owner).toBe('group:default/platform-team');
    expect(template.spec.type).toBe('coordination');
  });

  it('calls only actions of this module, with inputs they declare, and uses outputs they produce', () => {
    for (const step of template.spec.steps) {
      const action = byId.get(step.action);
      expect({ step: step.id, registered: !!action }).toEqual({ step: step.id, registered: true });
      const schema = action!.schema!.input as { properties: Json; required?: string[] };
      const given = Object.keys(step.input ?? {});
      expect(given.filter(k => !(k in schema.properties))).toEqual([]);
      expect((schema.required ?? []).filter(k => !given.includes(k))).toEqual([]);
    }
    const actionOf = new Map(template.spec.steps.map(s => [s.id, byId.get(s.action)!]));
    for (const ref of outputReferences(template)) {
      const outputs = (actionOf.get(ref.step)?.schema?.output as { properties?: Json } | undefined)?.properties ?? {};
      expect({ ...ref, declared: ref.output in outputs }).toEqual({ ...ref, declared: true });
    }
  });

  it('offers the framework’s agent keys as choices, every one of them', () => {
    const framework = parse(
      readFileSync(join(__dirname, '../../agent-coordination-common/examples/framework.yaml'), 'utf8'),
    );
    const keys = framework.agents.map((a: { key: string }) => a.key).sort();
    const properties = Object.assign({}, ...template.spec.parameters.map(p => p.properties));
    const fields = {
      'open-task.yaml': () => [properties.assignee.oneOf],
      'report-conflict.yaml': () => [properties.parties.items.oneOf],
      'request-handoff.yaml': () => [properties.from.oneOf, properties.to.oneOf],
    }[file]();
    for (const choices of fields) {
      expect(choices.map((c: { const: string }) => c.const).sort()).toEqual(keys);
      for (const choice of choices) expect(choice.title).toEqual(expect.any(String));
    }
  });
});

describe('open-task-for-agent with sample values', () => {
  const template = loadTemplate('open-task.yaml');

  it('gives the task to the chosen agent, and links to it', () => {
    const values = { title: 'Add the staging VPC', kind: 'network_setup', priority: 'P1', assignee: 'network_engineer' };
    expectValidParameters(template, values);
    const { rendered, links, text } = runStatically(template, values, {
      create: { taskId: 't-1', title: 'Add the staging VPC', state: 'CREATED', assignee: 'network_engineer' },
    });
    expect(rendered.owners).toBeUndefined();
    expect(rendered.create).toEqual({
      title: 'Add the staging VPC',
      kind: 'network_setup',
      priority: 'P1',
      assignee: 'network_engineer',
    });
    expect(links).toEqual([{ title: 'Open the task', url: '/agent-coordination/tasks/t-1' }]);
    expect(text[0]).toContain('**Add the staging VPC** is CREATED, assigned to network_engineer.');
  });

  it('without an assignee but with a path, looks the owner up first and gives the task to the primary owner', () => {
    const values = {
      title: 'Tighten the VPC flow logs',
      kind: 'general',
      priority: 'P2',
      path: 'components/terraform/vpc/main.tf',
      component: 'component:default/vpc',
    };
    expectValidParameters(template, values);
    const { rendered } = runStatically(template, values, { owners: { primary: 'network_engineer' } });
    expect(rendered.owners).toEqual({ path: 'components/terraform/vpc/main.tf' });
    expect(rendered.create).toMatchObject({ assignee: 'network_engineer', component: 'component:default/vpc' });
  });

  it('refuses form values the task API would refuse', () => {
    const results = template.spec.parameters.map(p =>
      validate({ title: '', kind: 'cooking', priority: 'P9', assignee: 'chef' }, p as any),
    );
    const errors = results.flatMap(r => r.errors.map(e => e.property));
    expect(errors).toEqual(
      expect.arrayContaining(['instance.title', 'instance.kind', 'instance.priority', 'instance.assignee']),
    );
  });

  it('its steps pass a dry run of the create action', async () => {
    const values = { title: 'Add the staging VPC', kind: 'network_setup', priority: 'P1', assignee: 'network_engineer' };
    const { rendered } = runStatically(template, values, {});
    const getFramework = jest.fn(async () => ({ lifecycle: { initial: 'CREATED' } }));
    const [, create] = createAgentCoordinationActions({ coordination: { getFramework } as any });
    const { ctx, outputs } = contextFor(rendered.create, { dryRun: true });
    await create.handler(ctx);
    expect(outputs).toMatchObject({ title: 'Add the staging VPC', assignee: 'network_engineer', state: 'CREATED' });
  });
});

describe('report-conflict with sample values', () => {
  const template = loadTemplate('report-conflict.yaml');
  const values = {
    type: 'technical',
    category: 'code_merge',
    title: 'Both change the VPC module',
    parties: ['network_engineer', 'infrastructure_architect'],
    paths: ['components/terraform/vpc/main.tf'],
    blocks: ['5b0c7a52-6f0e-4a51-9d55-0a3c4c1e2f01'],
  };

  it('opens the conflict with what the form gave, and links to it with who decides by when', () => {
    expectValidParameters(template, values);
    const { rendered, links, text } = runStatically(template, values, {
      open: { conflictId: 'c-1', level: 'L1', authority: 'Agents', deadlineAt: '2026-03-02T13:00:00.000Z' },
    });
    expect(rendered.open).toEqual(values);
    expect(links).toEqual([{ title: 'Open the conflict', url: '/agent-coordination/conflicts/c-1' }]);
    expect(text[0]).toContain('**L1**: Agents decides by 2026-03-02T13:00:00.000Z');
  });

  it('needs two parties, of the framework’s agents, each once', () => {
    const errorsFor = (parties: string[]) =>
      template.spec.parameters.flatMap(p => validate({ ...values, parties }, p as any).errors.map(e => e.name));
    expect(errorsFor(['network_engineer'])).toContain('minItems');
    expect(errorsFor(['network_engineer', 'network_engineer'])).toContain('uniqueItems');
    expect(errorsFor(['network_engineer', 'bob'])).toContain('oneOf');
    expect(errorsFor(['network_engineer', 'cicd_engineer'])).toEqual([]);
  });
});

describe('request-handoff with sample values', () => {
  const template = loadTemplate('request-handoff.yaml');
  const framework = parseFramework(
    readFileSync(join(__dirname, '../../agent-coordination-common/examples/framework.yaml'), 'utf8'),
    'framework.yaml',
  );
  const values = {
    title: 'VPC module',
    to: 'api_developer',
    component: 'component:default/vpc',
    blocks: ['5b0c7a52-6f0e-4a51-9d55-0a3c4c1e2f01'],
    completedWork: ['Module written', 'Plan reviewed'],
    artifacts: [{ path: 'components/terraform/vpc/main.tf', type: 'code', status: 'final' }],
    knownIssues: [],
    dependencies: ['network_engineer: peering routes'],
    successCriteria: ['terraform plan shows no drift'],
    notes: 'Apply in us-east-1 first.',
    attest: ['Context files updated'],
    transfer: true,
  };

  it('opens and transfers the handoff with what the form gave, and links to it with whose turn it is', () => {
    expectValidParameters(template, values);
    const { rendered, links, text } = runStatically(template, values, {
      open: {
        handoffId: 'h-1',
        title: 'VPC module',
        status: 'awaiting_acknowledgment',
        from: 'network_engineer',
        to: 'api_developer',
        acknowledgmentDueAt: '2026-03-02T13:00:00.000Z',
        missing: [],
      },
    });
    expect(rendered.open).toEqual(values);
    expect(links).toEqual([{ title: 'Open the handoff', url: '/agent-coordination/handoffs/h-1' }]);
    expect(text[0]).toContain(
      '**VPC module** is awaiting_acknowledgment, from network_engineer to api_developer; due to be acknowledged by 2026-03-02T13:00:00.000Z. Mandatory checks failing: none.',
    );
  });

  it('left as a draft, says so and names the checks still failing', () => {
    const draft = { title: 'Half done', to: 'api_developer', completedWork: ['Half'], transfer: false };
    expectValidParameters(template, draft);
    const { rendered, text } = runStatically(template, draft, {
      open: {
        handoffId: 'h-2',
        title: 'Half done',
        status: 'draft',
        from: 'network_engineer',
        to: 'api_developer',
        missing: ['Context files updated', 'Success criteria defined'],
      },
    });
    expect(rendered.open).toEqual({ title: 'Half done', to: 'api_developer', completedWork: ['Half'] });
    expect(text[0]).toContain('due to be acknowledged by nobody yet: not transferred');
    expect(text[0]).toContain('Mandatory checks failing: Context files updated, Success criteria defined.');
  });

  it('defaults to an explicit "none" for known issues and dependencies, and to transferring', () => {
    const properties = Object.assign({}, ...template.spec.parameters.map(p => p.properties));
    expect(properties.knownIssues.default).toEqual([]);
    expect(properties.dependencies.default).toEqual([]);
    expect(properties.transfer.default).toBe(true);
  });

  it('refuses form values the handoff API would refuse', () => {
    const errors = template.spec.parameters.flatMap(p =>
      validate(
        {
          ...values,
          to: 'wizard',
          title: '',
          artifacts: [{ path: 'main.tf', type: 'binary', status: 'final' }],
          attest: ['Vibes'],
        },
        p as any,
      ).errors.map(e => e.property),
    );
    expect(errors).toEqual(
      expect.arrayContaining(['instance.to', 'instance.title', 'instance.artifacts[0].type', 'instance.attest[0]']),
    );
  });

  it('its step passes a dry run of the open action, which predicts the transfer from the framework', async () => {
    const { rendered } = runStatically(template, values, {});
    const getFramework = jest.fn(async () => framework);
    const open = createAgentCoordinationActions({ coordination: { getFramework } as any }).find(
      a => a.id === 'agent-coordination:handoff:open',
    )!;
    const { ctx, outputs } = contextFor(rendered.open, { dryRun: true });
    await open.handler(ctx);
    expect(outputs).toMatchObject({ status: 'awaiting_acknowledgment', transferred: true, missing: [] });
  });
});
