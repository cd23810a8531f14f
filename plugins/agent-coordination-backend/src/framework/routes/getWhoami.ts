import type { AuthService, HttpAuthService, UserInfoService } from '@backstage/backend-plugin-api';
import type { ActorDirectory } from '@agent-coordination/plugin-agent-coordination-node';
import type { Router } from 'express';
import { actorFor } from '../../platform/actors';
import { respond, route } from '../../platform/http/route';

/** GET /whoami: the framework agent the caller acts as, and a user's groups. */
export function getWhoamiRoute(ctx: {
  router: Router;
  httpAuth: HttpAuthService;
  auth: AuthService;
  userInfo: UserInfoService;
  actors: ActorDirectory;
}) {
  route(ctx.router, 'getWhoami', async (req, res) => {
    const credentials = await ctx.httpAuth.credentials(req, { allow: ['user', 'service'] });
    const actor = actorFor(credentials, ctx.actors);
    const groups = ctx.auth.isPrincipal(credentials, 'user')
      ? (await ctx.userInfo.getUserInfo(credentials)).ownershipEntityRefs.filter(r => r.startsWith('group:'))
      : [];
    const agent = actor.agent;
    respond(res, 'getWhoami', 200, {
      principal: actor.principal,
      agent: agent && { key: agent.key, id: agent.id, role: agent.role, tier: agent.tier, authority: agent.authority },
      groups,
    });
  });
}
