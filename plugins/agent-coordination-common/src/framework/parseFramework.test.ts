import { readFileSync } from 'fs';
import { join } from 'path';
import { parse, stringify } from 'yaml';
import { parseFramework } from './parseFramework';
import { FrameworkValidationError } from './FrameworkValidationError';

const SEED_FILE = join(__dirname, '../../examples/framework.yaml');
const seedText = readFileSync(SEED_FILE, 'utf8');

/** The seed as plain data, changed by `edit`, written back as YAML. */
function seedWith(edit: (doc: any) => void): string {
  const doc = parse(seedText);
  edit(doc);
  return stringify(doc);
}

function errorOf(text: string): FrameworkValidationError {
  try {
    parseFramework(text, 'my-framework.yaml');
  } catch (e) {
    if (e instanceof FrameworkValidationError) return e;
    throw e;
  }
  throw new Error('expected parseFramework to throw');
}

const agentIndex = (key: string) =>
  (parse(seedText).agents as { key: string }[]).findIndex(a => a.key === key);

describe('parseFramework on the seed', () => {
  const framework = parseFramework(seedText, SEED_FILE);

  it('has the seed’s 14 agents in 5 tiers', () => {
    expect(framework.agents).toHaveLength(14);
    expect(framework.tiers.map(t => t.name)).toEqual([
      'Coordination Layer',
      'Infrastructure Layer',
      'Platform Layer',
      'Operations Layer',
      'Quality & Documentation',
    ]);
    const perTier = framework.tiers.map(
      t => framework.agents.filter(a => a.tier === t.level).length,
    );
    expect(perTier).toEqual([1, 3, 3, 3, 4]);
  });

  it('keeps every section of the seed', () => {
    expect(framework.lifecycle.states.map(s => s.name)).toEqual([
      'CREATED',
      'ASSIGNED',
      'IN_PROGRESS',
      'BLOCKED',
      'REVIEW',
      'COMPLETED',
      'FAILED',
    ]);
    expect(framework.lifecycle.transitions).toHaveLength(8);
    expect(framework.conflictTypes.map(c => [c.id, c.escalationTime])).toEqual([
      ['technical', '4h'],
      ['design', '1d'],
      ['priority', '2h'],
      ['ownership', 'immediate'],
    ]);
    expect(framework.escalationMatrix.map(r => [r.name, r.sla])).toEqual([
      ['Code Merge', '4h'],
      ['Architecture', '24h'],
      ['Security', '2h'],
      ['Priority', '4h'],
      ['Resource', '8h'],
    ]);
    expect(framework.handoff.stages.map(s => s.id)).toEqual([
      'initiation',
      'validation',
      'transfer',
      'acknowledgment',
      'completion',
    ]);
    expect(framework.handoff.mandatoryChecks).toHaveLength(5);
    expect(framework.incidentLevels.map(l => [l.id, l.responseTime])).toEqual([
      ['P0', '15m'],
      ['P1', '1h'],
      ['P2', '4h'],
    ]);
    expect(framework.qualityGates.map(g => g.id)).toEqual([
      'code_complete',
      'security_approved',
      'testing_passed',
      'documentation_complete',
    ]);
    expect(
      framework.dependencyRules.blocking.map(r => [r.kind, r.timeout]),
    ).toEqual([
      ['infrastructure_changes', '24h'],
      ['security_approval', '4h'],
      ['network_setup', '8h'],
    ]);
    expect(framework.metrics.map(m => m.category)).toEqual([
      'velocity',
      'quality',
      'collaboration',
      'efficiency',
    ]);
    expect(framework.kpis).toHaveLength(6);
    expect(framework.startupChecklist.map(s => s.items.length)).toEqual([
      4, 4, 4, 4,
    ]);
    expect(framework.rollback.map(r => r.id)).toEqual([
      'detection',
      'decision',
      'execution',
      'review',
    ]);
    expect(framework.handoffTemplate).toContain(
      '# Task Handoff: [Component/Feature Name]',
    );
    expect(framework.contextStore.global.map(g => g.file)).toEqual([
      'project_state.yaml',
      'dependency_map.yaml',
      'risk_register.yaml',
    ]);
    expect(framework.messageSchema.types).toEqual([
      'REQUEST',
      'RESPONSE',
      'UPDATE',
      'ALERT',
    ]);
    // §9.2's async response SLA, where messages read it.
    expect(framework.messageSchema.responseSla).toBe('4h');
  });

  it("defaults a message's response SLA to §9.2's 4 hours when the file leaves it out", () => {
    const defaulted = parseFramework(
      seedWith(doc => delete doc.messageSchema.responseSla),
      'f.yaml',
    );
    expect(defaulted.messageSchema.responseSla).toBe('4h');
  });

  it('applies the default authority and keeps explicit ones', () => {
    const authority = Object.fromEntries(
      framework.agents.map(a => [a.key, a.authority]),
    );
    expect(authority.context_manager).toBe('FULL');
    expect(authority.network_engineer).toBe('SENIOR');
    expect(authority.dx_optimizer).toBe('STANDARD');
  });

  it('expands group references into non-blocking dependencies', () => {
    const testing = framework.agents.find(a => a.key === 'testing_engineer')!;
    expect(testing.dependencies.map(d => d.agent)).toEqual([
      'infrastructure_architect',
      'security_specialist',
      'network_engineer',
      'backstage_developer',
      'api_developer',
      'kubernetes_specialist',
      'observability_engineer',
      'cicd_engineer',
      'cost_optimizer',
    ]);
    expect(
      testing.dependencies.every(
        d => !d.blocking && d.via === 'all_development_agents',
      ),
    ).toBe(true);

    const docs = framework.agents.find(
      a => a.key === 'documentation_specialist',
    )!;
    expect(docs.dependencies).toHaveLength(13);
    expect(docs.dependencies.map(d => d.agent)).not.toContain(
      'documentation_specialist',
    );

    const network = framework.agents.find(a => a.key === 'network_engineer')!;
    expect(network.dependencies).toEqual([
      { agent: 'infrastructure_architect', blocking: true },
    ]);
  });

  it('resolves communication scopes', () => {
    const cm = framework.agents.find(a => a.key === 'context_manager')!;
    expect(cm.communication.scope).toBe('ALL_AGENTS');
    expect(cm.communication.agents).toHaveLength(13);
    const compliance = framework.agents.find(
      a => a.key === 'compliance_auditor',
    )!;
    expect(compliance.communication).toEqual({
      scope: 'DEPENDENCIES',
      agents: ['security_specialist', 'documentation_specialist'],
    });
  });
});

