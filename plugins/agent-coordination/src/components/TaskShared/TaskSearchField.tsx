import { useEffect, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import CircularProgress from '@material-ui/core/CircularProgress';
import Autocomplete from '@material-ui/lab/Autocomplete';
import type { Task } from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { describeBackendError } from '../BackendErrorPanel';

const DEBOUNCE_MS = 250;
const RESULTS = 20;

/** @public */
export interface TaskSearchFieldProps {
  label: string;
  /** Tasks not to offer: the task itself, the ones already chosen. */
  exclude?: string[];
  onSelect(task: Task): void;
  disabled?: boolean;
}

/**
 * Finds a task by words of its title or description, through the API's
 * text filter (so the search covers every task the user may read, not just
 * the ones on screen).
 */
export const TaskSearchField = ({
  label,
  exclude = [],
  onSelect,
  disabled,
}: TaskSearchFieldProps) => {
  const api = useApi(agentCoordinationApiRef);
  const [input, setInput] = useState('');
  const [options, setOptions] = useState<Task[]>([]);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    const text = input.trim();
    if (!text) {
      setOptions([]);
      setProblem(undefined);
      return undefined;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      setLoading(true);
      api
        .listTasks({ text, limit: RESULTS })
        .then(page => {
          if (cancelled) return;
          setOptions(page.items);
          setProblem(undefined);
        })
        .catch(error => {
          if (!cancelled) setProblem(describeBackendError(error).message);
        })
        .finally(() => {
          if (!cancelled) setLoading(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [api, input]);

  const offered = options.filter(t => !exclude.includes(t.id));

  return (
    <Autocomplete<Task>
      options={offered}
      value={null}
      inputValue={input}
      disabled={disabled}
      onInputChange={(_e, value, reason) => {
        if (reason !== 'reset') setInput(value);
      }}
      onChange={(_e, task) => {
        if (task) {
          onSelect(task);
          setInput('');
          setOptions([]);
        }
      }}
      getOptionLabel={t => t.title}
      getOptionSelected={(a, b) => a.id === b.id}
      renderOption={t => (
        <span data-testid={`task-option-${t.id}`}>
          {t.title}{' '}
          <small>
            · {t.state} · {t.id.slice(0, 8)}
          </small>
        </span>
      )}
      filterOptions={o => o}
      loading={loading}
      noOptionsText={input.trim() ? 'No task matches' : 'Type to search tasks'}
      renderInput={params => (
        <TextField
          {...params}
          label={label}
          variant="outlined"
          size="small"
          error={!!problem}
          helperText={problem}
          InputProps={{
            ...params.InputProps,
            endAdornment: (
              <>
                {loading ? (
                  <CircularProgress color="inherit" size={16} />
                ) : null}
                {params.InputProps.endAdornment}
              </>
            ),
          }}
        />
      )}
    />
  );
};
