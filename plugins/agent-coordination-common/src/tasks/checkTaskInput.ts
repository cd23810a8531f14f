import { makeValidator, parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { CreateTaskRequest, ListTasksQuery, UpdateTaskRequest } from '../api';
import type { CoordinationFramework } from '../framework/types';
import { allow, refuse, type Decision } from '../refusal';

/*
 * What the OpenAPI document cannot check because it is the framework's data,
 * not the API's: work kinds, agent keys and lifecycle states. The document
 * has already checked shapes, lengths, patterns and formats.
 */

const validator = makeValidator();

/** A catalog entity ref, lower-cased and completed as the catalog compares refs, or why it is not one. */
export function normalizeEntityRef(value: string): { ref: string } | { problem: string } {
  let parts;
  try {
    parts = parseEntityRef(value.toLocaleLowerCase('en-US'), {
      defaultKind: 'component',
      defaultNamespace: 'default',
    });
  } catch (error) {
    return { problem: (error as Error).message };
  }
  // parseEntityRef only splits; it accepts names the catalog would reject.
  if (!validator.isValidKind(parts.kind)) return { problem: `invalid kind '${parts.kind}'` };
  if (!validator.isValidNamespace(parts.namespace)) return { problem: `invalid namespace '${parts.namespace}'` };
  if (!validator.isValidEntityName(parts.name)) return { problem: `invalid name '${parts.name}'` };
  return { ref: stringifyEntityRef(parts) };
}

type Framework = Pick<CoordinationFramework, 'agents' | 'workKinds' | 'lifecycle'>;

function oneOf(field: string, value: string, allowed: string[], what: string): string | undefined {
  if (allowed.includes(value)) return undefined;
  return `${field}: unknown ${what} '${value}'; the framework's ${what}s are ${allowed.join(', ')}`;
}

function checkFields(
  framework: Framework,
  input: { title?: string; kind?: string; assignee?: string | null; component?: string | null },
): { problems: string[]; component?: string | null; title?: string } {
  const problems: string[] = [];
  // Titles are shown on cards and in lists: surrounding space is never meant.
  const title = input.title?.trim();
  if (title === '') problems.push('title: must not be empty');
  if (input.kind !== undefined) {
    const p = oneOf('kind', input.kind, framework.workKinds.map(k => k.id), 'work kind');
    if (p) problems.push(p);
  }
  if (input.assignee !== undefined && input.assignee !== null) {
    const p = oneOf('assignee', input.assignee, framework.agents.map(a => a.key), 'agent');
    if (p) problems.push(p);
  }
  let component = input.component;
  if (typeof input.component === 'string') {
    const n = normalizeEntityRef(input.component);
    if ('ref' in n) component = n.ref;
    else problems.push(`component: must be a catalog entity ref such as component:default/vpc (${n.problem})`);
  }
  return { problems, component, title };
}

function normalized<T extends { component?: string | null; title?: string }>(
  body: T,
  fields: { component?: string | null; title?: string },
): T {
  const out = { ...body };
  if (fields.component !== undefined) out.component = fields.component;
  if (fields.title !== undefined) out.title = fields.title;
  return out;
}

function result<T>(where: string, problems: string[], value: T): Decision<T> {
  if (problems.length > 0) {
    return refuse('invalid_input', 'invalid_input', `Invalid request ${where}: ${problems.join('; ')}`);
  }
  return allow(value);
}

/** A create body checked against the framework, its component ref normalized. @public */
export function checkCreateTask(framework: Framework, body: CreateTaskRequest): Decision<CreateTaskRequest> {
  const fields = checkFields(framework, body);
  return result('body', fields.problems, normalized(body, fields));
}

/** A PATCH body checked against the framework, its component ref normalized. @public */
export function checkUpdateTask(framework: Framework, body: UpdateTaskRequest): Decision<UpdateTaskRequest> {
  const fields = checkFields(framework, body);
  return result('body', fields.problems, normalized(body, fields));
}

/** A list query checked against the framework, its component ref normalized. @public */
export function checkListTasksQuery(framework: Framework, query: ListTasksQuery): Decision<ListTasksQuery> {
  const problems: string[] = [];
  if (query.state !== undefined) {
    const p = oneOf('state', query.state, framework.lifecycle.states.map(s => s.name), 'state');
    if (p) problems.push(p);
  }
  const fields = checkFields(framework, { kind: query.kind, assignee: query.assignee, component: query.component });
  problems.push(...fields.problems);
  return result('query', problems, fields.component === undefined ? query : { ...query, component: fields.component ?? undefined });
}
