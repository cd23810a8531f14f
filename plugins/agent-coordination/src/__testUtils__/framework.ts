// Tests run in Node: reading the seed file from disk keeps them on the exact
// text the backend parses, line numbers and all.
// eslint-disable-next-line no-restricted-imports
import fs from 'fs';
// eslint-disable-next-line no-restricted-imports
import path from 'path';
import {
  CoordinationFramework,
  parseFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { AgentCoordinationApi } from '../api';
import { VPC_OWNERSHIP, exampleAgentGraph, exampleAgentList } from './agents';

// The seed framework the backend serves by default, so component tests see
// the same 14 agents in 5 tiers the real portal shows.
export function loadSeedFramework(): CoordinationFramework {
  const file = path.join(
    path.dirname(
      require.resolve(
        '@agent-coordination/plugin-agent-coordination-common/package.json',
      ),
    ),
    'examples',
    'framework.yaml',
  );
  return parseFramework(fs.readFileSync(file, 'utf8'), 'framework.yaml');
}

/**
 * The seed framework with one more authority level, LIMITED, below
 * STANDARD: what another organisation's framework may define, and which no
 * code may assume away.
 */
export function frameworkWithLimitedAuthority(): CoordinationFramework {
  const framework = loadSeedFramework();
  return {
    ...framework,
    authorityLevels: [
      ...framework.authorityLevels,
      { id: 'LIMITED', description: 'Reads, and proposes changes.' },
    ],
  };
}

export function mockAgentCoordinationApi(
  overrides: Partial<AgentCoordinationApi> = {},
): AgentCoordinationApi {
  const framework = loadSeedFramework();
  return {
    getFramework: jest.fn(async () => framework),
    getHealth: jest.fn(async () => ({
      status: 'ok' as const,
      framework: {
        name: framework.metadata.name,
        version: framework.metadata.version,
        agents: framework.agents.length,
      },
    })),
    getAgents: jest.fn(async () => exampleAgentList()),
    getAgentGraph: jest.fn(async () => exampleAgentGraph()),
    lookupOwnership: jest.fn(async () => VPC_OWNERSHIP),
    // Tasks and conflicts: a test that needs one overrides it.
    ...Object.fromEntries(
      [
        'getWhoami', 'listTasks', 'getTask', 'createTask', 'updateTask', 'getTaskTransitions', 'transitionTask',
        'addTaskDependency', 'removeTaskDependency', 'getTaskEvents', 'getEvents', 'getEscalationMatrix',
        'listConflicts', 'getConflict', 'getConflictActions', 'openConflict', 'voteOnConflict',
        'resolveConflict', 'escalateConflict', 'getConflictEvents', 'submitChangeSet',
        'sendMessage', 'listMessages', 'getMessage', 'markMessageRead', 'getInbox',
        'listHandoffs', 'getHandoff', 'getHandoffActions', 'getHandoffDocument', 'getHandoffEvents', 'openHandoff',
        'updateHandoff', 'reportHandoffChecks', 'transferHandoff', 'acknowledgeHandoff', 'requestHandoffClarification',
        'answerHandoffClarification', 'completeHandoff',
      ].map(name => [name, jest.fn(async () => { throw new Error(`${name} is not mocked in this test`); })]),
    ),
    ...overrides,
  } as AgentCoordinationApi;
}
