import {
  Content,
  Header,
  HeaderLabel,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { agentCoordinationApiRef } from '../../api';
import { FrameworkOverview } from '../FrameworkOverview';

/**
 * The plugin's main page: the loaded framework's tiers and agents.
 * @public
 */
export const FrameworkOverviewPage = () => {
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

  let body;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = <ResponseErrorPanel error={error} />;
  } else if (framework) {
    body = <FrameworkOverview framework={framework} />;
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
      <Content>{body}</Content>
    </Page>
  );
};
