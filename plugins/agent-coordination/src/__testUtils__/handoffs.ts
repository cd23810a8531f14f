import {
  describeHandoff,
  type Handoff,
  type HandoffActions,
  type HandoffSnapshot,
} from '@agent-coordination/plugin-agent-coordination-common';
import { loadSeedFramework } from './framework';

/*
 * Handoffs as the backend serves them, described by the same pure function
 * the backend uses over the seed framework, so the checklist and its
 * missing items are what the portal shows.
 */

const framework = loadSeedFramework();

/** A draft from the network engineer to the API developer, everything the checklist reads filled in unless overridden. */
export function exampleHandoff(
  overrides: Partial<HandoffSnapshot> = {},
  now = new Date('2030-03-01T10:00:00.000Z'),
): Handoff {
  const snapshot: HandoffSnapshot = {
    id: 'h-1',
    title: 'VPC module',
    from: 'network_engineer',
    to: 'api_developer',
    task: null,
    component: null,
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
      dependencies: ['peering routes'],
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
    createdBy: 'user:default/net',
    createdAt: '2030-03-01T09:00:00.000Z',
    updatedAt: '2030-03-01T09:00:00.000Z',
    ...overrides,
  };
  return describeHandoff(framework, snapshot, now);
}

/** What the backend allows, nothing unless given. */
export function exampleHandoffActions(
  allowed: Partial<HandoffActions> = {},
): HandoffActions {
  return {
    agent: null,
    roles: [],
    edit: false,
    validate: false,
    transfer: false,
    acknowledge: false,
    requestClarification: false,
    answerClarification: false,
    complete: false,
    ...allowed,
  };
}
