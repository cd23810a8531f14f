import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { ActorDirectory } from '@agent-coordination/plugin-agent-coordination-node';
import { actorFor } from '../../platform/actors';
import { ownershipOf, type OwnershipContext } from '../ownershipOf';

/** "Who owns this path?" for MCP clients and other action callers: the same answer as GET /ownership. */
export function registerLookupOwnershipAction(
  actionsRegistry: ActionsRegistryService,
  ctx: OwnershipContext,
  actors: ActorDirectory,
) {
  actionsRegistry.register({
    name: 'lookup-path-owners',
    title: 'Look up who owns a repository path',
    description:
      "Which coordination agents own a path of the infrastructure repository (e.g. components/terraform/vpc/main.tf), by the framework's ownership globs: every matching owner, the primary owner(s), and whether two agents claim it equally (a conflict).",
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          path: z.string().min(1).max(1024).describe('Relative to the repository root, e.g. components/terraform/vpc/main.tf'),
        }),
      output: z =>
        z.object({
          path: z.string(),
          primary: z.array(z.string()).describe('Framework agent keys of the primary owners'),
          conflict: z.boolean(),
          owners: z.array(
            z.object({
              agent: z.string(),
              agentId: z.string(),
              glob: z.string(),
              primary: z.boolean(),
              entityRef: z.string().nullable(),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const answer = await ownershipOf(ctx, actorFor(credentials, actors), input.path);
      return {
        output: {
          path: answer.path,
          primary: answer.primary,
          conflict: answer.conflict,
          owners: answer.owners.map(o => ({
            agent: o.agent,
            agentId: o.agentId,
            glob: o.glob,
            primary: o.primary,
            entityRef: o.entityRef ?? null,
          })),
        },
      };
    },
  });
}
