import {
  defaultCatalogCollatorEntityTransformer,
  type CatalogCollatorEntityTransformer,
} from '@backstage/plugin-search-backend-module-catalog';
import { isAgentEntity } from '@agent-coordination/plugin-agent-coordination-common';

type Entity = Parameters<CatalogCollatorEntityTransformer>[0];

/**
 * A glob's words as well as the glob: search engines keep
 * `components/terraform/vpc/*` as one token, so "vpc" or "terraform" alone
 * would not find the agent that owns it.
 */
function pathWords(glob: string): string {
  const words = glob.split(/[/*?{},[\]]+/).filter(Boolean);
  return `${glob} (${words.join(' ')})`;
}

/**
 * The catalog's search document, with what people look agents up by: the
 * default document of an Agent holds only its name and description, so its
 * role, framework id, owned paths and areas and its responsibilities go into
 * the text. Other kinds get the catalog's default document.
 */
export const agentSearchDocument: CatalogCollatorEntityTransformer = (
  entity: Entity,
) => {
  const document = defaultCatalogCollatorEntityTransformer(entity);
  if (!isAgentEntity(entity)) return document;
  const { spec } = entity;
  const paths = spec.ownership?.paths ?? [];
  const areas = spec.ownership?.areas ?? [];
  const text = [
    document.text,
    `${spec.role} (${spec.agentId}, tier ${spec.tier}, ${spec.authority} authority)`,
    paths.length ? `Owns ${paths.map(pathWords).join(', ')}` : '',
    areas.length ? `Owns ${areas.join(', ')}` : '',
    ...(spec.responsibilities ?? []),
  ].filter(Boolean);
  return { ...document, text: text.join(' : ') };
};
