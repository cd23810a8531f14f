import type { PluginContext } from '../platform/PluginContext';
import { registerLookupOwnershipAction } from './actions/lookupOwnershipAction';
import { getOwnershipRoute } from './routes/getOwnership';

/** Path ownership: the framework's answer to who owns a path. */
export function bindOwnership(ctx: PluginContext): void {
  getOwnershipRoute(ctx);
  registerLookupOwnershipAction(ctx.actionsRegistry, ctx, ctx.actors);
}
