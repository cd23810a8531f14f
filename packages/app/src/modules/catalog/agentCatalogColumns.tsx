import {
  CatalogTable,
  type CatalogTableColumnsFunc,
  type CatalogTableRow,
} from '@backstage/plugin-catalog';
import { createAgentCatalogColumns } from '@agent-coordination/plugin-agent-coordination';

type Framework = Parameters<typeof createAgentCatalogColumns>[0];

/**
 * The catalog table's columns: the catalog's own for every kind but Agent;
 * for Agents name, type, tier, role, authority, owner and tags (the
 * generic columns would show an empty Lifecycle and a System that every
 * agent shares).
 */
export function agentAwareColumns(
  framework?: Framework,
): CatalogTableColumnsFunc {
  const agentColumns = createAgentCatalogColumns<CatalogTableRow>(framework);
  return context => {
    const kind = (
      context.entities[0]?.kind ?? context.filters.kind?.value
    )?.toLowerCase();
    if (kind !== 'agent') return CatalogTable.defaultColumnsFunc(context);
    const { columns } = CatalogTable;
    return [
      columns.createTitleColumn({ hidden: true }),
      columns.createNameColumn({ defaultKind: 'agent' }),
      columns.createSpecTypeColumn({
        hidden: context.filters.type !== undefined,
      }),
      ...agentColumns,
      columns.createOwnerColumn(),
      columns.createTagsColumn(),
    ];
  };
}
