import type {
  CoordinationFramework,
  LifecycleRoles,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { Knex } from 'knex';
import type { Actor } from '../../platform/actors';
import type { TaskHolds } from '../holds';
import type { TaskPermissions } from '../permissions/taskPermissions';
import type { TaskChanges } from '../TaskChanges';

/*
 * The zod the registry hands a schema function. It is not necessarily this
 * package's zod (Backstage brings zod 4's v3 API), and a schema built with
 * another copy's types neither type-checks nor infers.
 */
type Z = Parameters<Parameters<ActionsRegistryService['register']>[0]['schema']['input']>[0];

/*
 * The schemas below are exported, so their types must be named in
 * declarations, and the inferred ones could only be named through that
 * other copy's path. Named through Z instead; the outputs lose their exact
 * shape in the type (as the conflict actions' `any` does), which the
 * registry makes up for at run time: it parses every output with them.
 */
type StringSchema = ReturnType<Z['string']>;
type NumberSchema = ReturnType<Z['number']>;
type ObjectSchema = ReturnType<Z['object']>;

/** What the task actions get: the same changes and permissions as the routes, the caller from the action's credentials. */
export interface TaskActionContext {
  db: Knex;
  framework: CoordinationFramework;
  lifecycle: LifecycleRoles;
  holds: TaskHolds;
  permissions: TaskPermissions;
  changes: TaskChanges;
  actorFor: (credentials: BackstageCredentials) => Actor;
}

/*
 * The OpenAPI validator checks the routes' shapes, lengths and formats
 * before the commands run, and the commands rely on it; an action's input
 * has only its zod schema in front of it, so these repeat the document's
 * limits (components.schemas in src/schema/openapi.yaml).
 */

export const taskIdInput = (z: Z): StringSchema => z.string().min(1).max(64);

export const versionInput = (z: Z): NumberSchema =>
  z
    .number()
    .int()
    .min(1)
    .describe('The version of the task you read (get-task, list-tasks); a task changed since is refused as stale');

export const labelInput = (z: Z): StringSchema =>
  z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,62}$/, 'a label is 1-63 letters, digits or ._:/- and starts with a letter or digit');

export const PRIORITIES = ['P0', 'P1', 'P2', 'P3'] as const;

/** A task as the REST API serves it (GET /tasks/{id}). */
export const taskOutput = (z: Z): ObjectSchema =>
  z.object({
    id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    kind: z.string().describe('Framework work kind id'),
    component: z.string().nullable().describe('Catalog entity ref'),
    assignee: z.string().nullable().describe('Framework agent key'),
    priority: z.string(),
    estimate: z.number().nullable().describe('Hours'),
    dueDate: z.string().nullable(),
    labels: z.array(z.string()),
    state: z.string().describe('Lifecycle state'),
    version: z.number().describe('Send it back to transition the task or change its dependencies'),
    dependencies: z.array(
      z.object({
        taskId: z.string(),
        blocking: z.boolean(),
        source: z.string().describe("'rule' (the framework decided blocking) or 'explicit' (the caller did)"),
        timeout: z.string(),
        deadlineAt: z.string(),
        createdAt: z.string(),
      }),
    ),
    blockedBy: z.array(z.string()).describe('Blocking dependencies not done yet: they hold the task blocked'),
    heldBy: z
      .array(z.object({ type: z.string(), id: z.string() }))
      .describe('What else holds the task blocked until settled, e.g. an open conflict'),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    stateEnteredAt: z.string(),
  });

/** The answer to a change: the task after it, and the unfinished non-blocking dependencies to mind. */
export const taskChangeOutput = (z: Z): ObjectSchema =>
  z.object({
    task: taskOutput(z),
    warnings: z.array(z.object({ taskId: z.string(), message: z.string() })),
  });

/**
 * The framework's lifecycle in words, for the descriptions an AI agent
 * reads before calling: written from the loaded framework, so a framework
 * that renames or adds states is described as it is.
 */
export function describeLifecycle(framework: CoordinationFramework, lifecycle: LifecycleRoles): string {
  const { definition } = lifecycle;
  const states = definition.states.map(s => `${s.name} (${s.description})`).join(', ');
  const moves = definition.transitions
    .map(t => `${t.from === '*' ? 'any state' : t.from} -> ${t.to} by ${t.actors.join('/')}`)
    .join('; ');
  const top = framework.authorityLevels[0]?.id;
  return (
    `Task lifecycle: ${states}; a task starts in ${definition.initial} and ${definition.terminal.join(' and ')} are final. ` +
    `Moves, and the roles that may make them: ${moves}. ` +
    `Roles: context_manager is an agent of the ${top ?? 'highest'} authority level, assignee the agent the task is assigned to, ` +
    `reviewer any other agent, creator whoever created the task, system the plugin itself.`
  );
}

/** How blocking dependencies hold a task, in the framework's state names and rules. */
export function describeBlocking(framework: CoordinationFramework, lifecycle: LifecycleRoles): string {
  const rules = framework.dependencyRules.blocking.map(r => `${r.kind} blocks ${r.blocks.join(', ')} (${r.timeout})`);
  return (
    `A blocking dependency not yet ${lifecycle.done} holds a task in ${lifecycle.blocked}: entering ${lifecycle.running} with one ends in ${lifecycle.blocked}, ` +
    `and the system moves it back to ${lifecycle.running} when its last blocking dependency reaches ${lifecycle.done}. ` +
    `Whether a dependency blocks follows the kinds of work (framework §5.2): ${rules.join('; ') || 'no kind blocks another'}; ` +
    `any other dependency only warns.`
  );
}
