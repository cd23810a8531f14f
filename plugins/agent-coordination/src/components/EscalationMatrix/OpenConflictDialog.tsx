import { useRef, useState, type FormEvent } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Autocomplete from '@material-ui/lab/Autocomplete';
import type {
  Conflict,
  CoordinationAgent,
  CoordinationFramework,
  EscalationMatrix,
  OpenConflictRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { useAgentDirectory } from '../Conflicts/AgentDirectory';
import { ConflictErrorPanel } from '../Conflicts/ConflictErrorPanel';
import { newIdempotencyKey } from '../TaskShared/idempotencyKey';
import { TaskPicker, type TaskOption } from './TaskPicker';

/** Lines (or commas) of a text field, trimmed, blanks dropped. */
function entries(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(Boolean);
}

/** @public */
export interface OpenConflictDialogProps {
  framework: CoordinationFramework;
  matrix: EscalationMatrix;
  onClose(): void;
  onOpened(conflict: Conflict): void;
}

/**
 * Opens a conflict with every field the backend takes. The form only knows
 * what is required to send it; the backend checks the rest (known type, a
 * category that follows it, existing tasks, entity refs, paths) and names
 * each problem, which the dialog shows as it comes.
 */
export const OpenConflictDialog = ({
  framework,
  matrix,
  onClose,
  onOpened,
}: OpenConflictDialogProps) => {
  const api = useApi(agentCoordinationApiRef);
  const { nameOf } = useAgentDirectory();
  const [type, setType] = useState('');
  const [category, setCategory] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [parties, setParties] = useState<string[]>([]);
  const [tasks, setTasks] = useState<TaskOption[]>([]);
  const [components, setComponents] = useState('');
  const [paths, setPaths] = useState('');
  const [blocks, setBlocks] = useState<TaskOption[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  // A retry of the same request (a double click, a lost answer) must not
  // open the conflict twice; a changed request is a new one.
  const attempt = useRef<{ body: string; key: string }>();

  const types = framework.conflictTypes;
  const chosenType = types.find(t => t.id === type);
  const rows = matrix.rows.filter(r => r.conflictType === type);
  const chosenRow = rows.find(r => r.id === category);
  const agents = framework.agents;
  const byKey = new Map(agents.map(a => [a.key, a]));

  const ready = Boolean(type) && title.trim().length > 0 && parties.length >= 2;

  const body = (): OpenConflictRequest => ({
    type,
    ...(category ? { category } : {}),
    title: title.trim(),
    ...(description.trim() ? { description: description.trim() } : {}),
    parties,
    subject: {
      tasks: tasks.map(t => t.id),
      components: entries(components),
      paths: entries(paths),
    },
    blocks: blocks.map(t => t.id),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready || busy) return;
    const request = body();
    const json = JSON.stringify(request);
    if (attempt.current?.body !== json) attempt.current = { body: json, key: newIdempotencyKey() };
    setBusy(true);
    setError(undefined);
    try {
      const opened = await api.openConflict(request, {
        idempotencyKey: attempt.current.key,
      });
      onOpened(opened);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  let typeHelp = 'Its procedure and the time each level has (§4.1)';
  if (chosenType) {
    const resolvers = chosenType.levels.map(l => `${l.level}: ${l.resolver}`).join(' · ');
    typeHelp = `${chosenType.escalationTime} a level · ${resolvers}`;
  }
  let categoryHelp = rows.length
    ? 'A row of the escalation matrix (§4.2): its authorities and SLA apply'
    : 'No matrix row follows this type: the type’s resolvers and time apply';
  if (chosenRow) {
    categoryHelp = `SLA ${chosenRow.sla} a level · ${chosenRow.levels
      .map(l => `${l.level}: ${l.authority.name}`)
      .join(' · ')}`;
  }

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="open-conflict-dialog-title"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="open-conflict-dialog-title">Open a conflict</DialogTitle>
        <DialogContent>
          <Grid container spacing={2}>
            <Grid item xs={12} sm={6}>
              <TextField
                select
                id="open-conflict-type"
                label="Type"
                required
                fullWidth
                variant="outlined"
                value={type}
                onChange={e => {
                  setType(e.target.value);
                  setCategory('');
                }}
                SelectProps={{ native: true }}
                InputLabelProps={{ shrink: true }}
                inputProps={{ 'data-testid': 'conflict-type' }}
                helperText={typeHelp}
              >
                <option value="" disabled>
                  Choose a conflict type
                </option>
                {types.map(t => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </TextField>
            </Grid>
            <Grid item xs={12} sm={6}>
              <TextField
                select
                id="open-conflict-category"
                label="Category"
                fullWidth
                variant="outlined"
                value={category}
                onChange={e => setCategory(e.target.value)}
                disabled={!type || rows.length === 0}
                SelectProps={{ native: true }}
                InputLabelProps={{ shrink: true }}
                inputProps={{ 'data-testid': 'conflict-category' }}
                helperText={categoryHelp}
              >
                <option value="">None</option>
                {rows.map(r => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </TextField>
            </Grid>
            <Grid item xs={12}>
              <TextField
                id="open-conflict-title"
                label="Title"
                required
                fullWidth
                variant="outlined"
                value={title}
                onChange={e => setTitle(e.target.value)}
                inputProps={{ maxLength: 200, 'data-testid': 'conflict-title' }}
              />
            </Grid>
            <Grid item xs={12}>
              <TextField
                id="open-conflict-description"
                label="Description"
                fullWidth
                multiline
                minRows={3}
                variant="outlined"
                value={description}
                onChange={e => setDescription(e.target.value)}
                inputProps={{ maxLength: 10000, 'data-testid': 'conflict-description' }}
              />
            </Grid>
            <Grid item xs={12}>
              <Autocomplete<CoordinationAgent, true>
                id="open-conflict-parties"
                multiple
                options={agents}
                value={parties.map(k => byKey.get(k)).filter((a): a is CoordinationAgent => Boolean(a))}
                onChange={(_, v) => setParties(v.map(a => a.key))}
                getOptionLabel={a => nameOf(a.key)}
                getOptionSelected={(a, b) => a.key === b.key}
                filterSelectedOptions
                renderOption={a => (
                  <Box>
                    <Typography variant="body2">{nameOf(a.key)}</Typography>
                    <Typography variant="caption" color="textSecondary">
                      Tier {a.tier} · {a.role} · {a.key}
                    </Typography>
                  </Box>
                )}
                renderInput={params => (
                  <TextField
                    {...params}
                label="Parties"
                    required
                    variant="outlined"
                    helperText={
                      parties.length < 2
                        ? 'The agents in conflict: at least two'
                        : 'The agents in conflict'
                    }
                    inputProps={{ ...params.inputProps, 'data-testid': 'conflict-parties' }}
                  />
                )}
              />
            </Grid>
          </Grid>

          <Typography variant="subtitle2" style={{ marginTop: 24 }}>
            What it is about
          </Typography>
          <TaskPicker
            label="Tasks"
            helperText="Search by title, or paste a task id and press Enter"
            value={tasks}
            onChange={setTasks}
            testId="conflict-subject-tasks"
          />
          <Grid container spacing={2} style={{ marginTop: 8 }}>
            <Grid item xs={12} sm={6}>
              <TextField
                id="open-conflict-components"
                label="Components"
                fullWidth
                multiline
                minRows={2}
                variant="outlined"
                value={components}
                onChange={e => setComponents(e.target.value)}
                helperText="Catalog entity refs, one a line, e.g. component:default/vpc"
                inputProps={{ 'data-testid': 'conflict-components' }}
              />
            </Grid>
            <Grid item xs={12} sm={6}>
              <TextField
                id="open-conflict-paths"
                label="Paths"
                fullWidth
                multiline
                minRows={2}
                variant="outlined"
                value={paths}
                onChange={e => setPaths(e.target.value)}
                helperText="Repository paths, one a line: their primary owners are recorded"
                inputProps={{ 'data-testid': 'conflict-paths' }}
              />
            </Grid>
          </Grid>

          <Typography variant="subtitle2" style={{ marginTop: 24 }}>
            What waits for it
          </Typography>
          <TaskPicker
            label="Blocks tasks"
            helperText="These tasks stay BLOCKED until the conflict is resolved"
            value={blocks}
            onChange={setBlocks}
            testId="conflict-blocks"
          />

          {Boolean(error) && (
            <Box mt={2}>
              <ConflictErrorPanel error={error} title="Could not open the conflict" />
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
            disabled={!ready || busy}
          >
            Open conflict
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
