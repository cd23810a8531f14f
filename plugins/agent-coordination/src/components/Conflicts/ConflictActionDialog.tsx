import { useState, type FormEvent, type ReactNode } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  authorityNameAt,
  type Conflict,
  type Level,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { useCoordinationFramework } from '../../hooks';
import { useAgentDirectory } from './AgentDirectory';
import type { ConflictAction } from './ConflictActionButtons';
import { ConflictErrorPanel } from './ConflictErrorPanel';
import { describeChanges, isConflictState, staleConflictOf } from './conflictErrors';

const NEXT: Partial<Record<Level, Level>> = { L1: 'L2', L2: 'L3' };

const VERBS: Record<ConflictAction, { title: string; submit: string; verb: string; failed: string }> = {
  escalate: { title: 'Escalate', submit: 'Escalate', verb: 'escalate', failed: 'Could not escalate the conflict' },
  resolve: { title: 'Resolve', submit: 'Resolve', verb: 'resolve', failed: 'Could not resolve the conflict' },
  vote: { title: 'Vote on', submit: 'Vote', verb: 'vote on', failed: 'Could not record your vote' },
};

/** @public */
export interface ConflictActionDialogProps {
  action: ConflictAction;
  conflict: Conflict;
  onClose(): void;
  /**
   * The conflict as the backend has it now: after the change went through,
   * or when the change was refused because the conflict had changed.
   */
  onChanged(conflict: Conflict): void;
  /** A refusal that says the conflict is not as shown, without a copy of it: refetch. */
  onRefresh?(): void;
}

function useNextAuthority(conflict: Conflict): string | undefined {
  const { framework } = useCoordinationFramework();
  const next = NEXT[conflict.level];
  if (!framework || !next) return undefined;
  try {
    return authorityNameAt(framework, conflict, next);
  } catch {
    // A framework the backend would have refused to load; the level is enough.
    return undefined;
  }
}

/**
 * Escalate (a reason), resolve (a decision and its rationale) or vote (a
 * position, optionally why), sent with the version the user saw. A stale
 * version is answered with the conflict as it is now: the dialog says what
 * changed, takes the new version, and asks the backend again whether the
 * action is still the user's to take.
 */
