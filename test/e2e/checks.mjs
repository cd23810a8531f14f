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

/** Reloads until `count()` reaches `expected`: the catalog ingests the examples a few seconds after start. */
async function pollCount(page, count, expected, what, timeoutMs = 90_000, explain = async () => '') {
  const deadline = Date.now() + timeoutMs;
  let seen = -1;
  while (Date.now() < deadline) {
    seen = await count();
    if (seen === expected) return;
    await page.waitForTimeout(2_000);
    await page.reload();
    await page.waitForLoadState('domcontentloaded');
  }
  const why = await explain();
  throw new Error(`expected ${expected} ${what}, saw ${seen}${why ? `; missing: ${why}` : ''}`);
}

/**
 * The plugin page scrolls inside its content area, so a full-page screenshot
 * only holds the viewport: make the viewport as tall as the content first.
 */
async function tallScreenshot(page, path, height) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: size.width, height });
  await page.waitForTimeout(1_000);
  await page.screenshot({ path });
  await page.setViewportSize(size);
}

const AGENT_NAMES = AGENTS.map(key => key.replace(/_/g, '-'));

/** Which of the 14 agents a list of `<prefix><name>` test ids lacks. */
function missingAgents(locator, prefix) {
  return async () => {
    await locator.first().waitFor({ timeout: 30_000 }).catch(() => {});
    const ids = await locator.evaluateAll(els => els.map(e => e.getAttribute('data-testid')));
    return AGENT_NAMES.filter(name => !ids.includes(prefix + name)).join(', ');
  };
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
  {
    name: 'the Registry tab lists the 14 agents from the catalog with links to their pages',
    async run({ page, shots }) {
      await page.getByRole('tab', { name: 'Registry' }).click();
      await page.waitForURL(/\/agent-coordination\/registry/);
      const rows = page.locator('[data-testid^="registry-agent-"]');
      await rows.first().waitFor({ timeout: 60_000 });
      // The catalog stores an agent only once the agents it depends on are
      // in: right after start-up the list can still be filling up.
      await pollCount(page, async () => {
        await rows.first().waitFor({ timeout: 30_000 }).catch(() => {});
        return rows.count();
      }, 14, 'registry rows', 30_000, missingAgents(rows, 'registry-agent-'));
      await tallScreenshot(page, join(shots, 'registry.png'), 1_350);
      const network = page.getByTestId('registry-agent-network-engineer').getByRole('link');
      assert(
        (await network.getAttribute('href')) === '/catalog/default/agent/network-engineer',
        'the network engineer row does not link to its entity page',
      );
      const row = page.locator('tr', { has: page.getByTestId('registry-agent-network-engineer') });
      const text = await row.innerText();
      for (const fact of ['agent-004', 'Infrastructure Layer', 'Network Architecture', 'SENIOR']) {
        assert(text.includes(fact), `the network engineer row lacks "${fact}": ${text}`);
      }
    },
  },
  {
    name: 'the Dependency graph tab draws every agent, blocking and non-blocking edges and the critical path',
    async run({ page, shots }) {
      await page.getByRole('tab', { name: 'Dependency graph' }).click();
      await page.waitForURL(/\/agent-coordination\/graph/);
      const nodes = page.locator('svg [data-testid^="graph-node-"]');
      await nodes.first().waitFor({ timeout: 60_000 });
      // Let the layout settle (the graph re-lays out once nodes are measured).
      await page.waitForTimeout(1_500);
      await tallScreenshot(page, join(shots, 'dependency-graph.png'), 1_500);
      const count = await nodes.count();
      assert(count === 14, `expected 14 agent nodes in the graph, saw ${count}; missing: ${await missingAgents(nodes, 'graph-node-')()}`);
      const blocking = await page.locator('svg [data-testid="graph-edge"][data-blocking="true"]').count();
      const soft = await page.locator('svg [data-testid="graph-edge"][data-blocking="false"]').count();
      assert(blocking === 16 && soft === 22, `expected 16 blocking and 22 non-blocking edges, saw ${blocking} and ${soft}`);
      const critical = await page.locator('svg [data-testid="graph-edge"][data-critical="true"]').count();
      assert(critical === 5, `expected 5 critical-path edges, saw ${critical}`);
      const summary = await page.getByTestId('graph-critical-path').innerText();
      assert(summary.includes('Cost Optimizer'), `critical path summary: ${summary}`);
      await page.getByTestId('graph-node-network-engineer').click();
      await page.waitForURL(/\/catalog\/default\/agent\/network-engineer/);
      await page.goBack();
    },
  },
  {
    name: 'the Path ownership tab gives components/terraform/vpc/main.tf to the network engineer',
    async run({ page, shots }) {
      await page.getByRole('tab', { name: 'Path ownership' }).click();
      await page.waitForURL(/\/agent-coordination\/ownership/);
      await page.getByTestId('ownership-path').fill('components/terraform/vpc/main.tf');
      await page.getByRole('button', { name: 'Look up' }).click();
      const verdict = page.getByTestId('ownership-verdict');
      await verdict.waitFor({ timeout: 30_000 });
      const text = await verdict.innerText();
      assert(text.includes('is owned by Network Engineer'), `verdict: ${text}`);
      const overlaps = await page.getByTestId('ownership-overlaps').innerText();
      assert(overlaps.includes('nested'), `overlaps: ${overlaps}`);
      await page.screenshot({ path: join(shots, 'path-ownership.png'), fullPage: true });
    },
  },
  {
    name: 'an Agent entity page has the overview card and a Coordination tab',
    async run({ page, baseUrl, shots }) {
      await page.goto(`${baseUrl}/catalog/default/agent/network-engineer`);
      const card = page.getByTestId('entity-agent-overview');
      await card.waitFor({ timeout: 60_000 });
      // The tier's name comes from the framework, a request of its own.
      await card.getByText('2 · Infrastructure Layer').waitFor({ timeout: 30_000 });
      const text = await card.innerText();
      for (const fact of ['agent-004', 'Infrastructure Layer', 'components/terraform/vpc/*', 'VPC design optimization']) {
        assert(text.includes(fact), `the overview card lacks "${fact}"`);
      }
      assert(
        (await card.locator('a[href="/catalog/default/agent/kubernetes-specialist"]').count()) > 0,
        'the overview card does not link the kubernetes specialist as a dependent',
      );
      await page.screenshot({ path: join(shots, 'agent-entity.png'), fullPage: true });
      // Entity tabs are links, not role=tab.
      await page.getByText('Coordination', { exact: true }).first().click();
      await page.waitForURL(/\/coordination/);
      const schedule = page.getByTestId('agent-schedule');
      await schedule.waitFor({ timeout: 30_000 });
      assert((await schedule.innerText()).includes('On the critical path'), 'the network engineer is not on the critical path');
      const owned = await page.getByTestId('agent-owned-components').innerText();
      assert(/vpc/i.test(owned) && /dns/i.test(owned), `owned components: ${owned}`);
      await page.locator('svg [data-testid^="graph-node-"]').first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(1_500);
      await page.screenshot({ path: join(shots, 'agent-coordination-tab.png'), fullPage: true });
    },
  },
  {
    name: 'a Component entity page names the agent owning its path',
    async run({ page, baseUrl, shots }) {
      await page.goto(`${baseUrl}/catalog/default/component/vpc`);
      const card = page.getByTestId('owning-agents');
      await card.waitFor({ timeout: 60_000 });
      // A component processed before the agents gets its owners on its next
      // processing pass (every few seconds with the e2e config).
      const owner = card.locator('a[href="/catalog/default/agent/network-engineer"]');
      await pollCount(page, () => owner.count(), 1, 'network engineer links on the VPC component', 60_000);
      await page.screenshot({ path: join(shots, 'component-owning-agents.png'), fullPage: true });
    },
  },
];
