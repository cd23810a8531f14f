import { useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import type { AllowedTransitions } from '@agent-coordination/plugin-agent-coordination-common';

let fieldIds = 0;

export interface TaskTransitionsProps {
  allowed: AllowedTransitions;
  busy: boolean;
  /** Changes after each move made here, which clears the reason. */
  moves: number;
  onTransition(to: string, trigger: string, reason: string | undefined): void;
}

/**
 * The moves the backend offers this user on this task now, each named by
 * the framework's trigger ("Work complete", "Changes requested",
 * "Unrecoverable error"), with one reason for the history. Nothing here
 * knows which move is which: requesting changes or failing a task is
 * whatever the framework calls it, when offered.
 */
export const TaskTransitions = ({
  allowed,
  busy,
  moves,
  onTransition,
}: TaskTransitionsProps) => {
  const [reason, setReason] = useState('');
  // useId is React 18's; the plugin runs on 17 too.
  const [reasonId] = useState(() => `task-reason-${++fieldIds}`);
  useEffect(() => setReason(''), [moves]);
  if (allowed.transitions.length === 0) {
    return (
      <Typography
        variant="body2"
        color="textSecondary"
        data-testid="no-transitions"
      >
        {allowed.agent
          ? `No move is open to you (${allowed.agent}) on this task in ${allowed.state}.`
          : 'You act as no framework agent, so you may only read this task.'}
      </Typography>
    );
  }
  return (
    <div data-testid="task-transitions">
      <TextField
        id={reasonId}
        label="Reason"
        placeholder="Why, for the task's history (optional)"
        fullWidth
        multiline
        variant="outlined"
        size="small"
        value={reason}
        onChange={e => setReason(e.target.value)}
        inputProps={{ maxLength: 2000 }}
      />
      <Box display="flex" flexWrap="wrap" mt={1} style={{ gap: 8 }}>
        {allowed.transitions.map(t => (
          <Button
            key={`${t.to}:${t.trigger}`}
            variant="outlined"
            color="primary"
            disabled={busy}
            onClick={() => {
              onTransition(t.to, t.trigger, reason.trim() || undefined);
            }}
          >
            {t.trigger} → {t.to}
          </Button>
        ))}
      </Box>
    </div>
  );
};
