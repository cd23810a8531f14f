import {
  AGENT_API_VERSION,
  AGENT_KIND,
  RELATION_NON_BLOCKING_DEPENDENCY_OF,
  RELATION_NON_BLOCKING_DEPENDS_ON,
  analyzeGraph,
  type AgentEntityV1alpha1,
  type AgentGraph,
  type AgentList,
  type OwnershipLookup,
} from '@agent-coordination/plugin-agent-coordination-common';
import {
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_OWNED_BY,
} from '@backstage/catalog-model';

/*
 * Five of the seed's agents, as the catalog serves them (relations included)
 * and as the backend's agent routes answer for them.
 */

const TIER_NAMES: Record<number, string> = {
  1: 'Coordination Layer',
  2: 'Infrastructure Layer',
  3: 'Platform Layer',
  5: 'Quality & Documentation',
};

interface Seed {
  name: string;
  title: string;
  agentId: string;
  role: string;
  tier: number;
  /** One of the framework's authority levels. */
  authority: string;
  owner: string;
  paths?: string[];
  dependsOn?: string[];
  nonBlockingDependsOn?: string[];
}

const SEEDS: Seed[] = [
  {
    name: 'context-manager',
    title: 'Context Manager',
    agentId: 'agent-001',
    role: 'Master Coordinator',
    tier: 1,
    authority: 'FULL',
    owner: 'coordination',
  },
  {
    name: 'infrastructure-architect',
    title: 'Infrastructure Architect',
    agentId: 'agent-002',
    role: 'Terraform/Atmos Optimization',
    tier: 2,
    authority: 'SENIOR',
    owner: 'infrastructure',
    paths: ['components/terraform/*', 'stacks/*', 'workflows/*'],
    dependsOn: ['context-manager'],
  },
  {
    name: 'network-engineer',
    title: 'Network Engineer',
    agentId: 'agent-004',
    role: 'Network Architecture',
    tier: 2,
    authority: 'SENIOR',
    owner: 'infrastructure',
    paths: ['components/terraform/vpc/*', 'components/terraform/dns/*'],
    dependsOn: ['infrastructure-architect'],
  },
  {
    name: 'kubernetes-specialist',
    title: 'Kubernetes Specialist',
    agentId: 'agent-007',
    role: 'Container Platform',
    tier: 3,
    authority: 'STANDARD',
    owner: 'platform',
    paths: ['components/terraform/eks/*', 'k8s/*'],
    dependsOn: ['infrastructure-architect', 'network-engineer'],
  },
  {
    name: 'testing-engineer',
    title: 'Testing Engineer',
    agentId: 'agent-011',
    role: 'Quality Assurance',
    tier: 5,
    authority: 'STANDARD',
    owner: 'quality',
    nonBlockingDependsOn: [
      'infrastructure-architect',
      'network-engineer',
      'kubernetes-specialist',
    ],
  },
];

const ref = (name: string) => `agent:default/${name}`;

function entityOf(seed: Seed): AgentEntityV1alpha1 {
  const dependents = SEEDS.filter(s => s.dependsOn?.includes(seed.name));
  const softDependents = SEEDS.filter(s =>
    s.nonBlockingDependsOn?.includes(seed.name),
  );
  return {
    apiVersion: AGENT_API_VERSION,
    kind: AGENT_KIND,
    metadata: {
      name: seed.name,
      namespace: 'default',
      title: seed.title,
      description: `${seed.role} (tier ${seed.tier}).`,
    },
    spec: {
      agentId: seed.agentId,
      role: seed.role,
      tier: seed.tier,
      authority: seed.authority,
      responsibilities: [`Own the ${seed.title.toLowerCase()} work`],
      ownership: { paths: seed.paths ?? [], areas: [] },
      dependsOn: seed.dependsOn?.map(ref),
      nonBlockingDependsOn: seed.nonBlockingDependsOn?.map(ref),
      owner: `group:default/${seed.owner}`,
    },
    relations: [
      { type: RELATION_OWNED_BY, targetRef: `group:default/${seed.owner}` },
      ...(seed.dependsOn ?? []).map(n => ({
        type: RELATION_DEPENDS_ON,
        targetRef: ref(n),
      })),
      ...(seed.nonBlockingDependsOn ?? []).map(n => ({
        type: RELATION_NON_BLOCKING_DEPENDS_ON,
        targetRef: ref(n),
      })),
      ...dependents.map(s => ({
        type: RELATION_DEPENDENCY_OF,
        targetRef: ref(s.name),
      })),
      ...softDependents.map(s => ({
        type: RELATION_NON_BLOCKING_DEPENDENCY_OF,
        targetRef: ref(s.name),
      })),
    ],
  };
}

