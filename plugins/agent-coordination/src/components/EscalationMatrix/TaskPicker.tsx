import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import CircularProgress from '@material-ui/core/CircularProgress';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Autocomplete from '@material-ui/lab/Autocomplete';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { agentCoordinationApiRef } from '../../api';
import { ConflictErrorPanel } from '../Conflicts/ConflictErrorPanel';

/** A task chosen by search (with its title) or pasted by id. */
export interface TaskOption {
  id: string;
  title?: string;
  state?: string;
}

const SEARCH_DELAY_MS = 300;

/** @public */
export interface TaskPickerProps {
  label: string;
  helperText: string;
  value: TaskOption[];
  onChange(value: TaskOption[]): void;
  testId: string;
}

/**
 * Tasks by search (GET /tasks?text=, titles and descriptions), or by id
 * pasted and confirmed with Enter: the backend checks every id exists.
 */
export const TaskPicker = ({
  label,
  helperText,
  value,
  onChange,
  testId,
}: TaskPickerProps) => {
  const api = useApi(agentCoordinationApiRef);
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  useDebounce(() => setQuery(input.trim()), SEARCH_DELAY_MS, [input]);
  const search = useAsync(
    async () => (query ? api.listTasks({ text: query, limit: 20 }) : undefined),
    [api, query],
  );
  const options: TaskOption[] = (search.value?.items ?? []).map(t => ({
    id: t.id,
    title: t.title,
    state: t.state,
  }));

  return (
    <Box mt={2}>
      <Autocomplete<TaskOption, true, false, true>
        id={testId}
        multiple
        freeSolo
        options={options}
        value={value}
        // The backend already matched the text; the options are its answer.
        filterOptions={o => o}
        filterSelectedOptions
        getOptionSelected={(a, b) => a.id === b.id}
        getOptionLabel={o => (typeof o === 'string' ? o : o.title ?? o.id)}
        inputValue={input}
        onInputChange={(_, v, reason) => {
          if (reason !== 'reset') setInput(v);
          else setInput('');
        }}
        onChange={(_, v) =>
          onChange(
            v
              .map(o => (typeof o === 'string' ? { id: o.trim() } : o))
              .filter(
                (o, i, all) => o.id && all.findIndex(x => x.id === o.id) === i,
              ),
          )
        }
        loading={search.loading}
        renderOption={o => (
          <Box>
            <Typography variant="body2">{o.title ?? o.id}</Typography>
            <Typography variant="caption" color="textSecondary">
              {o.state ? `${o.state} · ` : ''}
              {o.id}
            </Typography>
          </Box>
        )}
        renderTags={(tags, getTagProps) =>
          tags.map((t, index) => (
            <Chip
              size="small"
              label={t.title ?? t.id}
              title={t.id}
              {...getTagProps({ index })}
              key={t.id}
            />
          ))
        }
        renderInput={params => (
          <TextField
            {...params}
            label={label}
            variant="outlined"
            helperText={helperText}
            inputProps={{ ...params.inputProps, 'data-testid': testId }}
            InputProps={{
              ...params.InputProps,
              endAdornment: (
                <>
                  {search.loading && <CircularProgress size={16} />}
                  {params.InputProps.endAdornment}
                </>
              ),
            }}
          />
        )}
      />
      {search.error && (
        <Box mt={1}>
          <ConflictErrorPanel error={search.error} title="Could not search tasks" />
        </Box>
      )}
    </Box>
  );
};