export const ConflictActionDialog = ({
  action,
  conflict,
  onClose,
  onChanged,
  onRefresh,
}: ConflictActionDialogProps) => {
  const api = useApi(agentCoordinationApiRef);
  const { nameOf } = useAgentDirectory();
  const [current, setCurrent] = useState(conflict);
  const nextAuthority = useNextAuthority(current);
  const [text, setText] = useState('');
  const [rationale, setRationale] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [changes, setChanges] = useState<string[]>();
  const [stillAllowed, setStillAllowed] = useState(true);
  const words = VERBS[action];

  const ready =
    text.trim().length > 0 && (action !== 'resolve' || rationale.trim().length > 0);

  const send = (): Promise<Conflict> => {
    const version = current.version;
    if (action === 'escalate') {
      return api.escalateConflict(current.id, { reason: text.trim(), version });
    }
    if (action === 'resolve') {
      return api.resolveConflict(current.id, {
        decision: text.trim(),
        rationale: rationale.trim(),
        version,
      });
    }
    return api.voteOnConflict(current.id, {
      position: text.trim(),
      ...(rationale.trim() ? { rationale: rationale.trim() } : {}),
      version,
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const next = await send();
      onChanged(next);
      onClose();
    } catch (failure) {
      const now = staleConflictOf(failure);
      if (now) {
        setChanges(describeChanges(current, now, nameOf));
        setCurrent(now);
        onChanged(now);
        const allowed = await api.getConflictActions(now.id).catch(() => undefined);
        setStillAllowed(allowed ? allowed[action] : true);
      } else {
        setError(failure);
        if (isConflictState(failure)) onRefresh?.();
      }
      setBusy(false);
    }
  };

  let intro: ReactNode;
  let fields: ReactNode;
  if (action === 'escalate') {
    const next = NEXT[current.level];
    intro = next ? (
      <>
        From {current.level} ({current.authority.name}) to {next}
        {nextAuthority ? ` (${nextAuthority})` : ''}, whose deadline starts
        now. Your reason goes into the conflict's timeline.
      </>
    ) : (
      <>It is at {current.level}, the last level.</>
    );
    fields = (
      <TextField
        id="conflict-action-reason"
        label="Reason"
        required
        multiline
        minRows={3}
        fullWidth
        variant="outlined"
        value={text}
        onChange={e => setText(e.target.value)}
        inputProps={{ maxLength: 2000 }}
        helperText="Why this cannot wait for the SLA"
      />
    );
  } else if (action === 'resolve') {
    intro = (
      <>
        At {current.level}, {current.authority.name} decides. The decision and
        its rationale are recorded
        {current.blocks.length > 0
          ? `, and the ${current.blocks.length === 1 ? 'task' : `${current.blocks.length} tasks`} it blocks ${current.blocks.length === 1 ? 'is' : 'are'} released`
          : ''}
        .
      </>
    );
    fields = (
      <>
        <TextField
          id="conflict-action-decision"
        label="Decision"
          required
          fullWidth
          variant="outlined"
          value={text}
          onChange={e => setText(e.target.value)}
          inputProps={{ maxLength: 500 }}
          margin="normal"
        />
        <TextField
          id="conflict-action-rationale"
          label="Rationale"
          required
          multiline
          minRows={3}
          fullWidth
          variant="outlined"
          value={rationale}
          onChange={e => setRationale(e.target.value)}
          inputProps={{ maxLength: 5000 }}
          margin="normal"
        />
      </>
    );
  } else {
    const positions = [...new Set(current.votes.map(v => v.position))];
    intro =
      current.authority.kind === 'consensus' ? (
        <>
          At {current.level} the parties decide by vote: when{' '}
          {current.authority.quorum ?? 2} of them stand for the same position,
          the conflict is resolved with it. A later vote replaces your earlier
          one.
        </>
      ) : (
        <>
          At {current.level}, {current.authority.name} decides; your vote is
          recorded for them. A later vote replaces your earlier one.
        </>
      );
    fields = (
      <>
        {current.votes.length > 0 && (
          <Box mb={1} data-testid="current-votes">
            <Typography variant="subtitle2">Votes so far</Typography>
            {current.votes.map(v => (
              <Typography variant="body2" key={v.agent}>
                {nameOf(v.agent)}: "{v.position}"
              </Typography>
            ))}
            <Box display="flex" flexWrap="wrap" mt={1} style={{ gap: 4 }}>
              {positions.map(p => (
                <Chip
                  key={p}
                  size="small"
                  variant="outlined"
                  label={`Agree: ${p}`}
                  onClick={() => setText(p)}
                />
              ))}
            </Box>
          </Box>
        )}
        <TextField
          id="conflict-action-position"
        label="Position"
          required
          fullWidth
          variant="outlined"
          value={text}
          onChange={e => setText(e.target.value)}
          inputProps={{ maxLength: 500 }}
          helperText="The decision you stand for"
          margin="normal"
        />
        <TextField
          id="conflict-action-vote-rationale"
          label="Rationale"
          multiline
          minRows={2}
          fullWidth
          variant="outlined"
          value={rationale}
          onChange={e => setRationale(e.target.value)}
          inputProps={{ maxLength: 5000 }}
          margin="normal"
        />
      </>
    );
  }

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="conflict-action-title"
    >
      <form onSubmit={submit}>
        <DialogTitle id="conflict-action-title">
          {words.title} “{current.title}”
        </DialogTitle>
        <DialogContent>
          {changes && (
            <Box mb={2}>
              <Alert severity="warning" data-testid="conflict-changed">
                The conflict changed before your request arrived, so nothing
                was sent: {changes.join('; ')}.{' '}
                {stillAllowed
                  ? 'Check it and send again.'
                  : `You may no longer ${words.verb} it.`}
              </Alert>
            </Box>
          )}
          <DialogContentText component="div">{intro}</DialogContentText>
          {fields}
          {Boolean(error) && (
            <Box mt={2}>
              <ConflictErrorPanel error={error} title={words.failed} />
            </Box>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={!ready || busy || !stillAllowed}
          >
            {changes && stillAllowed ? `${words.submit} again` : words.submit}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