export function exampleAgent(name: string): AgentEntityV1alpha1 {
  const seed = SEEDS.find(s => s.name === name);
  if (!seed) throw new Error(`no example agent ${name}`);
  return entityOf(seed);
}

function linksOf(seed: Seed) {
  return [
    ...(seed.dependsOn ?? []).map(n => ({ agent: ref(n), blocking: true })),
    ...(seed.nonBlockingDependsOn ?? []).map(n => ({
      agent: ref(n),
      blocking: false,
    })),
  ];
}

export function exampleAgentList(): AgentList {
  return {
    items: SEEDS.map(seed => {
      const dependencies = linksOf(seed);
      const dependents = SEEDS.flatMap(s =>
        linksOf(s)
          .filter(l => l.agent === ref(seed.name))
          .map(l => ({ agent: ref(s.name), blocking: l.blocking })),
      );
      return {
        entityRef: ref(seed.name),
        entity: entityOf(seed),
        tierName: TIER_NAMES[seed.tier],
        dependencies,
        dependents,
        dependenciesCount: dependencies.length,
        dependentsCount: dependents.length,
        openTasks: seed.name === 'network-engineer' ? 2 : 0,
      };
    }),
  };
}

/** The example graph; `extraEdges` (blocking) can close a cycle. */
export function exampleAgentGraph(
  extraEdges: Array<[string, string]> = [],
): AgentGraph {
  const nodes = SEEDS.map(s => ({
    id: ref(s.name),
    name: s.name,
    title: s.title,
    agentId: s.agentId,
    tier: s.tier,
    tierName: TIER_NAMES[s.tier],
    authority: s.authority,
  }));
  const edges = [
    ...SEEDS.flatMap(s =>
      linksOf(s).map(l => ({
        from: ref(s.name),
        to: l.agent,
        blocking: l.blocking,
      })),
    ),
    ...extraEdges.map(([from, to]) => ({
      from: ref(from),
      to: ref(to),
      blocking: true,
    })),
  ];
  const analysis = analyzeGraph(
    { nodes: nodes.map(n => n.id), edges },
    { blockingOnly: true },
  );
  return { nodes, edges, analysis };
}

export const VPC_OWNERSHIP: OwnershipLookup = {
  path: 'components/terraform/vpc/main.tf',
  owners: [
    {
      agent: 'network_engineer',
      entityRef: ref('network-engineer'),
      title: 'Network Engineer',
      agentId: 'agent-004',
      glob: 'components/terraform/vpc/*',
      specificity: 25,
      primary: true,
    },
    {
      agent: 'infrastructure_architect',
      entityRef: ref('infrastructure-architect'),
      title: 'Infrastructure Architect',
      agentId: 'agent-002',
      glob: 'components/terraform/*',
      specificity: 21,
      primary: false,
    },
  ],
  primary: ['network_engineer'],
  overlaps: [
    {
      a: 'network_engineer',
      globA: 'components/terraform/vpc/*',
      b: 'infrastructure_architect',
      globB: 'components/terraform/*',
      nested: true,
    },
  ],
  conflict: false,
};
