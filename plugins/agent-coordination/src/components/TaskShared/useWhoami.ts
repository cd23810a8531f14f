import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import type { Whoami } from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { cachedRequest } from './requestCache';

/** @public */
export interface WhoamiState {
  whoami?: Whoami;
  loading: boolean;
  error?: Error;
}

/**
 * Which framework agent the signed-in user acts as (null: read only). The
 * mapping is the backend's configuration and does not change while a page is
 * open, so it is asked once per client.
 * @public
 */
export function useWhoami(): WhoamiState {
  const api = useApi(agentCoordinationApiRef);
  const { value, loading, error } = useAsync(
    () =>
      cachedRequest(api, 'whoami', Number.POSITIVE_INFINITY, () =>
        api.getWhoami(),
      ),
    [api],
  );
  return { whoami: value, loading, error };
}