describe('parseFramework on broken files', () => {
  it('names the field and line of a wrong type', () => {
    const i = agentIndex('network_engineer');
    const error = errorOf(
      seedText.replace(
        'id: agent-004\n    tier: 2',
        'id: agent-004\n    tier: two',
      ),
    );
    expect(error.message).toBe(
      `Invalid agent coordination framework in my-framework.yaml:\n  - agents[${i}].tier (line 117): expected number, got string`,
    );
  });

  it('names an unknown state in a transition', () => {
    const error = errorOf(
      seedWith(doc => {
        doc.lifecycle.transitions[5].to = 'DONE';
      }),
    );
    expect(error.issues).toEqual([
      {
        path: 'lifecycle.transitions[5].to',
        line: expect.any(Number),
        message:
          "unknown state 'DONE' in transition REVIEW -> DONE; states are CREATED, ASSIGNED, IN_PROGRESS, BLOCKED, REVIEW, COMPLETED, FAILED",
      },
    ]);
    expect(error.message).toContain('my-framework.yaml');
  });

  it('refuses a message schema without REQUEST and RESPONSE, a broadcast recipient that is an agent, a bad SLA', () => {
    const error = errorOf(
      seedWith(doc => {
        doc.messageSchema.types = ['REQUEST', 'UPDATE'];
        doc.messageSchema.responseSla = '4 hours';
      }),
    );
    expect(error.issues.map(i => [i.path, i.message])).toEqual([
      [
        'messageSchema.types',
        'must include REQUEST and RESPONSE (a RESPONSE answers a REQUEST through its correlation id)',
      ],
      [
        'messageSchema.responseSla',
        'must be a duration such as 15m, 4h, 1d, 2w or immediate',
      ],
    ]);
    const agent = errorOf(
      seedWith(
        doc => (doc.messageSchema.broadcastRecipient = 'network_engineer'),
      ),
    );
    expect(agent.issues.map(i => [i.path, i.message])).toEqual([
      [
        'messageSchema.broadcastRecipient',
        "'network_engineer' is an agent key; the broadcast recipient must name no agent, or a message to that agent would reach every agent",
      ],
    ]);
  });

  it('names a dependency on an unknown agent', () => {
    const i = agentIndex('dx_optimizer');
    const error = errorOf(
      seedWith(doc => {
        doc.agents[i].dependencies = ['backstage_developer', 'ux_designer'];
      }),
    );
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0].path).toBe(`agents[${i}].dependencies[1]`);
    expect(error.issues[0].message).toBe(
      "agent 'dx_optimizer' depends on unknown agent 'ux_designer'; known agents are context_manager, infrastructure_architect, security_specialist, network_engineer, backstage_developer, api_developer, kubernetes_specialist, observability_engineer, cicd_engineer, cost_optimizer, testing_engineer, documentation_specialist, dx_optimizer, compliance_auditor; groups are all_agents, ALL, ALL_AGENTS, all_development_agents, deployment_agents",
    );
  });

  it('names a cycle in blocking dependencies', () => {
    const error = errorOf(
      seedWith(doc => {
        doc.agents[agentIndex('infrastructure_architect')].dependencies = [
          'context_manager',
          'security_specialist',
        ];
      }),
    );
    expect(error.issues).toEqual([
      {
        path: 'agents',
        line: expect.any(Number),
        message:
          'blocking dependency cycle: infrastructure_architect -> security_specialist -> infrastructure_architect',
      },
    ]);
  });

  it('accepts the same loop when one edge of it is non-blocking', () => {
    const text = seedWith(doc => {
      doc.agents[agentIndex('infrastructure_architect')].dependencies = [
        'context_manager',
        { agent: 'security_specialist', blocking: false },
      ];
    });
    expect(() => parseFramework(text, 'x.yaml')).not.toThrow();
  });

  it('reports unknown fields, unknown tiers and authorities together', () => {
    const i = agentIndex('api_developer');
    const error = errorOf(
      seedWith(doc => {
        doc.agents[i].tier = 9;
        doc.agents[i].authority = 'ROOT';
        doc.agents[i].colour = 'blue';
      }),
    );
    expect(error.issues.map(x => `${x.path}: ${x.message}`)).toEqual([
      `agents[${i}]: unknown field 'colour'`,
    ]);
    const error2 = errorOf(
      seedWith(doc => {
        doc.agents[i].tier = 9;
        doc.agents[i].authority = 'ROOT';
      }),
    );
    expect(error2.issues.map(x => `${x.path}: ${x.message}`)).toEqual([
      `agents[${i}].tier: unknown tier 9 for agent 'api_developer'; tiers are 1, 2, 3, 4, 5`,
      `agents[${i}].authority: unknown authority 'ROOT' for agent 'api_developer'; authority levels are FULL, SENIOR, STANDARD`,
    ]);
  });

  it('reports a missing required section and a bad duration', () => {
    const error = errorOf(
      seedWith(doc => {
        delete doc.lifecycle;
        doc.conflictTypes[0].escalationTime = 'four hours';
      }),
    );
    expect(error.issues.map(x => `${x.path}: ${x.message}`)).toEqual([
      'conflictTypes[0].escalationTime: must be a duration such as 15m, 4h, 1d, 2w or immediate',
      'lifecycle: required field is missing (expected object)',
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const error = errorOf('apiVersion: x\nagents: [\n');
    expect(error.issues[0].message).toMatch(/^not valid YAML: /);
    expect(error.issues[0].line).toBeGreaterThan(0);
  });
});

