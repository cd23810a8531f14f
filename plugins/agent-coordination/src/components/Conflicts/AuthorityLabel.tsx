import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import type { Authority } from '@agent-coordination/plugin-agent-coordination-common';
import { AgentLinks } from './AgentDirectory';

function Holders({ authority, general }: { authority: Authority; general?: boolean }) {
  if (authority.kind === 'consensus') {
    // In the matrix there are no parties yet; on a conflict they are named.
    const quorum = authority.quorum ? `${authority.quorum} must agree` : 'they must agree';
    return general || authority.agents.length === 0 ? (
      <>The parties vote; {quorum}</>
    ) : (
      <>
        Parties vote ({quorum}): <AgentLinks agents={authority.agents} />
      </>
    );
  }
  if (authority.kind === 'primary_owner') {
    return general ? (
      <>The primary owner of the conflict's paths</>
    ) : (
      <>
        Primary owner:{' '}
        <AgentLinks agents={authority.agents} none="no owner of these paths" />
      </>
    );
  }
  const parts = [
    ...authority.agents.map(key => ({ key, agent: true })),
    ...authority.groups.map(key => ({ key, agent: false })),
  ];
  if (parts.length === 0) return <>Nobody holds this authority</>;
  return (
    <>
      {parts.map((p, i) => (
        <span key={p.key}>
          {i > 0 && ', '}
          {p.agent ? (
            <AgentLinks agents={[p.key]} />
          ) : (
            <EntityRefLink entityRef={p.key} defaultKind="group" />
          )}
        </span>
      ))}
    </>
  );
}

/** @public */
export interface AuthorityLabelProps {
  authority: Authority;
  /**
   * The matrix's view: who decides for any conflict of the row, where the
   * parties and the primary owner are not known yet.
   */
  general?: boolean;
}

/** Who decides at a level: the authority's name, and who holds it. */
export const AuthorityLabel = ({ authority, general }: AuthorityLabelProps) => (
  <div data-testid="authority-label">
    <Typography variant="body2" component="div" style={{ fontWeight: 500 }}>
      {authority.name}
    </Typography>
    <Typography variant="caption" color="textSecondary" component="div">
      <Holders authority={authority} general={general} />
    </Typography>
  </div>
);
