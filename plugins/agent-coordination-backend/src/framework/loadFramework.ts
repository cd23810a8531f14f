import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  parseFramework,
  type CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import { readFileSync } from 'fs';
import { resolve } from 'path';

/** The seed framework shipped with the common package. */
export function defaultFrameworkFile(): string {
  return resolvePackagePath(
    '@agent-coordination/plugin-agent-coordination-common',
    'examples/framework.yaml',
  );
}

/**
 * Reads and validates the configured framework file. Any problem throws, so a
 * broken file stops start-up instead of serving half a framework.
 */
export function loadFramework(config: Config): {
  framework: CoordinationFramework;
  file: string;
} {
  const configured = config.getOptionalString('agentCoordination.framework.file');
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
