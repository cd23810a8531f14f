import { useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  attestableHandoffChecks,
  type CoordinationFramework,
  type Handoff,
  type ReportHandoffChecksRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { agentCoordinationApiRef } from '../../api';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { newIdempotencyKey } from '../TaskShared';
import { HandoffChecklist } from './HandoffChecklist';

/** The steps a user takes on a handoff's page, after the opening. */
export type HandoffStepAction =
  | 'validate'
  | 'transfer'
  | 'acknowledge'
  | 'requestClarification'
  | 'answerClarification'
  | 'complete';

const TITLES: Record<HandoffStepAction, string> = {
  validate: 'Report automated checks',
  transfer: 'Transfer the handoff',
  acknowledge: 'Acknowledge the handoff',
  requestClarification: 'Request clarification',
  answerClarification: 'Answer the question',
  complete: 'Complete the handoff',
};

const CONFIRM: Record<HandoffStepAction, string> = {
  validate: 'Report',
  transfer: 'Transfer',
  acknowledge: 'Acknowledge',
  requestClarification: 'Ask',
  answerClarification: 'Answer',
  complete: 'Complete',
};

type Result = ReportHandoffChecksRequest['results'][number]['result'];

/** The handoff as it is now, when a step was refused for a stale version. */
export function staleHandoffOf(error: unknown): Handoff | undefined {
  if (!ResponseError.is(error) || error.statusCode !== 409) return undefined;
  const h = (error.body as unknown as { handoff?: Handoff })?.handoff;
  return h && typeof h === 'object' && typeof h.id === 'string' ? h : undefined;
}

/** The checks a refused transfer named as missing (422 handoff_checklist_incomplete). */
export function missingChecksOf(error: unknown): string[] | undefined {
  if (!ResponseError.is(error) || error.statusCode !== 422) return undefined;
  const missing = (error.body?.error as unknown as { missing?: unknown })
    ?.missing;
  return Array.isArray(missing) ? missing.map(String) : undefined;
}

/** @public */
export interface HandoffActionDialogProps {
  action: HandoffStepAction;
  handoff: Handoff;
  framework: Pick<CoordinationFramework, 'handoff'>;
  onClose(): void;
  /** After the backend took the step, with the handoff it answered. */
  onChanged(handoff: Handoff): void;
}

/**
 * One step of a handoff, asked of the backend with the version the user
 * saw. A refused transfer shows the checks the backend named missing; a
 * stale version says the handoff changed and offers it as it is now.
 */
export const HandoffActionDialog = ({
  action,
  handoff,
  framework,
  onClose,
  onChanged,
}: HandoffActionDialogProps) => {
  const api = useApi(agentCoordinationApiRef);
  const [text, setText] = useState('');
  const [attest, setAttest] = useState<string[]>([]);
  const [results, setResults] = useState<Record<string, Result | ''>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const key = useRef(newIdempotencyKey());

  const canAttest = attestableHandoffChecks(framework);
  const attestable = handoff.checklist.filter(
    c => !c.passed && canAttest.includes(c.check),
  );
  const openQuestion = handoff.clarifications.find(c => c.answer === null);
  const reported = Object.entries(results).filter(
    (e): e is [string, Result] => e[1] !== '',
  );
  const textRequired =
    action === 'requestClarification' || action === 'answerClarification';
  const ready =
    !busy &&
    (!textRequired || text.trim() !== '') &&
    (action !== 'validate' || reported.length > 0);

  const run = async () => {
    setBusy(true);
    setError(undefined);
    const version = handoff.version;
    const options = { idempotencyKey: key.current };
    const note = text.trim() || undefined;
    try {
      let changed: Handoff;
      switch (action) {
        case 'validate':
          changed = await api.reportHandoffChecks(
            handoff.id,
            {
              version,
              results: reported.map(([check, result]) => ({ check, result })),
            },
            options,
          );
          break;
        case 'transfer':
          changed = await api.transferHandoff(
            handoff.id,
            { version, ...(attest.length > 0 && { attest }) },
            options,
          );
          break;
        case 'acknowledge':
          changed = await api.acknowledgeHandoff(
            handoff.id,
            { version, ...(note && { note }) },
            options,
          );
          break;
        case 'requestClarification':
          changed = await api.requestHandoffClarification(
            handoff.id,
            { version, question: text.trim() },
            options,
          );
          break;
        case 'answerClarification':
          changed = await api.answerHandoffClarification(
            handoff.id,
            { version, answer: text.trim() },
            options,
          );
          break;
        default:
          changed = await api.completeHandoff(
            handoff.id,
            { version, ...(note && { note }) },
            options,
          );
      }
      onChanged(changed);
    } catch (e) {
      setError(e);
      setBusy(false);
      // A refused request changed nothing: the next try is a new request.
      key.current = newIdempotencyKey();
    }
  };

  const stale = staleHandoffOf(error);
  const missing = missingChecksOf(error);

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{TITLES[action]}</DialogTitle>
      <DialogContent data-testid={`handoff-dialog-${action}`}>
        <Typography variant="body2" paragraph>
          “{handoff.title}”
        </Typography>
        {action === 'transfer' && (
          <>
            <HandoffChecklist checklist={handoff.checklist} dense />
            {attestable.map(c => (
              <FormControlLabel
                key={c.check}
                control={
                  <Checkbox
                    size="small"
                    checked={attest.includes(c.check)}
                    onChange={e =>
                      setAttest(a =>
                        e.target.checked
                          ? [...a, c.check]
                          : a.filter(x => x !== c.check),
                      )
                    }
                    inputProps={
                      { 'data-testid': `transfer-attest-${c.check}` } as never
                    }
                  />
                }
                label={`I attest: ${c.check}`}
              />
            ))}
            <Typography variant="caption" color="textSecondary" component="p">
              The receiver has {framework.handoff.acknowledgmentSla} to
              acknowledge it; past that the handoff escalates.
            </Typography>
          </>
        )}
        {action === 'validate' &&
          framework.handoff.automatedChecks.map(check => (
            <TextField
              key={check}
              select
              label={check}
              value={results[check] ?? ''}
              onChange={e =>
                setResults(r => ({ ...r, [check]: e.target.value as Result }))
              }
              fullWidth
              margin="dense"
              SelectProps={{
                SelectDisplayProps: {
                  'aria-label': check,
                  'data-testid': `validate-${check}`,
                } as never,
              }}
            >
              <MenuItem value="">Not run</MenuItem>
              <MenuItem value="passed">Passed</MenuItem>
              <MenuItem value="failed">Failed</MenuItem>
              <MenuItem value="skipped">Skipped</MenuItem>
            </TextField>
          ))}
        {action === 'answerClarification' && openQuestion && (
          <Alert severity="info" icon={false}>
            <strong>Question:</strong> {openQuestion.question}
          </Alert>
        )}
        {action !== 'transfer' && action !== 'validate' && (
          <TextField
            id="handoff-step-text"
            label={
              {
                requestClarification: 'Question',
                answerClarification: 'Answer',
              }[action as string] ?? 'Note (optional)'
            }
            value={text}
            onChange={e => setText(e.target.value)}
            required={textRequired}
            fullWidth
            multiline
            minRows={2}
            margin="dense"
            variant="outlined"
            inputProps={{ 'data-testid': 'handoff-step-text', maxLength: 5000 }}
          />
        )}
        {Boolean(error) && (
          <Box mt={2} data-testid="handoff-step-error">
            {stale ? (
              <Alert severity="warning">
                The handoff changed since you read it: it is now{' '}
                {stale.status.replace(/_/g, ' ')} at version {stale.version}.
                Close this and look again before you act.
              </Alert>
            ) : (
              <div data-testid={missing ? 'handoff-missing' : undefined}>
                <BackendErrorPanel
                  error={error}
                  title={
                    missing
                      ? `Not transferred: ${missing.length} mandatory check${
                          missing.length === 1 ? '' : 's'
                        } missing — edit the draft, or attest above`
                      : `Could not ${CONFIRM[action].toLowerCase()}`
                  }
                />
              </div>
            )}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={stale ? () => onChanged(stale) : onClose}>
          {stale ? 'Show it as it is now' : 'Cancel'}
        </Button>
        <Button
          color="primary"
          variant="contained"
          disabled={!ready}
          onClick={run}
          data-testid="handoff-step-confirm"
        >
          {CONFIRM[action]}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
