import type {
  Conflict,
  Handoff,
  Message,
  Task,
} from '@agent-coordination/plugin-agent-coordination-common';

const AT = '2026-03-02T09:00:00.000Z';

/** A task as GET /tasks/{id} serves it. */
export function aTask(overrides: Partial<Task> = {}): Task {
  return {
    id: '5b0c7a52-6f0e-4a51-9d55-0a3c4c1e2f01',
    title: 'Add the staging VPC',
    description: null,
    kind: 'network_setup',
    component: 'component:default/vpc',
    assignee: 'network_engineer',
    priority: 'P2',
    estimate: null,
    dueDate: null,
    labels: [],
    state: 'CREATED',
    version: 1,
    dependencies: [],
    createdBy: 'user:default/alice',
    createdAt: AT,
    updatedAt: AT,
    stateEnteredAt: AT,
    blockedBy: [],
    heldBy: [],
    ...overrides,
  };
}

/** A conflict as GET /conflicts/{id} serves it: a technical code-merge conflict at L1. */
export function aConflict(overrides: Partial<Conflict> = {}): Conflict {
  return {
    id: '9d1f6c1e-2b7a-4c3e-8f4a-6a5b4c3d2e10',
    type: 'technical',
    category: 'code_merge',
    title: 'Both change the VPC module',
    description: null,
    status: 'open',
    level: 'L1',
    parties: ['network_engineer', 'infrastructure_architect'],
    subject: {
      tasks: [],
      components: [],
      paths: ['components/terraform/vpc/main.tf'],
    },
    blocks: [],
    primaryOwners: ['network_engineer'],
    votes: [],
    resolution: null,
    openedAt: AT,
    levelEnteredAt: AT,
    deadlineAt: '2026-03-02T13:00:00.000Z',
    breachedAt: null,
    changeSet: null,
    version: 1,
    createdBy: 'user:default/alice',
    createdAt: AT,
    updatedAt: AT,
    authority: {
      id: 'parties_consensus',
      name: 'Agents',
      kind: 'consensus',
      agents: [],
      groups: [],
      quorum: 2,
    },
    typeName: 'Technical conflicts',
    categoryName: 'Code Merge',
    resolveBy: '2026-03-02T21:00:00.000Z',
    ...overrides,
  };
}

/** A message as GET /messages/{id} serves it: a REQUEST from network_engineer to api_developer. */
export function aMessage(overrides: Partial<Message> = {}): Message {
  const id = overrides.id ?? '3c2b1a00-7d6e-4f5a-9b8c-0d1e2f3a4b5c';
  return {
    id,
    from: 'network_engineer',
    to: 'api_developer',
    priority: 'P1',
    type: 'REQUEST',
    subject: 'Expose the VPC id as an output',
    content: '',
    artifacts: [],
    dependencies: [],
    correlationId: id,
    threadId: id,
    tags: [],
    sentAt: AT,
    responseDueAt: '2026-03-02T13:00:00.000Z',
    answeredAt: null,
    answeredBy: null,
    overdueAt: null,
    version: 1,
    createdBy: 'user:default/alice',
    readAt: null,
    overdue: false,
    ...overrides,
  };
}

/**
 * A handoff as GET /handoffs/{id} serves it: from network_engineer to
 * api_developer, at initiation, with everything the seed's checklist reads.
 */
export function aHandoff(overrides: Partial<Handoff> = {}): Handoff {
  return {
    id: '7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a090',
    title: 'VPC module',
    from: 'network_engineer',
    to: 'api_developer',
    task: null,
    component: 'component:default/vpc',
    blocks: [],
    stage: 'initiation',
    status: 'draft',
    content: {
      completedWork: ['Module written'],
      artifacts: [
        {
          path: 'components/terraform/vpc/main.tf',
          type: 'code',
          status: 'final',
        },
      ],
      knownIssues: [],
      dependencies: ['network_engineer: peering routes'],
      successCriteria: ['terraform plan shows no drift'],
      notes: null,
    },
    attested: ['Context files updated'],
    automatedChecks: [],
    clarifications: [],
    transferredAt: null,
    acknowledgmentDueAt: null,
    acknowledgedAt: null,
    completedAt: null,
    escalatedAt: null,
    escalationConflict: null,
    version: 1,
    createdBy: 'user:default/alice',
    createdAt: AT,
    updatedAt: AT,
    checklist: [
      { check: 'Context files updated', passed: true, by: 'attested' },
      { check: 'Artifacts accessible', passed: true, by: 'artifacts' },
      { check: 'Dependencies documented', passed: true, by: 'dependencies' },
      { check: 'Known issues listed', passed: true, by: 'knownIssues' },
      {
        check: 'Success criteria defined',
        passed: true,
        by: 'successCriteria',
      },
    ],
    missing: [],
    overdue: false,
    ...overrides,
  };
}

/** The same handoff transferred to its receiver, awaiting its acknowledgment. */
export function aTransferredHandoff(overrides: Partial<Handoff> = {}): Handoff {
  return aHandoff({
    stage: 'transfer',
    status: 'awaiting_acknowledgment',
    transferredAt: AT,
    acknowledgmentDueAt: '2026-03-02T13:00:00.000Z',
    version: 2,
    ...overrides,
  });
}
