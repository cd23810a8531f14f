import { z } from 'zod';

/*
 * The shape of a framework file. Field-level checks live here; checks that
 * need the whole document (references between sections, cycles) live in
 * crossChecks.ts so their messages can name both ends.
 */

const DURATION = /^(?:\d+(?:s|m|h|d|w)|immediate|0)$/;

/** A duration such as 15m, 4h, 1d, 2w or `immediate`. */
export const durationSchema = z
  .string()
  .regex(DURATION, 'must be a duration such as 15m, 4h, 1d, 2w or immediate');

const key = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]*$/,
    'must be snake_case: lower-case letters, digits and underscores',
  );
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const level = z.enum(['L1', 'L2', 'L3']);

/**
 * The capacities a caller acts in on a task: the holder of the highest
 * authority level, the assignee, the caller that created it, any agent but
 * the assignee, any agent at all, or the plugin itself (auto-block).
 */
export const actorRoleSchema = z.enum([
  'context_manager',
  'assignee',
  'creator',
  'reviewer',
  'any_agent',
  'system',
]);

/** The capacities a caller acts in on a conflict. */
export const conflictRoleSchema = z.enum([
  'party',
  'authority',
  'context_manager',
  'any_agent',
]);

/** What the task service needs to know about a lifecycle state to block, unblock and count it. */
export const stateRoleSchema = z.enum([
  'initial',
  'assigned',
  'running',
  'blocked',
  'done',
  'failed',
]);

/** Task fields a caller may change with PATCH; `assignee` is governed by `reassign`. */
export const taskFieldSchema = z.enum([
  'title',
  'description',
  'kind',
  'component',
  'priority',
  'estimate',
  'dueDate',
  'labels',
]);

const steps = z.array(nonEmpty).min(1, 'must list at least one step');

export const agentSchema = z
  .object({
    key,
    id: z.string().regex(/^agent-\d{3,}$/, "must look like 'agent-001'"),
    tier: z.number().int().positive(),
    role: nonEmpty,
    responsibilities: z.array(nonEmpty).default([]),
    authority: z.string().optional(),
    ownership: z
      .object({
        paths: z.array(nonEmpty).default([]),
        areas: z.array(nonEmpty).default([]),
      })
      .strict()
      .default({ paths: [], areas: [] }),
    dependencies: z
      .array(
        z.union([
          z.string(),
          z
            .object({ agent: z.string(), blocking: z.boolean().default(true) })
            .strict(),
        ]),
      )
      .default([]),
    communication: z
      .union([
        z.enum(['ALL_AGENTS', 'DEPENDENCIES']),
        z.array(z.string()).min(1),
      ])
      .default('DEPENDENCIES'),
  })
  .strict();

