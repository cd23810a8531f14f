import { useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import IconButton from '@material-ui/core/IconButton';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import DeleteIcon from '@material-ui/icons/Delete';
import {
  attestableHandoffChecks,
  evaluateHandoffChecklist,
  type CoordinationFramework,
  type Handoff,
  type HandoffArtifact,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { TaskPicker, type TaskOption } from '../EscalationMatrix/TaskPicker';
import { newIdempotencyKey, type AgentDirectory } from '../TaskShared';
import { HandoffChecklist } from './HandoffChecklist';
import {
  EMPTY_DRAFT,
  contentOf,
  draftFromHandoff,
  editRequestOf,
  openRequestOf,
  type HandoffDraft,
  type ListDraft,
} from './handoffDraft';

/** @public */
export interface HandoffFormDialogProps {
  framework: Pick<CoordinationFramework, 'agents' | 'handoff'>;
  directory?: AgentDirectory;
  /** The user's agent, the sender of a new handoff. */
  self: string;
  /** The draft to edit; a new handoff when omitted. */
  handoff?: Handoff;
  onClose(): void;
  onSaved(handoff: Handoff): void;
}

const LinesField = ({
  id,
  label,
  value,
  onChange,
  helperText,
  disabled,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  helperText?: string;
  disabled?: boolean;
}) => (
  <TextField
    id={id}
    label={label}
    value={value}
    onChange={e => onChange(e.target.value)}
    helperText={helperText ?? 'One per line'}
    disabled={disabled}
    fullWidth
    multiline
    minRows={2}
    margin="dense"
    variant="outlined"
    inputProps={{ 'data-testid': id }}
  />
);

/** A list where "none" is an answer and an empty field is not. */
const ListWithNone = ({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: ListDraft;
  onChange(value: ListDraft): void;
}) => (
  <Box>
    <LinesField
      id={id}
      label={label}
      value={value.none ? '' : value.text}
      disabled={value.none}
      onChange={text => onChange({ ...value, text })}
      helperText={
        value.none
          ? 'Documented as none'
          : 'One per line; left empty it is not documented yet'
      }
    />
    <FormControlLabel
      control={
        <Checkbox
          size="small"
          checked={value.none}
          onChange={e => onChange({ ...value, none: e.target.checked })}
          inputProps={{ 'data-testid': `${id}-none` } as never}
        />
      }
      label="None"
    />
  </Box>
);

const ArtifactRows = ({
  artifacts,
  onChange,
}: {
  artifacts: HandoffArtifact[];
  onChange(artifacts: HandoffArtifact[]): void;
}) => {
  const set = (i: number, change: Partial<HandoffArtifact>) =>
    onChange(artifacts.map((a, j) => (i === j ? { ...a, ...change } : a)));
  return (
    <Box mt={1} data-testid="handoff-artifacts">
      <Typography variant="subtitle2">Artifacts</Typography>
      {artifacts.map((a, i) => (
        <Grid container spacing={1} alignItems="center" key={i}>
          <Grid item xs={12} sm={6}>
            <TextField
              label="Path"
              value={a.path}
              onChange={e => set(i, { path: e.target.value })}
              fullWidth
              margin="dense"
              inputProps={{ 'data-testid': `handoff-artifact-path-${i}` }}
            />
          </Grid>
          <Grid item xs={5} sm={2}>
            <TextField
              select
              label="Type"
              SelectProps={{
                SelectDisplayProps: {
                  'aria-label': `Artifact ${i + 1} type`,
                } as never,
              }}
              value={a.type}
              onChange={e =>
                set(i, { type: e.target.value as HandoffArtifact['type'] })
              }
              fullWidth
              margin="dense"
            >
              {['code', 'config', 'doc'].map(t => (
                <MenuItem key={t} value={t}>
                  {t}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={5} sm={3}>
            <TextField
              select
              label="Status"
              SelectProps={{
                SelectDisplayProps: {
                  'aria-label': `Artifact ${i + 1} status`,
                } as never,
              }}
              value={a.status}
              onChange={e =>
                set(i, { status: e.target.value as HandoffArtifact['status'] })
              }
              fullWidth
              margin="dense"
            >
              {['final', 'draft'].map(t => (
                <MenuItem key={t} value={t}>
                  {t}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={2} sm={1}>
            <IconButton
              aria-label={`Remove artifact ${i + 1}`}
              size="small"
              onClick={() => onChange(artifacts.filter((_, j) => j !== i))}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Grid>
        </Grid>
      ))}
      <Button
        size="small"
        onClick={() =>
          onChange([...artifacts, { path: '', type: 'code', status: 'final' }])
        }
        data-testid="handoff-add-artifact"
      >
        Add artifact
      </Button>
    </Box>
  );
};

/**
 * Opens a handoff (§3.3 initiation) or edits a draft, with Appendix B's
 * fields and the mandatory checklist as it will be read, live. Saving does
 * not transfer: the detail page does, and the backend refuses a transfer
 * while the checklist fails, naming what is missing.
 */
export const HandoffFormDialog = ({
  framework,
  directory,
  self,
  handoff,
  onClose,
  onSaved,
}: HandoffFormDialogProps) => {
  const api = useApi(agentCoordinationApiRef);
  const editing = handoff !== undefined;
  const [draft, setDraft] = useState<HandoffDraft>(() =>
    handoff ? draftFromHandoff(handoff) : EMPTY_DRAFT,
  );
  const [task, setTask] = useState<TaskOption[]>(() =>
    handoff?.task ? [{ id: handoff.task }] : [],
  );
  const [blocks, setBlocks] = useState<TaskOption[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  // One key per dialog: a retry after a lost answer opens one handoff, not two.
  const key = useRef(newIdempotencyKey());
  const set = (change: Partial<HandoffDraft>) =>
    setDraft(d => ({ ...d, ...change }));

  const attestable = attestableHandoffChecks(framework);
  const preview = evaluateHandoffChecklist(
    framework,
    contentOf(draft),
    draft.attest,
  );
  const nameOf = (k: string) => directory?.byKey.get(k)?.title ?? k;
  const valid = draft.title.trim() !== '' && (editing || draft.to !== '');

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const saved = handoff
        ? await api.updateHandoff(
            handoff.id,
            editRequestOf(draft, handoff.version),
          )
        : await api.openHandoff(
            openRequestOf({
              ...draft,
              task: task[0]?.id ?? '',
              blocks: blocks.map(b => b.id),
            }),
            { idempotencyKey: key.current },
          );
      onSaved(saved);
    } catch (e) {
      setError(e);
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>
        {editing
          ? `Edit the draft handoff “${handoff.title}”`
          : 'Open a handoff'}
      </DialogTitle>
      <DialogContent data-testid="handoff-form">
        <Grid container spacing={2}>
          <Grid item xs={12} sm={editing ? 12 : 6}>
            <TextField
              id="handoff-title"
              label="Title"
              value={draft.title}
              onChange={e => set({ title: e.target.value })}
              helperText="The component or feature handed over"
              required
              fullWidth
              margin="dense"
              inputProps={{ 'data-testid': 'handoff-title', maxLength: 200 }}
            />
          </Grid>
          {!editing && (
            <Grid item xs={12} sm={6}>
              <TextField
                id="handoff-to"
                select
                label="To"
                value={draft.to}
                onChange={e => set({ to: e.target.value })}
                helperText={`From ${nameOf(self)}`}
                required
                fullWidth
                margin="dense"
                SelectProps={{
                  SelectDisplayProps: {
                    'aria-label': 'To',
                    'data-testid': 'handoff-to',
                  } as never,
                }}
              >
                {framework.agents
                  .filter(a => a.key !== self)
                  .map(a => (
                    <MenuItem key={a.key} value={a.key}>
                      {nameOf(a.key)}
                    </MenuItem>
                  ))}
              </TextField>
            </Grid>
          )}
        </Grid>
        {!editing && (
          <>
            <TaskPicker
              label="About task"
              helperText="Optional: the task this handoff is about"
              value={task}
              onChange={v => setTask(v.slice(-1))}
              testId="handoff-task"
            />
            <TaskPicker
              label="Blocks tasks"
              helperText="Held BLOCKED until the receiver acknowledges the handoff"
              value={blocks}
              onChange={setBlocks}
              testId="handoff-blocks"
            />
            <TextField
              id="handoff-component"
              label="Component"
              value={draft.component}
              onChange={e => set({ component: e.target.value })}
              helperText="Optional: a catalog entity ref, e.g. component:default/vpc"
              fullWidth
              margin="dense"
              inputProps={{ 'data-testid': 'handoff-component' }}
            />
          </>
        )}
        <LinesField
          id="handoff-completed-work"
          label="Completed work"
          value={draft.completedWork}
          onChange={completedWork => set({ completedWork })}
        />
        <ArtifactRows
          artifacts={draft.artifacts}
          onChange={artifacts => set({ artifacts })}
        />
        <Grid container spacing={2}>
          <Grid item xs={12} sm={6}>
            <ListWithNone
              id="handoff-known-issues"
              label="Known issues"
              value={draft.knownIssues}
              onChange={knownIssues => set({ knownIssues })}
            />
          </Grid>
          <Grid item xs={12} sm={6}>
            <ListWithNone
              id="handoff-dependencies"
              label="Dependencies"
              value={draft.dependencies}
              onChange={dependencies => set({ dependencies })}
            />
          </Grid>
        </Grid>
        <LinesField
          id="handoff-success-criteria"
          label="Success criteria"
          value={draft.successCriteria}
          onChange={successCriteria => set({ successCriteria })}
        />
        <LinesField
          id="handoff-notes"
          label="Notes"
          value={draft.notes}
          onChange={notes => set({ notes })}
          helperText="Markdown"
        />
        <Box mt={2}>
          <Typography variant="subtitle2">The sender attests</Typography>
          {attestable.map(check => (
            <FormControlLabel
              key={check}
              control={
                <Checkbox
                  size="small"
                  checked={draft.attest.includes(check)}
                  onChange={e =>
                    set({
                      attest: e.target.checked
                        ? [...draft.attest, check]
                        : draft.attest.filter(a => a !== check),
                    })
                  }
                  inputProps={
                    { 'data-testid': `handoff-attest-${check}` } as never
                  }
                />
              }
              label={check}
            />
          ))}
        </Box>
        <Box mt={2}>
          <Typography variant="subtitle2">
            Mandatory checklist, as the transfer will read it
          </Typography>
          <HandoffChecklist checklist={preview.checklist} dense />
        </Box>
        {Boolean(error) && (
          <Box mt={2}>
            <BackendErrorPanel
              error={error}
              title={
                editing
                  ? 'Could not save the draft'
                  : 'Could not open the handoff'
              }
            />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={!valid || saving}
          onClick={save}
          data-testid="handoff-save"
        >
          {editing ? 'Save draft' : 'Open handoff'}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