describe('parseFramework on lifecycle state roles', () => {
  it('names the roles a lifecycle lacks', () => {
    const error = errorOf(
      seedWith(doc => {
        for (const s of doc.lifecycle.states)
          if (s.role === 'blocked' || s.role === 'failed') delete s.role;
      }),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({
        path: 'lifecycle.states',
        message: expect.stringContaining(
          "no state has role 'blocked', 'failed'",
        ),
      }),
    ]);
  });

  it('refuses a role given twice, and a done state that is not terminal', () => {
    const error = errorOf(
      seedWith(doc => {
        doc.lifecycle.states.find((s: any) => s.name === 'REVIEW').role =
          'running';
        doc.lifecycle.terminal = ['FAILED'];
      }),
    );
    expect(error.issues.map(i => i.message)).toEqual([
      "role 'running' is already given to IN_PROGRESS; each role names one state",
      "COMPLETED has role 'done' and must be a terminal state",
    ]);
  });

  it('needs the system to be able to block and unblock', () => {
    const error = errorOf(
      seedWith(doc => {
        const t = doc.lifecycle.transitions.find(
          (x: any) => x.from === 'BLOCKED' && x.to === 'IN_PROGRESS',
        );
        t.actors = ['assignee'];
      }),
    );
    expect(error.issues.map(i => i.message)).toEqual([
      "the task service blocks and unblocks tasks itself: a transition BLOCKED -> IN_PROGRESS must list 'system' among its actors",
    ]);
  });

  it('keeps the plugin itself out of taskActions', () => {
    const error = errorOf(
      seedWith(doc => {
        doc.taskActions.edit = ['system'];
      }),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({
        path: 'taskActions.edit[0]',
        message: expect.stringContaining("'system' is the plugin itself"),
      }),
    ]);
  });

  it('loads a lifecycle with other state names', () => {
    const text = seedWith(doc => {
      const rename: Record<string, string> = {
        IN_PROGRESS: 'DOING',
        COMPLETED: 'SHIPPED',
      };
      const r = (s: string) => rename[s] ?? s;
      doc.lifecycle.terminal = doc.lifecycle.terminal.map(r);
      doc.lifecycle.states = doc.lifecycle.states.map((s: any) => ({
        ...s,
        name: r(s.name),
      }));
      doc.lifecycle.transitions = doc.lifecycle.transitions.map((t: any) => ({
        ...t,
        from: r(t.from),
        to: r(t.to),
      }));
    });
    const framework = parseFramework(text, 'mine.yaml');
    expect(
      framework.lifecycle.states.find(s => s.role === 'running')?.name,
    ).toBe('DOING');
  });
});
