/**
 * On a Component: its directory in the infrastructure monorepo, e.g.
 * `components/terraform/vpc`. An Agent whose ownership globs cover it owns
 * the component's path (relation ownsPathOf). A path, not a URL: globs are
 * written against repo paths, and backstage.io/source-location is a URL that
 * varies with the host.
 * @public
 */
export const ANNOTATION_SOURCE_PATH = 'agent-coordination.io/source-path';

/**
 * Written by the catalog module on an Agent, never by hand: notes about
 * nested ownership overlaps (one per line). They are not errors, and the
 * catalog has no warning level, so they travel on the entity for the UI.
 * @public
 */
export const ANNOTATION_OWNERSHIP_NOTES =
  'agent-coordination.io/ownership-notes';

/**
 * Written by the catalog module on an Agent, never by hand: §4 ownership
 * conflicts with other agents (one per line), e.g. two agents claiming
 * workflows/*. Kept on the entity, and logged, rather than raised as ingest
 * errors, which would keep one of the two agents out of the catalog.
 * @public
 */
export const ANNOTATION_OWNERSHIP_CONFLICTS =
  'agent-coordination.io/ownership-conflicts';
