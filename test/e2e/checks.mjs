// The end-to-end checks, in order: each gets { page, baseUrl, shots } and throws on failure.
import { join } from 'node:path';

const TIERS = [
  'Coordination Layer',
  'Infrastructure Layer',
  'Platform Layer',
  'Operations Layer',
  'Quality & Documentation',
];
const AGENTS = [
  'context_manager', 'infrastructure_architect', 'security_specialist', 'network_engineer',
  'backstage_developer', 'api_developer', 'kubernetes_specialist', 'observability_engineer',
  'cicd_engineer', 'cost_optimizer', 'testing_engineer', 'documentation_specialist',
  'dx_optimizer', 'compliance_auditor',
];

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export const checks = [
  {
    name: 'signs in as guest',
    async run({ page, baseUrl }) {
      await page.goto(baseUrl);
      const enter = page.getByRole('button', { name: /enter/i });
      await enter.waitFor({ timeout: 60_000 });
      await enter.click();
      await page.getByText('Agent Coordination').first().waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'opens Agent Coordination from the sidebar and shows 14 agents in 5 tiers',
    async run({ page, shots }) {
      await page.getByRole('link', { name: 'Agent Coordination' }).first().click();
      await page.waitForURL(/\/agent-coordination/);
      await page.getByTestId('agent-compliance_auditor').waitFor({ timeout: 60_000 });
      for (const [i, name] of TIERS.entries()) {
        const tier = page.getByTestId(`tier-${i + 1}`);
        assert(await tier.isVisible(), `tier ${i + 1} section is not visible`);
        assert((await tier.innerText()).includes(name), `tier ${i + 1} does not say "${name}"`);
      }
      for (const key of AGENTS) {
        assert(await page.getByTestId(`agent-${key}`).isVisible(), `agent ${key} is not shown`);
      }
      const agentCards = await page.locator('[data-testid^="agent-"]').count();
      assert(agentCards === 14, `expected 14 agents, saw ${agentCards}`);
      await page.screenshot({ path: join(shots, 'agent-coordination.png'), fullPage: true });
    },
  },
];
