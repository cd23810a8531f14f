import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import { ActorDirectory } from './ActorDirectory';
import { loadFramework } from './loadFramework';

/**
 * The loaded framework and who acts as which of its agents. One per
 * process: the backend plugin, the catalog module and a permission policy
 * all read it from here, so the file is read and checked once and they
 * cannot disagree on it.
 * @public
 */
export interface AgentCoordinationFrameworkService {
  framework: CoordinationFramework;
  /** The file it was read from. */
  file: string;
  actors: ActorDirectory;
}

/** Reads and checks the framework file and the actor mapping; throws on any problem. @public */
export function loadFrameworkService(config: Config): AgentCoordinationFrameworkService {
  const { framework, file } = loadFramework(config);
  return { framework, file, actors: ActorDirectory.fromConfig(config, framework) };
}

/**
 * Root-scoped: loaded once per backend, at start-up, and a broken file or
 * mapping stops it.
 * @public
 */
export const agentCoordinationFrameworkServiceRef =
  createServiceRef<AgentCoordinationFrameworkService>({
    id: 'agent-coordination.framework',
    scope: 'root',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: { config: coreServices.rootConfig, logger: coreServices.rootLogger },
        factory({ config, logger }) {
          const loaded = loadFrameworkService(config);
          const { metadata, agents, tiers } = loaded.framework;
          logger.info(
            `Agent coordination framework '${metadata.name}' v${metadata.version} from ${loaded.file}: ${agents.length} agents in ${tiers.length} tiers, ${loaded.actors.entries().length} actor mapping(s)`,
          );
          return loaded;
        },
      }),
  });
