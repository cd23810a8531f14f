import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import { makeValidator, parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';

function oneOf(values: string[]) {
  return z.enum(values as [string, ...string[]]);
}

const validator = makeValidator();

/** The ref, lower-cased as the catalog compares refs, or why it is not one. */
function normaliseEntityRef(value: string): { ref: string } | { problem: string } {
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
  if (!validator.isValidNamespace(parts.namespace)) {
    return { problem: `invalid namespace '${parts.namespace}'` };
  }
  if (!validator.isValidEntityName(parts.name)) return { problem: `invalid name '${parts.name}'` };
  return { ref: stringifyEntityRef(parts) };
}

/** A catalog entity ref, normalised so the same component always filters the same. */
export const componentRef = z
  .string()
  .max(255)
  .transform((value, ctx) => {
    const result = normaliseEntityRef(value);
    if ('ref' in result) return result.ref;
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `must be a catalog entity ref such as component:default/vpc (${result.problem})`,
    });
    return z.NEVER;
  });

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(
    v => new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'must be a real calendar date',
  );

const label = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,62}$/,
    'must be 1-63 letters, digits or . _ : / -, starting with a letter or digit',
  );

export const priority = z.enum(['P0', 'P1', 'P2', 'P3']);
export const taskId = z.string().min(1).max(64);
export const version = z.number().int().positive();

/** Request schemas built from the framework: kinds, agents and states are its data, not constants. */
export function taskSchemas(framework: CoordinationFramework) {
  const kind = oneOf(framework.workKinds.map(k => k.id));
  const agentKey = oneOf(framework.agents.map(a => a.key));
  const state = oneOf(framework.lifecycle.states.map(s => s.name));
  const fields = {
    title: z.string().trim().min(1, 'must not be empty').max(200),
    description: z.string().max(10_000).nullable(),
    kind,
    component: componentRef.nullable(),
    assignee: agentKey.nullable(),
    priority,
    estimate: z.number().finite().min(0).max(100_000).nullable(),
    dueDate: calendarDate.nullable(),
    labels: z.array(label).max(20),
  };
  return {
    agentKey,
    state,
    createTask: z
      .object({
        ...fields,
        description: fields.description.optional(),
        component: fields.component.optional(),
        assignee: fields.assignee.optional(),
        priority: priority.optional(),
        estimate: fields.estimate.optional(),
        dueDate: fields.dueDate.optional(),
        labels: fields.labels.optional(),
        dependencies: z
          .array(z.object({ taskId, blocking: z.boolean().optional() }).strict())
          .max(50)
          .optional(),
      })
      .strict(),
    updateTask: z
      .object({
        version,
        title: fields.title.optional(),
        description: fields.description.optional(),
        kind: kind.optional(),
        component: fields.component.optional(),
        assignee: fields.assignee.optional(),
        priority: priority.optional(),
        estimate: fields.estimate.optional(),
        dueDate: fields.dueDate.optional(),
        labels: fields.labels.optional(),
      })
      .strict(),
    transition: z
      .object({ to: state, version, reason: z.string().max(2000).optional() })
      .strict(),
    addDependency: z
      .object({ taskId, blocking: z.boolean().optional(), version })
      .strict(),
  };
}

export type TaskSchemas = ReturnType<typeof taskSchemas>;
