import type {
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizeResult,
  type BasicPermission,
  type Permission,
  type PermissionCriteria,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  createConditionTransformer,
  type PermissionResourceRef,
  type PermissionRule,
} from '@backstage/plugin-permission-node';
import type { Actor } from '../actors';
import type { ColumnCondition } from '../store/applyConditions';

/** Conditions nothing meets (applyConditions renders an empty anyOf as a false predicate). */
// The type wants a non-empty anyOf; applyConditions handles the empty one on purpose.
export const NOTHING = { anyOf: [] } as unknown as PermissionCriteria<never>;

/**
 * The permission framework's say on one noun's resources (tasks, conflicts,
 * handoffs, ...): its resource type, rules and permissions registered once,
 * and the three questions every route asks. Resource permissions are asked
 * with authorizeConditional and the conditions applied here, to the row
 * (one small SELECT) or to a list query as SQL, rather than with authorize,
 * which would have the permission backend call back into this plugin per
 * request.
 *
 * The permission policy is the organisation's extra layer for users;
 * service principals (tokens) never reach it and are answered ALLOW, and
 * their outer fence is their accessRestrictions. Either way the framework's
 * own rules come after, for everyone.
 */
export class ResourcePermissions<TResource, TColumn extends string> {
  private readonly isAllowed: (decision: any, resource: TResource | undefined) => boolean;
  private readonly toQuery: (conditions: any) => PermissionCriteria<ColumnCondition<TColumn>>;

  constructor(
    private readonly options: {
      permissions: PermissionsService;
      permissionsRegistry: PermissionsRegistryService;
      resourceRef: PermissionResourceRef<TResource, ColumnCondition<TColumn>, string, string>;
      /** Every permission of the noun; the resource ones are registered with the resource type. */
      permissionList: Permission[];
      rules: PermissionRule<TResource, ColumnCondition<TColumn>, string, any>[];
      /** The rows a rule looks at, by id; missing ids are absent. */
      loadResources: (ids: string[]) => Promise<Map<string, TResource>>;
      /** How the resource is named in messages, e.g. 'task'. */
      noun: string;
    },
  ) {
    const { permissionsRegistry, resourceRef, permissionList, rules, loadResources } = options;
    // The registry's generics infer the resource type from resourceRef
    // (NoInfer elsewhere), which a generic class cannot satisfy; the ref
    // ties rules and loader to the same TResource already.
    permissionsRegistry.addResourceType({
      resourceRef,
      permissions: permissionList.filter(p => p.type === 'resource'),
      rules,
      getResources: async (ids: string[]) => {
        const rows = await loadResources(ids);
        return ids.map(id => rows.get(id));
      },
    } as never);
    permissionsRegistry.addPermissions(permissionList.filter(p => p.type === 'basic'));
    const ruleset = permissionsRegistry.getPermissionRuleset(resourceRef);
    this.isAllowed = createConditionAuthorizer(ruleset) as never;
    this.toQuery = createConditionTransformer(ruleset) as never;
  }

  /** A basic permission (no resource to put conditions on, e.g. create). Throws 403. */
  async authorize(actor: Actor, permission: BasicPermission): Promise<void> {
    if (!actor.credentials) return;
    const [decision] = await this.options.permissions.authorize([{ permission }], {
      credentials: actor.credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`${actor.principal} may not do this (${permission.name})`);
    }
  }

  /** Throws 404 for a missing resource (when the policy's conditions need it) and 403 when refused. */
  async authorizeResource(actor: Actor, permission: ResourcePermission, id: string): Promise<void> {
    if (!actor.credentials) return;
    const [decision] = await this.options.permissions.authorizeConditional([{ permission }], {
      credentials: actor.credentials,
    });
    if (decision.result === AuthorizeResult.ALLOW) return;
    const resource =
      decision.result === AuthorizeResult.CONDITIONAL
        ? (await this.options.loadResources([id])).get(id)
        : undefined;
    if (decision.result === AuthorizeResult.CONDITIONAL && !resource) {
      throw new NotFoundError(`No ${this.options.noun} with id '${id}'`);
    }
    if (!this.isAllowed(decision, resource)) {
      throw new NotAllowedError(
        `${actor.principal} may not act on ${this.options.noun} ${id} (${permission.name})`,
      );
    }
  }

  /**
   * The conditions a resource must meet for this caller to have
   * `permission` on it: undefined for all of them, NOTHING for none. For
   * lists and counts, which apply them as SQL.
   */
  async conditions(
    actor: Actor,
    permission: ResourcePermission,
  ): Promise<PermissionCriteria<ColumnCondition<TColumn>> | undefined> {
    if (!actor.credentials) return undefined;
    const [decision] = await this.options.permissions.authorizeConditional([{ permission }], {
      credentials: actor.credentials,
    });
    if (decision.result === AuthorizeResult.ALLOW) return undefined;
    if (decision.result === AuthorizeResult.CONDITIONAL) return this.toQuery(decision.conditions);
    return NOTHING as PermissionCriteria<ColumnCondition<TColumn>>;
  }

  /** Like conditions, but a caller refused every resource gets a 403: for the list routes. */
  async listFilter(
    actor: Actor,
    permission: ResourcePermission,
  ): Promise<PermissionCriteria<ColumnCondition<TColumn>> | undefined> {
    const criteria = await this.conditions(actor, permission);
    if (criteria === NOTHING) {
      throw new NotAllowedError(`${actor.principal} may not read ${this.options.noun}s (${permission.name})`);
    }
    return criteria;
  }
}
