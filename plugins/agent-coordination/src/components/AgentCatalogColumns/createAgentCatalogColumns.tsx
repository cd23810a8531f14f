import type { Entity } from '@backstage/catalog-model';
import type { TableColumn } from '@backstage/core-components';
import {
  isAgentEntity,
  type CoordinationFramework,
} from '@agent-coordination/plugin-agent-coordination-common';
import { authorityLevelsOf } from '../../hooks';
import { AuthorityChip, compareAuthority } from '../AuthorityChip';

/** A catalog table row: the catalog's CatalogTableRow has at least this. @public */
export interface AgentCatalogRow {
  entity: Entity;
}

function tierLabel(tier: number, framework?: CoordinationFramework): string {
  const name = framework?.tiers.find(t => t.level === tier)?.name;
  return name ? `${tier} · ${name}` : `Tier ${tier}`;
}

const spec = (row: AgentCatalogRow) =>
  isAgentEntity(row.entity) ? row.entity.spec : undefined;

/**
 * Columns for Agent entities in the catalog's table: tier (with the
 * framework's name for it), role and authority (ranked as the framework
 * orders its levels). Pass the framework when it has loaded
 * (useCoordinationFramework); without it tiers show as numbers and
 * authority levels sort alphabetically. Used by an app's catalog page for
 * kind Agent, e.g. through a CatalogTableColumnsFunc (with the catalog's
 * CatalogTableRow as `TRow`).
 * @public
 */
export function createAgentCatalogColumns<
  TRow extends AgentCatalogRow = AgentCatalogRow,
>(framework?: CoordinationFramework): TableColumn<TRow>[] {
  const byAuthority = compareAuthority(authorityLevelsOf(framework));
  return [
    {
      title: 'Tier',
      field: 'entity.spec.tier',
      cellStyle: { whiteSpace: 'nowrap' },
      customSort: (a, b) => (spec(a)?.tier ?? 0) - (spec(b)?.tier ?? 0),
      render: row => {
        const s = spec(row);
        return s ? tierLabel(s.tier, framework) : null;
      },
    },
    {
      title: 'Role',
      field: 'entity.spec.role',
    },
    {
      title: 'Authority',
      field: 'entity.spec.authority',
      customSort: (a, b) =>
        byAuthority(spec(a)?.authority ?? '', spec(b)?.authority ?? ''),
      render: row => {
        const s = spec(row);
        return s ? (
          <AuthorityChip
            authority={s.authority}
            levels={authorityLevelsOf(framework)}
          />
        ) : null;
      },
    },
  ];
}
