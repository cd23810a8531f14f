import { respond, route } from '../../platform/http/route';
import type { ActorOf } from '../../platform/http/requestContext';
import type { Router } from 'express';
import { ownershipOf, type OwnershipContext } from '../ownershipOf';

/** GET /ownership?path= : which agents own a repository path, and how they overlap. */
export function getOwnershipRoute(ctx: OwnershipContext & { router: Router; actorOf: ActorOf }) {
  route(ctx.router, 'getOwnership', async (req, res) => {
    const actor = await ctx.actorOf(req);
    respond(res, 'getOwnership', 200, await ownershipOf(ctx, actor, req.query.path));
  });
}
