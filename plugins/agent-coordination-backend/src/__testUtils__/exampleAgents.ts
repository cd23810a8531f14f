import type { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';

/** Every entity of one of the repository's examples/*.yaml files. */
export function exampleEntities(
  file: 'agents.yaml' | 'infrastructure.yaml',
): Entity[] {
  const text = readFileSync(
    join(__dirname, '../../../../examples', file),
    'utf8',
  );
  return parseAllDocuments(text)
    .map(d => d.toJS() as Entity | null)
    .filter((e): e is Entity => e !== null);
}
