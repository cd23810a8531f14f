import type { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';

/** The repository's example templates, as the catalog would hold them. */
export const TEMPLATE_FILES = ['open-task.yaml', 'report-conflict.yaml', 'request-handoff.yaml'] as const;

export const TEMPLATES_DIR = join(__dirname, '../../../../examples/templates');

export interface TemplateStep {
  id: string;
  name?: string;
  action: string;
  if?: string | boolean;
  input?: Record<string, unknown>;
}

export interface TemplateEntity {
  apiVersion: string;
  kind: string;
  metadata: Entity['metadata'];
  spec: {
    owner: string;
    type: string;
    parameters: Array<{ title?: string; required?: string[]; properties: Record<string, any> }>;
    steps: TemplateStep[];
    output?: { links?: Array<{ title?: string; url?: string; icon?: string }>; text?: Array<{ title?: string; content?: string }> };
  };
}

export function loadTemplate(file: (typeof TEMPLATE_FILES)[number]): TemplateEntity {
  const entity = parse(readFileSync(join(TEMPLATES_DIR, file), 'utf8')) as TemplateEntity;
  // What the catalog adds when it reads the file from a location.
  return {
    ...entity,
    metadata: {
      namespace: 'default',
      ...entity.metadata,
      annotations: {
        'backstage.io/managed-by-location': `file:${join(TEMPLATES_DIR, file)}`,
        'backstage.io/managed-by-origin-location': `file:${join(TEMPLATES_DIR, file)}`,
        ...entity.metadata.annotations,
      },
    },
  };
}

export function loadTemplates(): TemplateEntity[] {
  return TEMPLATE_FILES.map(loadTemplate);
}
