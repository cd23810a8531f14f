import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  InfoCard,
  Progress,
  Table,
  type TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import type {
  OwnershipLookup,
  OwnershipMatch,
} from '@agent-coordination/plugin-agent-coordination-common';
import { humanizeAgentKey } from '../AgentName';
import { agentCoordinationApiRef } from '../../api';
import { BackendErrorPanel } from '../BackendErrorPanel';

const EXAMPLE = 'components/terraform/vpc/main.tf';

/** An agent by its framework key: a link to its Agent entity when the catalog has one, else its name. */
function AgentRef({ agent, owners }: { agent: string; owners: OwnershipMatch[] }) {
  const match = owners.find(o => o.agent === agent);
  const title = match?.title ?? humanizeAgentKey(agent);
  return match?.entityRef ? (
    <EntityRefLink entityRef={match.entityRef} title={title} />
  ) : (
    <span>{title}</span>
  );
}

const columns: TableColumn<OwnershipMatch>[] = [
  {
    title: 'Agent',
    field: 'title',
    render: m =>
      m.entityRef ? (
        <EntityRefLink entityRef={m.entityRef} title={m.title} />
      ) : (
        m.title
      ),
  },
  { title: 'ID', field: 'agentId' },
  {
    title: 'Glob',
    field: 'glob',
    render: m => <code style={{ whiteSpace: 'nowrap' }}>{m.glob}</code>,
  },
  { title: 'Specificity', field: 'specificity', type: 'numeric' },
  {
    title: 'Owner',
    field: 'primary',
    render: m =>
      m.primary ? (
        <Chip size="small" color="primary" label="primary" />
      ) : (
        <Chip size="small" variant="outlined" label="outer glob" />
      ),
  },
];

function Verdict({ result }: { result: OwnershipLookup }) {
  if (result.owners.length === 0) {
    return (
      <Alert severity="info" data-testid="ownership-verdict">
        No agent owns <code>{result.path}</code>.
      </Alert>
    );
  }
  if (result.conflict) {
    return (
      <Alert severity="error" data-testid="ownership-verdict">
        Ownership conflict: <code>{result.path}</code> is claimed equally by{' '}
        {result.primary.map((key, i) => (
          <span key={key}>
            {i > 0 && ' and '}
            <AgentRef agent={key} owners={result.owners} />
          </span>
        ))}
        . Neither glob lies inside the other, so the framework's escalation path
        decides.
      </Alert>
    );
  }
  return (
    <Alert severity="success" data-testid="ownership-verdict">
      <code>{result.path}</code> is owned by{' '}
      <AgentRef agent={result.primary[0]} owners={result.owners} />
      .
    </Alert>
  );
}

function Overlaps({ result }: { result: OwnershipLookup }) {
  if (result.overlaps.length === 0) return null;
  return (
    <Box mt={2} data-testid="ownership-overlaps">
      <Typography variant="subtitle2">Overlaps</Typography>
      {result.overlaps.map(o => (
        <Typography variant="body2" key={`${o.a}|${o.globA}|${o.b}|${o.globB}`}>
          <AgentRef agent={o.a} owners={result.owners} /> (
          <code>{o.globA}</code>) and{' '}
          <AgentRef agent={o.b} owners={result.owners} /> (
          <code>{o.globB}</code>):{' '}
          {o.nested
            ? 'nested — the more specific glob wins'
            : 'conflict — neither glob is more specific'}
        </Typography>
      ))}
    </Box>
  );
}

function Result({ path }: { path: string }) {
  const api = useApi(agentCoordinationApiRef);
  const { value, loading, error } = useAsync(
    () => api.lookupOwnership(path),
    [api, path],
  );
  if (loading) return <Progress />;
  if (error) {
    return (
      <BackendErrorPanel error={error} title="Could not look up this path" />
    );
  }
  if (!value) return null;
  return (
    <>
      <Verdict result={value} />
      {value.owners.length > 0 && (
        <Box mt={2}>
          <Table<OwnershipMatch>
            title="Matching ownership globs, most specific first"
            columns={columns}
            data={value.owners.map(o => ({ ...o }))}
            options={{ paging: false, search: false, padding: 'dense' }}
          />
        </Box>
      )}
      <Overlaps result={value} />
    </>
  );
}

/**
 * The Path ownership tab: type a repository path, see which agents own it.
 * The path lives in the URL (?path=) so a lookup can be linked to.
 * @public
 */
export const PathOwnershipLookup = () => {
  const [params, setParams] = useSearchParams();
  const looked = params.get('path') ?? '';
  const [draft, setDraft] = useState(looked);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const path = draft.trim();
    if (path) setParams({ path });
  };

  return (
    <InfoCard title="Who owns this path?">
      <Box
        component="form"
        onSubmit={submit}
        display="flex"
        alignItems="flex-start"
        mb={2}
        style={{ gap: 12 }}
      >
        <TextField
          label="Repository path"
          placeholder={EXAMPLE}
          helperText="Relative to the infrastructure repository's root"
          value={draft}
          onChange={e => {
            setDraft(e.target.value);
            // An emptied field is a new question: the last answer (or
            // error) would otherwise stand under it as if it still applied.
            if (!e.target.value.trim() && looked) {
              setParams({}, { replace: true });
            }
          }}
          variant="outlined"
          size="small"
          fullWidth
          inputProps={{ 'data-testid': 'ownership-path' }}
        />
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={!draft.trim()}
          style={{ whiteSpace: 'nowrap', flexShrink: 0, height: 40 }}
        >
          Look up
        </Button>
      </Box>
      {looked && <Result path={looked} />}
    </InfoCard>
  );
};
