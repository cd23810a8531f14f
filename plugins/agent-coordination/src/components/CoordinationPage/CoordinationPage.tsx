import {
  Content,
  EmptyState,
  Header,
  HeaderLabel,
  Page,
  Progress,
  TabbedLayout,
} from '@backstage/core-components';
import { useMemo } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { Route, Routes, useParams, useResolvedPath } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { agentCoordinationApiRef } from '../../api';
import { useCoordinationFramework } from '../../hooks';
import { AgentGraphView } from '../AgentGraph';
import { AgentRegistry } from '../AgentRegistry';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { ConflictDetailPage } from '../ConflictDetail';
import { EscalationMatrixPage } from '../EscalationMatrix';
import { FrameworkOverview } from '../FrameworkOverview';
import { HandoffRoutes } from '../Handoffs';
import { MessageRoutes } from '../Messages';
import { PathOwnershipLookup } from '../PathOwnership';
import { TaskRoutes } from '../TaskBoard';

/** The tabs' paths: anything else under the page is not found, rather than silently the first tab. */
const TAB_PATHS = [
  'registry',
  'graph',
  'ownership',
  'tasks',
  'escalation',
  'messages',
  'handoffs',
];

const NotFound = () => (
  <Content>
    <EmptyState
      missing="content"
      title="No such page"
      description="There is nothing at this address under Agent Coordination."
    />
  </Content>
);

const TabsOrNotFound = ({ tabs }: { tabs: JSX.Element }) => {
  const first = (useParams()['*'] ?? '').split('/')[0];
  return first && !TAB_PATHS.includes(first) ? <NotFound /> : tabs;
};

/**
 * The plugin's page: the framework in the header, and tabs for its tiers
 * (Overview), the agents in the catalog (Registry), how they depend on each
 * other (Dependency graph), who owns a path (Path ownership), the task
 * board (Tasks, with one task at tasks/:id) and who decides conflicts
 * (Escalation matrix, with one conflict at conflicts/:id) and the agents'
 * inboxes (Messages, with one message at messages/:id) and who must hand
 * what to whom (Handoffs, with one handoff at handoffs/:id). The other tabs
 * load their own data, so a framework that fails to load only breaks the
 * Overview.
 * @public
 */
export const CoordinationPage = () => {
  const api = useApi(agentCoordinationApiRef);
  const { framework, loading, error } = useCoordinationFramework();
  // The catalog's agents, so the overview's cards can link to their pages;
  // without them (catalog down, no Agent entities yet) the cards just don't.
  const { value: agents } = useAsync(() => api.getAgents(), [api]);
  const agentEntityRefs = useMemo(
    () =>
      Object.fromEntries(
        (agents?.items ?? []).map(a => [a.entity.spec.agentId, a.entityRef]),
      ),
    [agents],
  );

  // Where the page is mounted, from the router: the page works wherever an app puts it.
  const root = useResolvedPath('').pathname.replace(/\/$/, '');

  const metadata = framework?.metadata;
  const subtitle = metadata
    ? `${metadata.title ?? metadata.name} · v${metadata.version}`
    : undefined;

  let overview;
  if (loading) {
    overview = <Progress />;
  } else if (error) {
    overview = (
      <BackendErrorPanel error={error} title="Could not load the framework" />
    );
  } else if (framework) {
    overview = (
      <FrameworkOverview
        framework={framework}
        agentEntityRefs={agentEntityRefs}
      />
    );
  }

  const layout = (
    <TabbedLayout>
      <TabbedLayout.Route path="/" title="Overview">
        <>{overview}</>
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/registry" title="Registry">
        <AgentRegistry />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/graph" title="Dependency graph">
        <AgentGraphView />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/ownership" title="Path ownership">
        <PathOwnershipLookup />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/tasks" title="Tasks">
        <TaskRoutes />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/escalation" title="Escalation matrix">
        <EscalationMatrixPage />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/messages" title="Messages">
        <MessageRoutes />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/handoffs" title="Handoffs">
        <HandoffRoutes />
      </TabbedLayout.Route>
    </TabbedLayout>
  );

  return (
    <Page themeId="tool">
      <Header title="Agent Coordination" subtitle={subtitle}>
        {metadata?.effectiveDate && (
          <HeaderLabel label="Effective" value={metadata.effectiveDate} />
        )}
        {metadata?.reviewCycle && (
          <HeaderLabel label="Review cycle" value={metadata.reviewCycle} />
        )}
      </Header>
      <Routes>
        <Route
          path="/conflicts/:id"
          element={
            <Content>
              <ConflictDetailPage
                backLink={{
                  to: `${root}/escalation`,
                  title: 'Escalation matrix',
                }}
              />
            </Content>
          }
        />
        <Route path="/*" element={<TabsOrNotFound tabs={layout} />} />
      </Routes>
    </Page>
  );
};
