import { coreServices, createServiceFactory } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  type Permission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { principalOf } from '../platform/actors';

/** A permission policy as a function of the permission and the caller's principal. */
export type TestPolicy = (permission: Permission, principal: string) => PolicyDecision;

/**
 * A permissions service that answers from `policy` in process, the way the
 * permission backend would, so tests see real CONDITIONAL decisions.
 */
export function policyPermissions(policy: TestPolicy) {
  return createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () => ({
      async authorizeConditional(requests, { credentials }) {
        return requests.map(r => policy(r.permission, principalOf(credentials))) as any;
      },
      async authorize(requests, { credentials }) {
        return requests.map(r => {
          const decision = policy(r.permission, principalOf(credentials));
          if (decision.result === AuthorizeResult.CONDITIONAL) {
            throw new Error('test policy: conditional decisions need authorizeConditional');
          }
          return { result: decision.result };
        });
      },
    }),
  });
}
