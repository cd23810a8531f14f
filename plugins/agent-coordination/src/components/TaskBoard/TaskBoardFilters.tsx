import { useEffect, useRef, useState } from 'react';
import Button from '@material-ui/core/Button';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import type { CoordinationFramework } from '@agent-coordination/plugin-agent-coordination-common';
import { PRIORITIES, type AgentDirectory } from '../TaskShared';
import { hasFilters, type BoardFilters, type FilterKey } from './boardFilters';

const ALL = '';
// Typing is committed to the URL (and the server asked) once the user pauses.
const TYPING_MS = 400;

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1.5),
    marginBottom: theme.spacing(2),
  },
  select: { minWidth: 170 },
  text: { minWidth: 190 },
}));

function TypedFilter({
  label,
  value,
  onCommit,
  placeholder,
  className,
}: {
  label: string;
  value?: string;
  onCommit(value: string | undefined): void;
  placeholder?: string;
  className: string;
}) {
  const [draft, setDraft] = useState(value ?? '');
  const committed = useRef(value ?? '');
  // A change from outside (back button, "Clear filters") replaces the draft.
  useEffect(() => {
    if ((value ?? '') === committed.current) return;
    committed.current = value ?? '';
    setDraft(value ?? '');
  }, [value]);
  const commit = useRef(onCommit);
  commit.current = onCommit;
  useEffect(() => {
    if (draft.trim() === committed.current) return undefined;
    const timer = setTimeout(() => {
      committed.current = draft.trim();
      commit.current(draft.trim() || undefined);
    }, TYPING_MS);
    return () => clearTimeout(timer);
  }, [draft]);
  return (
    <TextField
      label={label}
      value={draft}
      placeholder={placeholder}
      onChange={e => setDraft(e.target.value)}
      variant="outlined"
      size="small"
      className={className}
      inputProps={{ 'aria-label': `Filter by ${label.toLowerCase()}` }}
    />
  );
}

function SelectFilter({
  label,
  value,
  all,
  options,
  onChange,
  className,
}: {
  label: string;
  value?: string;
  all: string;
  options: Array<[string, string]>;
  onChange(value: string | undefined): void;
  className: string;
}) {
  // A value from a shared link that this framework does not know still shows.
  const known = !value || options.some(([v]) => v === value);
  return (
    <TextField
      select
      label={label}
      value={value ?? ALL}
      onChange={e => onChange(e.target.value || undefined)}
      variant="outlined"
      size="small"
      className={className}
      SelectProps={{
        SelectDisplayProps: {
          'aria-label': `Filter by ${label.toLowerCase()}`,
        } as any,
      }}
    >
      <MenuItem value={ALL}>{all}</MenuItem>
      {!known && <MenuItem value={value}>{value}</MenuItem>}
      {options.map(([v, text]) => (
        <MenuItem key={v} value={v}>
          {text}
        </MenuItem>
      ))}
    </TextField>
  );
}

export interface TaskBoardFiltersProps {
  filters: BoardFilters;
  onChange(key: FilterKey, value: string | undefined): void;
  onClear(): void;
  framework: CoordinationFramework;
  directory?: AgentDirectory;
  /** The framework agent the user acts as: offers "Assigned to me". */
  myAgent?: string;
}

/** The board's filters; the board keeps them in its URL. */
export const TaskBoardFilters = ({
  filters,
  onChange,
  onClear,
  framework,
  directory,
  myAgent,
}: TaskBoardFiltersProps) => {
  const classes = useStyles();
  const agents: Array<[string, string]> = (
    directory?.agents ??
    framework.agents.map(a => ({ key: a.key, title: a.key }))
  ).map(a => [a.key, a.title]);
  return (
    <div className={classes.bar} data-testid="task-board-filters">
      {myAgent && (
        <FormControlLabel
          control={
            <Switch
              checked={filters.assignee === myAgent}
              onChange={e =>
                onChange('assignee', e.target.checked ? myAgent : undefined)
              }
              color="primary"
            />
          }
          label="Assigned to me"
        />
      )}
      <SelectFilter
        label="Agent"
        all="All agents"
        value={filters.assignee}
        options={agents}
        onChange={v => onChange('assignee', v)}
        className={classes.select}
      />
      <SelectFilter
        label="Tier"
        all="All tiers"
        value={filters.tier}
        options={framework.tiers.map(t => [
          String(t.level),
          `${t.level} · ${t.name}`,
        ])}
        onChange={v => onChange('tier', v)}
        className={classes.select}
      />
      <SelectFilter
        label="Priority"
        all="All priorities"
        value={filters.priority}
        options={PRIORITIES.map(p => [p, p])}
        onChange={v => onChange('priority', v)}
        className={classes.select}
      />
      <SelectFilter
        label="Kind"
        all="All kinds"
        value={filters.kind}
        options={framework.workKinds.map(k => [k.id, k.id])}
        onChange={v => onChange('kind', v)}
        className={classes.select}
      />
      <TypedFilter
        label="Component"
        placeholder="component:default/vpc"
        value={filters.component}
        onCommit={v => onChange('component', v)}
        className={classes.text}
      />
      <TypedFilter
        label="Label"
        value={filters.label}
        onCommit={v => onChange('label', v)}
        className={classes.text}
      />
      <TypedFilter
        label="Text"
        placeholder="Title or description"
        value={filters.text}
        onCommit={v => onChange('text', v)}
        className={classes.text}
      />
      {hasFilters(filters) && <Button onClick={onClear}>Clear filters</Button>}
    </div>
  );
};