export const frameworkFileSchema = z
  .object({
    apiVersion: z.literal('agent-coordination.io/v1alpha1'),
    kind: z.literal('CoordinationFramework'),
    metadata: z
      .object({
        name: nonEmpty,
        title: nonEmpty.optional(),
        version: nonEmpty,
        effectiveDate: nonEmpty.optional(),
        reviewCycle: nonEmpty.optional(),
        owner: z.string().optional(),
        purpose: z.string().optional(),
      })
      .strict(),
    principles: z
      .array(z.object({ name: nonEmpty, description: nonEmpty }).strict())
      .default([]),
    authorityLevels: z
      .array(z.object({ id: nonEmpty, description: nonEmpty }).strict())
      .min(1),
    defaultAuthority: nonEmpty,
    tiers: z
      .array(
        z
          .object({
            level: z.number().int().positive(),
            id: key,
            name: nonEmpty,
          })
          .strict(),
      )
      .min(1),
    agentGroups: z
      .array(
        z
          .object({
            id: key,
            aliases: z.array(nonEmpty).default([]),
            description: nonEmpty,
            allAgents: z.boolean().optional(),
            tiers: z.array(z.number().int().positive()).optional(),
            agents: z.array(z.string()).optional(),
          })
          .strict(),
      )
      .default([]),
    agents: z.array(agentSchema).min(1, 'must define at least one agent'),
    contextStore: z
      .object({
        directory: nonEmpty,
        global: z.array(
          z.object({ file: nonEmpty, description: nonEmpty }).strict(),
        ),
        perAgent: z
          .object({
            path: nonEmpty,
            files: z.array(
              z.object({ file: nonEmpty, description: nonEmpty }).strict(),
            ),
          })
          .strict(),
        perComponent: z
          .object({
            path: nonEmpty,
            files: z.array(
              z.object({ file: nonEmpty, description: nonEmpty }).strict(),
            ),
          })
          .strict(),
      })
      .strict(),
    messageSchema: z
      .object({
        /** Most urgent first: the first one (P0 in the seed) reaches the recipient's users as a notification. */
        priorities: z
          .array(nonEmpty.max(16, 'must be at most 16 characters'))
          .min(1),
        /** REQUEST and RESPONSE have a meaning the plugin relies on (a RESPONSE answers a REQUEST); ALERT notifies. */
        types: z
          .array(nonEmpty.max(32, 'must be at most 32 characters'))
          .min(1)
          .refine(
            types => types.includes('REQUEST') && types.includes('RESPONSE'),
            {
              message:
                'must include REQUEST and RESPONSE (a RESPONSE answers a REQUEST through its correlation id)',
            },
          ),
        broadcastRecipient: nonEmpty.max(64, 'must be at most 64 characters'),
        artifactTypes: z
          .array(nonEmpty.max(64, 'must be at most 64 characters'))
          .min(1),
        dependencyStatuses: z
          .array(nonEmpty.max(64, 'must be at most 64 characters'))
          .min(1),
        /**
         * How long a REQUEST may wait for its RESPONSE before it is flagged
         * overdue and its sender notified. The seed's §9.2
         * (async_communication.response_sla: 4 hours) gives the default.
         */
        responseSla: durationSchema.default('4h'),
      })
      .strict(),
    handoff: z
      .object({
        stages: z
          .array(z.object({ id: key, steps }).strict())
          .min(1, 'must define at least one stage'),
        mandatoryChecks: z.array(nonEmpty),
        automatedChecks: z.array(nonEmpty),
        /**
         * How each mandatory check is decided: from the handoff's content
         * (`artifacts`, `dependencies`, `knownIssues`, `successCriteria`) or
         * by the sender's attestation (`attested`, the default for a check
         * not listed).
         */
        checkDerivations: z
          .record(
            z.enum([
              'attested',
              'artifacts',
              'dependencies',
              'knownIssues',
              'successCriteria',
            ]),
          )
          .default({}),
        /** How long a transferred handoff may wait for its acknowledgment before it escalates. */
        acknowledgmentSla: durationSchema.default('4h'),
        /** The conflict a handoff past its acknowledgment SLA opens: its type and matrix row. */
        escalation: z
          .object({ conflictType: key, category: key.optional() })
          .strict()
          .default({ conflictType: 'priority', category: 'priority' }),
      })
      .strict(),
    conflictTypes: z
      .array(
        z
          .object({
            id: key,
            name: nonEmpty,
            detection: nonEmpty,
            levels: z
              .array(z.object({ level, resolver: nonEmpty }).strict())
              .length(3, 'must give exactly the three levels L1, L2 and L3'),
            escalationTime: durationSchema,
          })
          .strict(),
      )
      .min(1),
    authorities: z
      .array(
        z
          .object({
            id: key,
            names: z.array(nonEmpty).min(1),
            description: z.string().optional(),
            agents: z.array(z.string()).default([]),
            groups: z
              .array(
                z
                  .string()
                  .regex(
                    /^group:[^/\s]+\/[^/\s]+$/,
                    'must be a full group entity ref such as group:default/finance',
                  ),
              )
              .default([]),
            consensus: z
              .object({
                quorum: z.union([z.number().int().min(2), z.literal('all')]),
              })
              .strict()
              .optional(),
            primaryOwner: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1),
    conflictPolicy: z
      .object({
        immediateResponse: durationSchema,
        breachReminder: durationSchema,
        ownershipConflictType: key,
      })
      .strict(),
    conflictActions: z
      .object({
        open: z.array(conflictRoleSchema).min(1),
        vote: z.array(conflictRoleSchema).min(1),
        resolve: z.array(conflictRoleSchema).min(1),
        escalate: z.array(conflictRoleSchema).min(1),
      })
      .strict(),
    escalationMatrix: z.array(
      z
        .object({
          id: key,
          name: nonEmpty,
          conflictType: z.string(),
          authorities: z
            .object({ L1: nonEmpty, L2: nonEmpty, L3: nonEmpty })
            .strict(),
          sla: durationSchema,
        })
        .strict(),
    ),
    dependencyDiagram: z
      .array(z.object({ from: z.string(), to: z.string() }).strict())
      .default([]),
    workKinds: z
      .array(
        z
          .object({
            id: key,
            description: nonEmpty,
            performedBy: z.array(z.string()).default([]),
          })
          .strict(),
      )
      .min(1),
    dependencyRules: z
      .object({
        blocking: z.array(
          z
            .object({
              kind: z.string(),
              blocks: z.array(z.string()).min(1),
              timeout: durationSchema,
            })
            .strict(),
        ),
        nonBlocking: z.array(
          z
            .object({
              kind: z.string(),
              warns: z.array(z.string()).min(1),
              timeout: durationSchema,
            })
            .strict(),
        ),
        defaultTimeout: durationSchema,
      })
      .strict(),
    lifecycle: z
      .object({
        initial: nonEmpty,
        terminal: z.array(nonEmpty),
        states: z
          .array(
            z
              .object({
                name: z
                  .string()
                  .regex(/^[A-Z][A-Z_]*$/, 'must be UPPER_SNAKE_CASE'),
                description: nonEmpty,
                role: stateRoleSchema.optional(),
              })
              .strict(),
          )
          .min(2),
        transitions: z
          .array(
            z
              .object({
                from: nonEmpty,
                to: nonEmpty,
                trigger: nonEmpty,
                actors: z.array(actorRoleSchema).min(1),
              })
              .strict(),
          )
          .min(1),
      })
      .strict(),
    taskActions: z
      .object({
        create: z.array(actorRoleSchema).min(1),
        edit: z.array(actorRoleSchema).min(1),
        reassign: z.array(actorRoleSchema).min(1),
        addDependency: z.array(actorRoleSchema).min(1),
        removeDependency: z.array(actorRoleSchema).min(1),
        editableWhenTerminal: z.array(taskFieldSchema).default([]),
      })
      .strict(),
    metrics: z.array(
      z.object({ category: key, measures: z.array(nonEmpty) }).strict(),
    ),
    qualityGates: z.array(
      z.object({ id: key, criteria: z.array(nonEmpty).min(1) }).strict(),
    ),
    incidentLevels: z
      .array(
        z
          .object({
            id: nonEmpty,
            name: nonEmpty,
            description: nonEmpty,
            responseTime: durationSchema,
            triggeredBy: nonEmpty,
            coordination: nonEmpty,
          })
          .strict(),
      )
      .min(1),
    rollback: z.array(z.object({ id: key, steps }).strict()),
    optimization: z
      .object({
        strategies: z.array(
          z.object({ id: key, items: z.array(nonEmpty) }).strict(),
        ),
        communication: z
          .object({
            batchUpdates: z
              .object({ frequency: durationSchema, format: nonEmpty })
              .strict(),
            asyncCommunication: z
              .object({
                tools: z.array(nonEmpty),
                responseSla: durationSchema,
              })
              .strict(),
            syncPoints: z.array(
              z.object({ name: key, schedule: nonEmpty }).strict(),
            ),
          })
          .strict(),
      })
      .strict(),
    successCriteria: z
      .object({
        delivery: z.array(nonEmpty),
        quality: z.array(nonEmpty),
        timeline: z.array(
          z.object({ phase: nonEmpty, weeks: nonEmpty }).strict(),
        ),
      })
      .strict(),
    kpis: z.array(
      z
        .object({
          id: key,
          category: key,
          name: nonEmpty,
          comparator: z.enum(['>', '>=', '<', '<=', '==']),
          target: z.number(),
          unit: nonEmpty,
        })
        .strict(),
    ),
    startupChecklist: z.array(
      z.object({ id: key, items: z.array(nonEmpty).min(1) }).strict(),
    ),
    handoffTemplate: nonEmpty,
  })
  .strict();

/** A framework file as written, after field-level validation. @public */
export type FrameworkFile = z.infer<typeof frameworkFileSchema>;
/** One agent as written in a framework file. @public */
export type FrameworkFileAgent = z.infer<typeof agentSchema>;
