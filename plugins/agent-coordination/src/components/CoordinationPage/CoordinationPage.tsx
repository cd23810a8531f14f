import {
  Header,
  HeaderLabel,
  Page,
  Progress,
  ResponseErrorPanel,
  TabbedLayout,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { agentCoordinationApiRef } from '../../api';
import { AgentGraphView } from '../AgentGraph';
import { AgentRegistry } from '../AgentRegistry';
import { FrameworkOverview } from '../FrameworkOverview';
import { PathOwnershipLookup } from '../PathOwnership';

/**
 * The plugin's page: the framework in the header, and tabs for its tiers
 * (Overview), the agents in the catalog (Registry), how they depend on each
 * other (Dependency graph) and who owns a path (Path ownership). The other
 * tabs load their own data, so a framework that fails to load only breaks
 * the Overview.
 * @public
 */
export const CoordinationPage = () => {
  const api = useApi(agentCoordinationApiRef);
  const {
    value: framework,
    loading,
    error,
  } = useAsync(() => api.getFramework(), [api]);

  const metadata = framework?.metadata;
  const subtitle = metadata
    ? `${metadata.title ?? metadata.name} · v${metadata.version}`
    : undefined;

  let overview;
  if (loading) {
    overview = <Progress />;
  } else if (error) {
    overview = <ResponseErrorPanel error={error} />;
  } else if (framework) {
    overview = <FrameworkOverview framework={framework} />;
  }

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
      </TabbedLayout>
    </Page>
  );
};
