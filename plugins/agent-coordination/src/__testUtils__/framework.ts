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
    ...overrides,
  };
}
