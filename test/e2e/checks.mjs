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
  'context_manager',
  'infrastructure_architect',
  'security_specialist',
  'network_engineer',
  'backstage_developer',
  'api_developer',
  'kubernetes_specialist',
  'observability_engineer',
  'cicd_engineer',
  'cost_optimizer',
  'testing_engineer',
  'documentation_specialist',
  'dx_optimizer',
  'compliance_auditor',
];

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Reloads until `count()` reaches `expected`: the catalog ingests the examples a few seconds after start. */
async function pollCount(
  page,
  count,
  expected,
  what,
  timeoutMs = 90_000,
  explain = async () => '',
) {
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
  throw new Error(
    `expected ${expected} ${what}, saw ${seen}${
      why ? `; missing: ${why}` : ''
    }`,
  );
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

/** The signed-in guest's session, as the app gets it from the auth backend. */
async function guestSession(page) {
  return page.evaluate(async () => {
    const res = await fetch('/api/auth/guest/refresh', {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
      credentials: 'include',
    });
    return (await res.json()).backstageIdentity;
  });
}

/** GETs a backend route with the guest's token, as the app's fetchApi does; JSON, or { status } when it fails. */
async function api(page, path) {
  const { token } = await guestSession(page);
  return page.evaluate(
    async ([url, bearer]) => {
      const res = await fetch(url, {
        headers: { Authorization: `Bearer ${bearer}` },
      });
      return res.ok
        ? res.json()
        : { status: res.status, body: await res.text() };
    },
    [path, token],
  );
}

/** Sends a write to the plugin's API as the guest; resolves to { status, body }. */
async function apiWrite(page, method, path, body) {
  const { token } = await guestSession(page);
  return page.evaluate(
    async ([m, url, bearer, payload]) => {
      const res = await fetch(url, {
        method: m,
        headers: {
          Authorization: `Bearer ${bearer}`,
          'Content-Type': 'application/json',
        },
        body: payload === undefined ? undefined : JSON.stringify(payload),
      });
      return { status: res.status, body: await res.json() };
    },
    [method, `/api/agent-coordination${path}`, token, body],
  );
}

const AGENT_NAMES = AGENTS.map(key => key.replace(/_/g, '-'));

/** Which of the 14 agents a list of `<prefix><name>` test ids lacks. */
function missingAgents(locator, prefix) {
  return async () => {
    await locator
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(() => {});
    const ids = await locator.evaluateAll(els =>
      els.map(e => e.getAttribute('data-testid')),
    );
    return AGENT_NAMES.filter(name => !ids.includes(prefix + name)).join(', ');
  };
}

/**
 * The static token test/e2e/app-config.e2e.yaml maps to network_engineer: a
 * second agent, so the check can read and answer as the recipient of the
 * guest's (the context manager's) REQUEST.
 */
const NETWORK_ENGINEER_TOKEN = 'e2e-network-engineer-token';

/** Calls the plugin's API as network_engineer, from Node; resolves to { status, body }. */
async function asNetworkEngineer(baseUrl, method, path, body) {
  const res = await fetch(`${baseUrl}/api/agent-coordination${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${NETWORK_ENGINEER_TOKEN}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** An inbox's unread count in the Messages tab's list of inboxes. */
async function inboxCount(page, agent) {
  const chip = page.getByTestId(`inbox-count-${agent}`);
  await chip.waitFor({ timeout: 30_000 });
  return Number((await chip.innerText()).trim());
}

/** Waits, without a reload, until an inbox's unread count is `expected`. */
async function waitForInboxCount(page, agent, expected, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let seen;
  while (Date.now() < deadline) {
    seen = await inboxCount(page, agent).catch(() => undefined);
    if (seen === expected) return;
    await page.waitForTimeout(500);
  }
  throw new Error(`${agent}'s unread count: expected ${expected}, saw ${seen}`);
}

export const checks = [
  {
    name: 'signs in as guest by pressing Enter, as the README says',
    async run({ page, baseUrl }) {
      await page.goto(baseUrl);
      const enter = page.getByRole('button', { name: /enter/i });
      await enter.waitFor({ timeout: 60_000 });
      await page.waitForFunction(
        () =>
          document.activeElement?.textContent?.trim().toLowerCase() === 'enter',
        null,
        {
          timeout: 10_000,
        },
      );
      await page.keyboard.press('Enter');
      // The sidebar's link, not the sign-in page's "Agent Coordination Portal".
      await page
        .getByRole('link', { name: 'Agent Coordination' })
        .first()
        .waitFor({ timeout: 60_000 });
    },
  },
  {
    name: "the guest is the catalog's guest user, a member of the platform team",
    async run({ page, baseUrl, shots }) {
      // The catalog ingests org.yaml a few seconds after start-up; until then
      // the guest is signed in without the team's ownership.
      const deadline = Date.now() + 90_000;
      while (
        (await api(page, '/api/catalog/entities/by-name/user/default/guest'))
          .status &&
        Date.now() < deadline
      ) {
        await page.waitForTimeout(2_000);
      }
      const identity = (await guestSession(page)).identity;
      assert(
        identity.userEntityRef === 'user:default/guest',
        `signed in as ${identity.userEntityRef}`,
      );
      const missing = [];
      page.on('response', res => {
        if (res.status() === 404 && res.url().includes('/api/catalog/'))
          missing.push(res.url());
      });
      await page.goto(`${baseUrl}/settings`);
      await page
        .getByText('Backstage Identity')
        .first()
        .waitFor({ timeout: 60_000 });
      const identityCard = page
        .locator('div', { has: page.getByText('Ownership Entities') })
        .last();
      await identityCard
        .getByText('Platform Team')
        .first()
        .waitFor({ timeout: 30_000 });
      assert(
        (await page.getByText('user:default/guest').count()) > 0,
        'Settings does not show user:default/guest',
      );
      await page.waitForTimeout(1_500);
      await page.screenshot({
        path: join(shots, 'settings.png'),
        fullPage: true,
      });
      assert(
        missing.length === 0,
        `Settings asked the catalog for entities it does not have: ${missing.join(
          ', ',
        )}`,
      );
      assert(
        identity.ownershipEntityRefs.includes('group:default/platform-team'),
        `the guest owns as ${identity.ownershipEntityRefs.join(
          ', ',
        )}, not as a member of platform-team (is the catalog's User ingested?)`,
      );
    },
  },
  {
    name: "platform-team is org.yaml's group: its title, tiers and members",
    async run({ page }) {
      const group = await api(
        page,
        '/api/catalog/entities/by-name/group/default/platform-team',
      );
      assert(
        group.metadata?.title === 'Platform Team',
        `platform-team: ${JSON.stringify(group).slice(0, 300)}`,
      );
      assert(
        group.spec.children.includes('coordination') &&
          group.spec.members.includes('guest'),
        'platform-team lost its children or members',
      );
    },
  },
  {
    name: 'opens Agent Coordination from the sidebar and shows 14 agents in 5 tiers',
    async run({ page }) {
      await page
        .getByRole('link', { name: 'Agent Coordination' })
        .first()
        .click();
      await page.waitForURL(/\/agent-coordination/);
      await page
        .getByTestId('agent-compliance_auditor')
        .waitFor({ timeout: 60_000 });
      for (const [i, name] of TIERS.entries()) {
        const tier = page.getByTestId(`tier-${i + 1}`);
        assert(await tier.isVisible(), `tier ${i + 1} section is not visible`);
        assert(
          (await tier.innerText()).includes(name),
          `tier ${i + 1} does not say "${name}"`,
        );
      }
      for (const key of AGENTS) {
        assert(
          await page.getByTestId(`agent-${key}`).isVisible(),
          `agent ${key} is not shown`,
        );
      }
      const agentCards = await page.locator('[data-testid^="agent-"]').count();
      assert(agentCards === 14, `expected 14 agents, saw ${agentCards}`);
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
      await pollCount(
        page,
        async () => {
          await rows
            .first()
            .waitFor({ timeout: 30_000 })
            .catch(() => {});
          return rows.count();
        },
        14,
        'registry rows',
        30_000,
        missingAgents(rows, 'registry-agent-'),
      );
      await tallScreenshot(page, join(shots, 'registry.png'), 1_350);
      const network = page
        .getByTestId('registry-agent-network-engineer')
        .getByRole('link');
      assert(
        (await network.getAttribute('href')) ===
          '/catalog/default/agent/network-engineer',
        'the network engineer row does not link to its entity page',
      );
      const row = page.locator('tr', {
        has: page.getByTestId('registry-agent-network-engineer'),
      });
      const text = await row.innerText();
      for (const fact of [
        'agent-004',
        'Infrastructure Layer',
        'Network Architecture',
        'SENIOR',
      ]) {
        assert(
          text.includes(fact),
          `the network engineer row lacks "${fact}": ${text}`,
        );
      }
    },
  },
  {
    name: "the Overview's agent cards link to their entity pages",
    async run({ page, baseUrl, shots }) {
      await page.goto(`${baseUrl}/agent-coordination`);
      const links = page.locator('[data-testid^="entity-link-"]');
      await pollCount(
        page,
        async () => {
          await page
            .getByTestId('agent-compliance_auditor')
            .waitFor({ timeout: 30_000 });
          await page.waitForTimeout(500);
          return links.count();
        },
        14,
        'agent cards with links',
        60_000,
      );
      const href = await page
        .getByTestId('entity-link-network_engineer')
        .getAttribute('href');
      assert(
        href === '/catalog/default/agent/network-engineer',
        `the network engineer's card links to ${href}`,
      );
      await page.screenshot({
        path: join(shots, 'agent-coordination.png'),
        fullPage: true,
      });
      await page.getByTestId('entity-link-network_engineer').click();
      await page.waitForURL(/\/catalog\/default\/agent\/network-engineer/);
      await page.goto(`${baseUrl}/agent-coordination/graph`);
    },
  },
  {
    name: 'the Dependency graph tab is readable by default: whole names, group dependencies summarised, blocking edges and the critical path',
    async run({ page, baseUrl, shots }) {
      if (!page.url().includes('/agent-coordination/graph'))
        await page.goto(`${baseUrl}/agent-coordination/graph`);
      const nodes = page.locator('svg [data-testid^="graph-node-"]');
      await nodes.first().waitFor({ timeout: 60_000 });
      // Let the layout settle (the graph re-lays out once nodes are measured).
      await page.waitForTimeout(1_500);
      await tallScreenshot(page, join(shots, 'dependency-graph.png'), 1_300);
      const count = await nodes.count();
      assert(
        count === 14,
        `expected 14 agent nodes in the graph, saw ${count}; missing: ${await missingAgents(
          nodes,
          'graph-node-',
        )()}`,
      );
      const edgeCount = async blocking =>
        page
          .locator(
            `svg [data-testid="graph-edge"][data-blocking="${blocking}"]`,
          )
          .count();
      // The seed's 22 non-blocking edges are its two group dependencies.
      assert(
        (await edgeCount(true)) === 16 && (await edgeCount(false)) === 0,
        `expected 16 blocking and no non-blocking edges by default, saw ${await edgeCount(
          true,
        )} and ${await edgeCount(false)}`,
      );
      const follows = async name =>
        page.getByTestId(`graph-follows-${name}`).textContent();
      assert(
        (await follows('documentation-specialist')) ===
          'follows all 13 agents (non-blocking)',
        `docs: ${await follows('documentation-specialist')}`,
      );
      assert(
        (await follows('testing-engineer')) ===
          'follows tiers 2–4 (9 agents) (non-blocking)',
        `testing: ${await follows('testing-engineer')}`,
      );
      // Every name whole, inside its node, and the drawing inside the canvas.
      const fit = await page.evaluate(() => {
        const problems = [];
        const canvas = document
          .querySelector('svg#dependency-graph')
          ?.getBoundingClientRect();
        for (const node of document.querySelectorAll(
          'svg [data-testid^="graph-node-"]',
        )) {
          const rect = node.querySelector('rect').getBoundingClientRect();
          for (const text of node.querySelectorAll('text')) {
            const box = text.getBoundingClientRect();
            if (box.right > rect.right + 0.5)
              problems.push(`"${text.textContent}" overflows its node`);
          }
          if (text0(node).includes('…'))
            problems.push(`"${text0(node)}" is cut`);
          if (
            canvas &&
            (rect.left < canvas.left - 0.5 || rect.right > canvas.right + 0.5)
          ) {
            problems.push(`${text0(node)} lies outside the canvas`);
          }
        }
        function text0(node) {
          return node.querySelector('text').textContent;
        }
        return problems;
      });
      assert(fit.length === 0, fit.join('; '));
      const title = await page
        .getByTestId('graph-node-infrastructure-architect')
        .locator('text')
        .first()
        .textContent();
      assert(
        title === 'Infrastructure Architect',
        `the architect's node says "${title}"`,
      );
      const critical = await page
        .locator('svg [data-testid="graph-edge"][data-critical="true"]')
        .count();
      assert(critical === 5, `expected 5 critical-path edges, saw ${critical}`);
      const summary = await page.getByTestId('graph-critical-path').innerText();
      assert(
        summary.includes('Cost Optimizer'),
        `critical path summary: ${summary}`,
      );

      // Every edge on request: the 22 non-blocking ones drawn one by one.
      await page.getByLabel('Draw non-blocking dependencies').click();
      await page.getByRole('option', { name: 'One edge each' }).click();
      await page.waitForTimeout(1_000);
      assert(
        (await edgeCount(true)) === 16 && (await edgeCount(false)) === 22,
        `expected 16 blocking and 22 non-blocking edges, saw ${await edgeCount(
          true,
        )} and ${await edgeCount(false)}`,
      );
      await page.getByLabel('Draw non-blocking dependencies').click();
      await page.getByRole('option', { name: 'Summarised by tier' }).click();

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
      await page
        .getByTestId('ownership-path')
        .fill('components/terraform/vpc/main.tf');
      await page.getByRole('button', { name: 'Look up' }).click();
      const verdict = page.getByTestId('ownership-verdict');
      await verdict.waitFor({ timeout: 30_000 });
      const text = await verdict.innerText();
      assert(text.includes('is owned by Network Engineer'), `verdict: ${text}`);
      const overlaps = await page.getByTestId('ownership-overlaps').innerText();
      assert(overlaps.includes('nested'), `overlaps: ${overlaps}`);
      await page.screenshot({
        path: join(shots, 'path-ownership.png'),
        fullPage: true,
      });
    },
  },
  {
    name: "a path the backend refuses shows the backend's message, and clearing the field clears the answer",
    async run({ page, shots }) {
      await page.getByTestId('ownership-path').fill('../secrets');
      await page.getByRole('button', { name: 'Look up' }).click();
      const message = page.getByTestId('backend-error-message');
      await message.waitFor({ timeout: 30_000 });
      const text = await message.innerText();
      assert(
        text.includes("must not contain '..'"),
        `the error panel says: ${text}`,
      );
      assert(
        (await page.getByText(/Request failed with/).count()) === 0,
        'the status line is shown instead of the message',
      );
      await page.screenshot({
        path: join(shots, 'path-ownership-error.png'),
        fullPage: true,
      });
      await page.getByTestId('ownership-path').fill('');
      await page
        .getByTestId('backend-error')
        .waitFor({ state: 'detached', timeout: 10_000 });
      assert(
        (await page.getByTestId('ownership-verdict').count()) === 0,
        'an answer still stands under the emptied field',
      );
    },
  },
  {
    name: 'an Agent entity page has the overview card and a Coordination tab',
    async run({ page, baseUrl, shots }) {
      await page.goto(`${baseUrl}/catalog/default/agent/network-engineer`);
      const card = page.getByTestId('entity-agent-overview');
      await card.waitFor({ timeout: 60_000 });
      // The tier's name comes from the framework, a request of its own.
      await card
        .getByText('2 · Infrastructure Layer')
        .waitFor({ timeout: 30_000 });
      const text = await card.innerText();
      for (const fact of [
        'agent-004',
        'Infrastructure Layer',
        'components/terraform/vpc/*',
        'VPC design optimization',
      ]) {
        assert(text.includes(fact), `the overview card lacks "${fact}"`);
      }
      assert(
        (await card
          .locator('a[href="/catalog/default/agent/kubernetes-specialist"]')
          .count()) > 0,
        'the overview card does not link the kubernetes specialist as a dependent',
      );
      await page.screenshot({
        path: join(shots, 'agent-entity.png'),
        fullPage: true,
      });
      // Entity tabs are links, not role=tab.
      await page.getByText('Coordination', { exact: true }).first().click();
      await page.waitForURL(/\/coordination/);
      const schedule = page.getByTestId('agent-schedule');
      await schedule.waitFor({ timeout: 30_000 });
      assert(
        (await schedule.innerText()).includes('On the critical path'),
        'the network engineer is not on the critical path',
      );
      const owned = await page
        .getByTestId('agent-owned-components')
        .innerText();
      assert(
        /vpc/i.test(owned) && /dns/i.test(owned),
        `owned components: ${owned}`,
      );
      await page
        .locator('svg [data-testid^="graph-node-"]')
        .first()
        .waitFor({ timeout: 30_000 });
      await page.waitForTimeout(1_500);
      await page.screenshot({
        path: join(shots, 'agent-coordination-tab.png'),
        fullPage: true,
      });
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
      const owner = card.locator(
        'a[href="/catalog/default/agent/network-engineer"]',
      );
      await pollCount(
        page,
        () => owner.count(),
        1,
        'network engineer links on the VPC component',
        60_000,
      );
      await page.screenshot({
        path: join(shots, 'component-owning-agents.png'),
        fullPage: true,
      });
    },
  },
  {
    name: 'the catalog lists Agents with their type, tier, role and authority',
    async run({ page, baseUrl, shots }) {
      // The portal serves the catalog at / (app-config.yaml). Pick the kind
      // as a person does: a kind=agent query alone is not applied before the
      // picker knows its kinds.
      await page.goto(baseUrl);
      await page.getByText('Component', { exact: true }).first().click();
      await page.getByRole('option', { name: 'Agent' }).click();
      await page.getByText('All', { exact: true }).first().click();
      const row = page.locator('tr', {
        has: page.getByRole('link', { name: 'Network Engineer' }),
      });
      await row.first().waitFor({ timeout: 60_000 });
      const headers = (await page.locator('thead th').allInnerTexts())
        .map(h => h.trim())
        .filter(Boolean);
      for (const column of ['Tier', 'Role', 'Authority', 'Type']) {
        assert(
          headers.some(h => h.toLowerCase() === column.toLowerCase()),
          `no ${column} column: ${headers.join(', ')}`,
        );
      }
      assert(
        !headers.some(h => h.toLowerCase() === 'lifecycle'),
        `a Lifecycle column: ${headers.join(', ')}`,
      );
      await row
        .first()
        .getByText('2 · Infrastructure Layer')
        .waitFor({ timeout: 30_000 });
      const text = await row.first().innerText();
      for (const fact of ['ai-agent', 'Network Architecture', 'SENIOR']) {
        assert(
          text.includes(fact),
          `the network engineer's row lacks "${fact}": ${text}`,
        );
      }
      await page.screenshot({
        path: join(shots, 'catalog-agents.png'),
        fullPage: true,
      });
    },
  },
  {
    name: "API docs lists the plugin's own OpenAPI document",
    async run({ page, baseUrl, shots }) {
      await page.goto(`${baseUrl}/api-docs`);
      await page
        .getByRole('link', { name: 'Agent Coordination API' })
        .first()
        .waitFor({ timeout: 60_000 });
      const entity = await api(
        page,
        '/api/catalog/entities/by-name/api/default/agent-coordination',
      );
      assert(
        entity.spec?.type === 'openapi',
        `the API entity: ${JSON.stringify(entity).slice(0, 300)}`,
      );
      assert(
        /^openapi: 3/m.test(entity.spec.definition ?? ''),
        'the API entity has no OpenAPI definition',
      );
      assert(
        entity.relations.some(
          r =>
            r.type === 'apiConsumedBy' &&
            r.targetRef === 'component:default/plugin-agent-coordination',
        ),
        'the frontend plugin does not consume the API',
      );
      await page.goto(
        `${baseUrl}/catalog/default/api/agent-coordination/definition`,
      );
      await page
        .getByText('/agents/graph')
        .first()
        .waitFor({ timeout: 60_000 });
      await page.screenshot({
        path: join(shots, 'api-docs.png'),
        fullPage: true,
      });
    },
  },
  {
    name: 'search finds agents by name, role and owned path',
    async run({ page, baseUrl, shots }) {
      await page.goto(baseUrl);
      await page.getByRole('link', { name: 'Search' }).first().click();
      await page.waitForURL(/\/search/);
      const find = async term => {
        const result = await api(
          page,
          `/api/search/query?term=${encodeURIComponent(term)}`,
        );
        return (result.results ?? []).map(r => r.document.title);
      };
      // The collator indexes the catalog every few seconds in this config.
      const deadline = Date.now() + 90_000;
      while (
        !(await find('vpc')).includes('Network Engineer') &&
        Date.now() < deadline
      ) {
        await page.waitForTimeout(3_000);
      }
      for (const [term, title] of [
        ['Network Engineer', 'Network Engineer'],
        ['Container Platform', 'Kubernetes Specialist'],
        ['vpc', 'Network Engineer'],
        ['workflows', 'CI/CD Engineer'],
      ]) {
        const titles = await find(term);
        assert(
          titles.includes(title),
          `searching "${term}" finds ${
            titles.slice(0, 5).join(', ') || 'nothing'
          }, not ${title}`,
        );
      }
      await page.goto(`${baseUrl}/search?query=vpc`);
      await page
        .getByText('Network Engineer')
        .first()
        .waitFor({ timeout: 30_000 });
      await page.screenshot({
        path: join(shots, 'search.png'),
        fullPage: true,
      });
    },
  },
  {
    name: 'the Tasks tab is a board by state: a task made elsewhere appears live, and its page moves it on',
    async run({ page, baseUrl, shots }) {
      await page.goto(`${baseUrl}/agent-coordination/tasks`);
      // An empty board says so; it becomes columns when the first task arrives.
      await page
        .getByTestId('task-board')
        .or(page.getByText('No tasks yet'))
        .first()
        .waitFor({ timeout: 60_000 });
      const made = await apiWrite(page, 'POST', '/tasks', {
        title: 'Plan the VPC CIDR ranges',
        kind: 'network_setup',
        assignee: 'network_engineer',
        priority: 'P1',
        component: 'component:default/vpc',
        labels: ['e2e'],
      });
      assert(
        made.status === 201,
        `creating a task answered ${made.status}: ${JSON.stringify(made.body)}`,
      );
      const { task } = made.body;
      // No reload: the board hears the change through signals.
      const card = page.getByTestId(`task-card-${task.id}`);
      await page
        .getByTestId('task-column-CREATED')
        .getByTestId(`task-card-${task.id}`)
        .waitFor({ timeout: 30_000 });
      const text = await card.innerText();
      for (const fact of [
        'Plan the VPC CIDR ranges',
        'P1',
        'Network Engineer',
      ]) {
        assert(text.includes(fact), `the card lacks "${fact}": ${text}`);
      }
      const blocker = await apiWrite(page, 'POST', '/tasks', {
        title: 'Provision the EKS cluster',
        kind: 'service_deployment',
        assignee: 'kubernetes_specialist',
      });
      const dep = await apiWrite(
        page,
        'POST',
        `/tasks/${blocker.body.task.id}/dependencies`,
        { taskId: task.id, version: blocker.body.task.version },
      );
      assert(
        dep.status === 201,
        `adding a dependency answered ${dep.status}: ${JSON.stringify(
          dep.body,
        )}`,
      );
      await page.waitForTimeout(1_500);
      await page.screenshot({
        path: join(shots, 'task-board.png'),
        fullPage: true,
      });

      // A plain click opens the task in a drawer over the board; its own page is at tasks/:id.
      await card.getByTestId('task-title').click();
      const detail = page.getByTestId('task-detail');
      await detail.waitFor({ timeout: 30_000 });
      // The guest is the context manager: the lifecycle lets it assign, and the drawer offers exactly that.
      await detail.getByRole('button', { name: /→ ASSIGNED/ }).click();
      await detail
        .getByTestId('task-state')
        .filter({ hasText: 'ASSIGNED' })
        .first()
        .waitFor({ timeout: 30_000 });
      const now = await api(page, `/api/agent-coordination/tasks/${task.id}`);
      assert(now.state === 'ASSIGNED', `the API says the task is ${now.state}`);
      await page.keyboard.press('Escape');
      await page
        .getByTestId('task-column-ASSIGNED')
        .getByTestId(`task-card-${task.id}`)
        .waitFor({ timeout: 30_000 });
      await page.goto(`${baseUrl}/agent-coordination/tasks/${task.id}`);
      await page
        .getByTestId('task-detail')
        .getByTestId('task-state')
        .filter({ hasText: 'ASSIGNED' })
        .first()
        .waitFor({ timeout: 30_000 });
      await page.waitForTimeout(1_000);
      await tallScreenshot(page, join(shots, 'task-detail.png'), 1_500);
    },
  },
  {
    name: 'a dependent started before its blocker is done waits in BLOCKED, and moves on by itself when the blocker completes through review',
    async run({ page, baseUrl, shots }) {
      // Both assigned to the guest's agent (the context manager), so the guest may walk both through the lifecycle.
      const make = async body => {
        const res = await apiWrite(page, 'POST', '/tasks', {
          assignee: 'context_manager',
          labels: ['e2e-flow'],
          ...body,
        });
        assert(
          res.status === 201,
          `creating "${body.title}" answered ${res.status}: ${JSON.stringify(
            res.body,
          )}`,
        );
        return res.body.task;
      };
      const move = async (task, to) => {
        const res = await apiWrite(
          page,
          'POST',
          `/tasks/${task.id}/transitions`,
          { to, version: task.version },
        );
        assert(
          res.status === 200,
          `${task.title}: ${task.state} -> ${to} answered ${
            res.status
          }: ${JSON.stringify(res.body)}`,
        );
        return res.body.task;
      };
      let blocker = await make({
        title: 'Set up the VPC peering',
        kind: 'network_setup',
      });
      let dependent = await make({
        title: 'Deploy the ingress controller',
        kind: 'service_deployment',
      });
      // §5.2: network setup blocks service deployment.
      const dep = await apiWrite(
        page,
        'POST',
        `/tasks/${dependent.id}/dependencies`,
        { taskId: blocker.id, version: dependent.version },
      );
      assert(
        dep.status === 201 && dep.body.task.dependencies[0].blocking === true,
        `the dependency: ${JSON.stringify(dep.body)}`,
      );
      dependent = await move(dep.body.task, 'ASSIGNED');
      blocker = await move(blocker, 'ASSIGNED');

      await page.goto(`${baseUrl}/agent-coordination/tasks?label=e2e-flow`);
      const column = state => page.getByTestId(`task-column-${state}`);
      await column('ASSIGNED')
        .getByTestId(`task-card-${dependent.id}`)
        .waitFor({ timeout: 60_000 });
      // Start the dependent from its drawer: the blocker is not done, so it ends in BLOCKED.
      await page
        .getByTestId(`task-card-${dependent.id}`)
        .getByTestId('task-title')
        .click();
      const detail = page.getByTestId('task-detail');
      await detail.getByRole('button', { name: /→ IN_PROGRESS/ }).click();
      await detail
        .getByTestId('task-state')
        .filter({ hasText: 'BLOCKED' })
        .first()
        .waitFor({ timeout: 30_000 });
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'hidden', timeout: 10_000 });
      await column('BLOCKED')
        .getByTestId(`task-card-${dependent.id}`)
        .waitFor({ timeout: 30_000 });
      // Wide enough for every column at once, so the screenshots show the whole flow.
      const viewport = page.viewportSize();
      await page.setViewportSize({ width: 2240, height: 720 });
      const blockedText = await page
        .getByTestId(`task-card-${dependent.id}`)
        .innerText();
      assert(
        blockedText.includes('Set up the VPC peering'),
        `the blocked card does not name its blocker: ${blockedText}`,
      );
      await page.screenshot({
        path: join(shots, 'task-board-blocked.png'),
        fullPage: true,
      });

      // The blocker goes through review elsewhere (the API, as an agent would); the page is not reloaded.
      blocker = await move(blocker, 'IN_PROGRESS');
      blocker = await move(blocker, 'REVIEW');
      blocker = await move(blocker, 'COMPLETED');
      await column('COMPLETED')
        .getByTestId(`task-card-${blocker.id}`)
        .waitFor({ timeout: 30_000 });
      await column('IN_PROGRESS')
        .getByTestId(`task-card-${dependent.id}`)
        .waitFor({ timeout: 30_000 });
      const now = await api(
        page,
        `/api/agent-coordination/tasks/${dependent.id}`,
      );
      assert(
        now.state === 'IN_PROGRESS' && now.blockedBy.length === 0,
        `the dependent is ${now.state}, blocked by ${now.blockedBy}`,
      );
      await page.waitForTimeout(1_000);
      await page.screenshot({
        path: join(shots, 'task-board-unblocked.png'),
        fullPage: true,
      });
      if (viewport) await page.setViewportSize(viewport);
    },
  },
  {
    name: 'a conflict with a short SLA escalates from L1 to L2 on the Escalation matrix tab by itself',
    async run({ page, baseUrl, shots }) {
      await page.goto(`${baseUrl}/agent-coordination/escalation`);
      await page
        .getByTestId('escalation-matrix-page')
        .waitFor({ timeout: 60_000 });
      for (const row of [
        'code_merge',
        'architecture',
        'security',
        'priority',
        'resource',
      ]) {
        await page
          .getByTestId(`matrix-row-${row}`)
          .waitFor({ timeout: 30_000 });
      }
      const opened = await apiWrite(page, 'POST', '/conflicts', {
        type: 'technical',
        category: 'e2e_short_sla',
        title: 'Two plans for the VPC module',
        parties: ['network_engineer', 'kubernetes_specialist'],
        subject: {
          components: ['component:default/vpc'],
          paths: ['components/terraform/vpc/main.tf'],
        },
      });
      assert(
        opened.status === 201,
        `opening a conflict answered ${opened.status}: ${JSON.stringify(
          opened.body,
        )}`,
      );
      const conflict = opened.body;
      assert(
        conflict.level === 'L1' && conflict.authority.name === 'Agents',
        `opened at ${conflict.level}, ${conflict.authority.name} deciding`,
      );
      const row = page.locator('tr', {
        has: page.getByTestId(`conflict-${conflict.id}`),
      });
      await row.waitFor({ timeout: 30_000 });
      await row
        .getByTestId('level-chip')
        .filter({ hasText: 'L1' })
        .waitFor({ timeout: 10_000 });
      await tallScreenshot(
        page,
        join(shots, 'escalation-matrix-l1.png'),
        1_600,
      );
      // 20 s a level, a sweep every 5 s: the page shows L2 within a minute, without a reload.
      await row
        .getByTestId('level-chip')
        .filter({ hasText: 'L2' })
        .waitFor({ timeout: 60_000 });
      assert(
        (await row.innerText()).includes('Context Manager'),
        `after the escalation the row says: ${await row.innerText()}`,
      );
      await tallScreenshot(page, join(shots, 'escalation-matrix.png'), 1_600);

      await page.goto(`${baseUrl}/agent-coordination/conflicts/${conflict.id}`);
      const timeline = page.getByTestId('conflict-timeline');
      await timeline.waitFor({ timeout: 30_000 });
      await timeline.getByText(/SLA/).first().waitFor({ timeout: 30_000 });
      const events = await api(
        page,
        `/api/agent-coordination/conflicts/${conflict.id}/events`,
      );
      const escalated = events.items.find(e => e.type === 'conflict.escalated');
      // Who: the system, not a person; why: the SLA.
      assert(
        escalated?.actor === 'system:agent-coordination' &&
          escalated.reason.startsWith('SLA: L1'),
        `escalation event: ${JSON.stringify(escalated)}`,
      );
      await page.waitForTimeout(1_000);
      await tallScreenshot(page, join(shots, 'conflict-detail.png'), 1_700);
    },
  },
  {
    name: 'the Messages tab: a REQUEST reaches the network engineer\'s inbox live, reading it drops the count, a broadcast reaches every other agent',
    async run({ page, baseUrl, shots }) {
      await page.goto(`${baseUrl}/agent-coordination/messages`);
      await page.getByTestId('messages-page').waitFor({ timeout: 60_000 });
      // The guest acts as the context manager: its own inbox first and selected; it may read every inbox.
      const first = page.getByTestId('inbox-agents').getByTestId(/^inbox-agent-/).first();
      await first.waitFor({ timeout: 30_000 });
      assert(
        (await first.getAttribute('data-testid')) === 'inbox-agent-context_manager',
        `the first inbox is ${await first.getAttribute('data-testid')}`,
      );
      const neBefore = await inboxCount(page, 'network_engineer');
      const cmBefore = await inboxCount(page, 'context_manager');

      const sent = await apiWrite(page, 'POST', '/messages', {
        to: 'network_engineer',
        type: 'REQUEST',
        priority: 'P1',
        subject: 'Which CIDR range for the shared services VPC?',
        content: 'We need a **/16** that does not overlap the on-premises ranges.',
        artifacts: [{ path: 'components/terraform/vpc/main.tf', type: 'code' }],
        tags: ['e2e', 'vpc'],
      });
      assert(
        sent.status === 201 && sent.body.correlationId === sent.body.id,
        `sending a REQUEST answered ${sent.status}: ${JSON.stringify(sent.body)}`,
      );
      const request = sent.body;
      // No reload: the count hears the message through signals.
      await waitForInboxCount(page, 'network_engineer', neBefore + 1);
      await page.getByTestId('inbox-agent-network_engineer').click();
      const row = page.getByTestId(`message-row-${request.id}`);
      await row.waitFor({ timeout: 30_000 });
      assert(
        (await row.getAttribute('data-unread')) === 'true',
        'the new REQUEST is not shown unread',
      );
      const rowText = await row.innerText();
      for (const fact of ['P1', 'REQUEST', 'Which CIDR range']) {
        assert(rowText.includes(fact), `the row lacks "${fact}": ${rowText}`);
      }

      // The context manager opens it: not a recipient, so it stays unread for the network engineer.
      await row.getByTestId('message-subject').click();
      const detail = page.getByTestId('message-detail');
      await detail.waitFor({ timeout: 30_000 });
      await detail.getByTestId('message-not-recipient').waitFor({ timeout: 10_000 });
      await detail.getByTestId('message-content').getByText('/16').waitFor({ timeout: 10_000 });
      await page.getByTestId('message-back').click();
      await row.waitFor({ timeout: 30_000 });
      await waitForInboxCount(page, 'network_engineer', neBefore + 1);

      // The network engineer reads it elsewhere: its count drops, without a reload.
      const read = await asNetworkEngineer(baseUrl, 'POST', `/messages/${request.id}/read`);
      assert(read.status === 200 && read.body.readAt, `marking read answered ${read.status}: ${JSON.stringify(read.body)}`);
      await waitForInboxCount(page, 'network_engineer', neBefore);
      await page
        .locator(`[data-testid="message-row-${request.id}"][data-unread="false"]`)
        .waitFor({ timeout: 30_000 });

      // It answers with a RESPONSE carrying the REQUEST's id; the guest opens it from its own inbox, and its count drops.
      const answer = await asNetworkEngineer(baseUrl, 'POST', '/messages', {
        to: 'context_manager',
        type: 'RESPONSE',
        priority: 'P1',
        subject: 'Re: Which CIDR range for the shared services VPC?',
        content: 'Take `10.40.0.0/16`.',
        correlationId: request.id,
      });
      assert(answer.status === 201, `the RESPONSE answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      await waitForInboxCount(page, 'context_manager', cmBefore + 1);
      await page.getByTestId('inbox-agent-context_manager').click();
      const answerRow = page.getByTestId(`message-row-${answer.body.id}`);
      await answerRow.waitFor({ timeout: 30_000 });
      assert((await answerRow.getAttribute('data-unread')) === 'true', 'the RESPONSE is not shown unread');
      await answerRow.getByTestId('message-subject').click();
      await detail.waitFor({ timeout: 30_000 });
      await detail.getByTestId(`thread-item-${request.id}`).waitFor({ timeout: 30_000 });
      await page.getByTestId('message-back').click();
      await waitForInboxCount(page, 'context_manager', cmBefore);
      const inbox = await api(page, '/api/agent-coordination/agents/context_manager/inbox?limit=1');
      assert(inbox.unread === cmBefore, `the API says the guest's inbox has ${inbox.unread} unread, not ${cmBefore}`);

      // A broadcast to ALL is in every other agent's inbox.
      const ksBefore = await inboxCount(page, 'kubernetes_specialist');
      const all = await apiWrite(page, 'POST', '/messages', {
        to: 'ALL',
        type: 'UPDATE',
        priority: 'P2',
        subject: 'The shared services VPC uses 10.40.0.0/16',
        tags: ['e2e'],
      });
      assert(all.status === 201, `the broadcast answered ${all.status}: ${JSON.stringify(all.body)}`);
      await waitForInboxCount(page, 'kubernetes_specialist', ksBefore + 1);
      await page.getByTestId('inbox-agent-kubernetes_specialist').click();
      await page.getByTestId(`message-row-${all.body.id}`).waitFor({ timeout: 30_000 });
      await page.getByTestId('inbox-agent-network_engineer').click();
      await page.getByTestId(`message-row-${all.body.id}`).waitFor({ timeout: 30_000 });
      await waitForInboxCount(page, 'network_engineer', neBefore + 1);
      await page.waitForTimeout(1_000);
      await tallScreenshot(page, join(shots, 'messages.png'), 1_200);
    },
  },
  {
    name: 'the Handoffs tab: a handoff opened with a failing checklist is refused, fixed, transferred and acknowledged by its receiver, and the task it held moves on',
    async run({ page, baseUrl, shots }) {
      // A task the guest (the context manager) is working on; the handoff will hold it.
      const made = await apiWrite(page, 'POST', '/tasks', {
        title: 'Wire the API gateway to the new VPC',
        kind: 'service_deployment',
        assignee: 'context_manager',
        labels: ['e2e-handoff'],
      });
      assert(made.status === 201, `creating the task answered ${made.status}: ${JSON.stringify(made.body)}`);
      let task = made.body.task;
      for (const to of ['ASSIGNED', 'IN_PROGRESS']) {
        const moved = await apiWrite(page, 'POST', `/tasks/${task.id}/transitions`, { to, version: task.version });
        assert(moved.status === 200, `${to} answered ${moved.status}: ${JSON.stringify(moved.body)}`);
        task = moved.body.task;
      }

      // Open it in the page, to the network engineer, with half the template filled in.
      await page.goto(`${baseUrl}/agent-coordination/handoffs`);
      await page.getByTestId('open-handoff').click();
      const form = page.getByTestId('handoff-form');
      await form.waitFor({ timeout: 30_000 });
      await form.getByTestId('handoff-title').fill('Shared services VPC');
      await form.getByRole('button', { name: 'To' }).click();
      await page.getByRole('option', { name: 'Network Engineer' }).click();
      await form.getByTestId('handoff-blocks').fill('Wire the API gateway');
      await page.getByRole('option', { name: /Wire the API gateway to the new VPC/ }).click();
      await form.getByTestId('handoff-completed-work').fill('CIDR plan agreed: 10.40.0.0/16');
      await page.getByTestId('handoff-save').click();
      await page.getByTestId('handoff-detail-page').waitFor({ timeout: 30_000 });
      const handoffId = page.url().split('/handoffs/')[1].split(/[?#]/)[0];
      await page.getByTestId('handoff-stage-transfer').and(page.locator('[data-state="failing"]')).waitFor({ timeout: 30_000 });
      const held = await api(page, `/api/agent-coordination/tasks/${task.id}`);
      assert(held.state === 'BLOCKED', `the task the handoff blocks is ${held.state}, not BLOCKED`);

      // The transfer is refused, naming what is missing.
      await page.getByTestId('handoff-action-transfer').click();
      await page.getByTestId('handoff-step-confirm').click();
      const missing = page.getByTestId('handoff-missing');
      await missing.waitFor({ timeout: 30_000 });
      const missingText = await missing.innerText();
      for (const check of ['Context files updated', 'Artifacts accessible', 'Dependencies documented', 'Known issues listed', 'Success criteria defined']) {
        assert(missingText.includes(check), `the refusal does not name "${check}": ${missingText}`);
      }
      await page.screenshot({ path: join(shots, 'handoff-refused.png') });
      await page.getByRole('button', { name: 'Cancel' }).click();

      // Fixed in the draft: artifacts, none for issues and dependencies, a success criterion, the attestation.
      await page.getByTestId('handoff-action-edit').click();
      await form.waitFor({ timeout: 30_000 });
      await form.getByTestId('handoff-add-artifact').click();
      await form.getByTestId('handoff-artifact-path-0').fill('components/terraform/vpc/main.tf');
      await form.getByTestId('handoff-known-issues-none').check();
      await form.getByTestId('handoff-dependencies-none').check();
      await form.getByTestId('handoff-success-criteria').fill('terraform plan shows no drift');
      await form.getByTestId('handoff-attest-Context files updated').check();
      await page.getByTestId('handoff-save').click();
      await form.waitFor({ state: 'hidden', timeout: 30_000 });
      await page.getByText('Every check passes').waitFor({ timeout: 30_000 });
      await page.getByTestId('handoff-action-transfer').click();
      await page.getByTestId('handoff-step-confirm').click();
      await page.getByTestId('handoff-status').filter({ hasText: 'Awaiting acknowledgment' }).waitFor({ timeout: 30_000 });
      await page.getByTestId('handoff-due').waitFor({ timeout: 10_000 });

      // The receiver acknowledges in the page: the plugin's requests carry the network engineer's token.
      await page.route('**/api/agent-coordination/**', route =>
        route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${NETWORK_ENGINEER_TOKEN}` } }),
      );
      try {
        await page.reload();
        await page.getByTestId('handoff-action-acknowledge').waitFor({ timeout: 30_000 });
        await page.screenshot({ path: join(shots, 'handoff-awaiting.png') });
        await page.getByTestId('handoff-action-acknowledge').click();
        await page.getByTestId('handoff-step-text').fill('Taking it over; peering next.');
        await page.getByTestId('handoff-step-confirm').click();
        await page.getByTestId('handoff-status').filter({ hasText: 'Acknowledged' }).waitFor({ timeout: 30_000 });
        await page.getByText('Released when it was acknowledged').waitFor({ timeout: 30_000 });
      } finally {
        await page.unroute('**/api/agent-coordination/**');
      }
      const released = await api(page, `/api/agent-coordination/tasks/${task.id}`);
      assert(released.state === 'IN_PROGRESS', `after the acknowledgment the task is ${released.state}, not IN_PROGRESS`);
      const handoff = await api(page, `/api/agent-coordination/handoffs/${handoffId}`);
      assert(
        handoff.status === 'acknowledged' && handoff.stage === 'acknowledgment' && handoff.missing.length === 0,
        `the handoff is ${handoff.status} at ${handoff.stage}, missing ${handoff.missing}`,
      );
      await page.reload();
      await page.getByTestId('handoff-document').waitFor({ timeout: 30_000 });
      await page.getByTestId(`task-${task.id}`).filter({ hasText: 'IN_PROGRESS' }).waitFor({ timeout: 30_000 });
      await tallScreenshot(page, join(shots, 'handoff-acknowledged.png'), 1_900);

      // The list: sent by the guest, acknowledged.
      await page.goto(`${baseUrl}/agent-coordination/handoffs?view=sent`);
      await page.getByTestId(`handoff-row-${handoffId}`).filter({ hasText: 'Acknowledged' }).waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(shots, 'handoffs.png') });
    },
  },
  {
    name: 'an address under the page that is no tab says so',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/agent-coordination/no-such-tab`);
      await page.getByText('No such page').first().waitFor({ timeout: 30_000 });
      await page.goto(`${baseUrl}/agent-coordination/tasks/no-such-task`);
      await page
        .getByTestId('backend-error')
        .or(page.getByText(/No task|not found/i).first())
        .first()
        .waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'the portal log says each known problem once and has no catalog conflicts',
    async run({ portalLog }) {
      const lines = portalLog().split('\n');
      const conflicts = lines.filter(l => l.includes('ownership conflict:'));
      assert(
        conflicts.length === 1,
        `the workflows/* overlap is logged ${conflicts.length} times`,
      );
      const duplicates = lines.filter(l =>
        l.includes('Detected conflicting entityRef'),
      );
      assert(duplicates.length === 0, duplicates.join('\n'));
      const guestLookups = lines.filter(l =>
        /user\/development\/guest/.test(l),
      );
      assert(
        guestLookups.length === 0,
        `the backend still looks up user:development/guest: ${guestLookups[0]}`,
      );
    },
  },
];
