import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  parseFramework,
  type CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import { readFileSync } from 'fs';
import { resolve } from 'path';

/**
 * The seed framework shipped with the common package.
 * @public
 */
export function defaultFrameworkFile(): string {
  return resolvePackagePath(
    '@agent-coordination/plugin-agent-coordination-common',
    'examples/framework.yaml',
  );
}

/**
 * Reads and validates the framework file named by
 * `agentCoordination.framework.file` (relative to the working directory), or
 * the seed when unset. Any problem throws, so a broken file stops start-up
 * instead of serving half a framework. The backend plugin, the catalog
 * module and permission policies all load the framework through this, so
 * they agree on it.
 * @public
 */
export function loadFramework(config: Config): {
  framework: CoordinationFramework;
  file: string;
} {
  const configured = config.getOptionalString(
    'agentCoordination.framework.file',
  );
  const file = configured ? resolve(configured) : defaultFrameworkFile();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read agent coordination framework file ${file} (agentCoordination.framework.file): ${
        (error as Error).message
      }`,
    );
  }
  return { framework: parseFramework(text, file), file };
}
