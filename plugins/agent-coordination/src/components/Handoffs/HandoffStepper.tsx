import Step from '@material-ui/core/Step';
import StepLabel from '@material-ui/core/StepLabel';
import Stepper from '@material-ui/core/Stepper';
import Typography from '@material-ui/core/Typography';
import type {
  CoordinationFramework,
  Handoff,
} from '@agent-coordination/plugin-agent-coordination-common';
import { stageLabel } from './HandoffChips';

/**
 * Where the handoff is among the framework's stages (§3.3): every stage up
 * to the one it last passed is done, the next is the current one. The
 * acknowledgment shows as failing while it is overdue, and transfer as
 * failing while the checklist does.
 */
export function stepperState(
  stages: readonly string[],
  handoff: Pick<Handoff, 'stage' | 'status' | 'overdue' | 'missing'>,
): { active: number; failing?: string } {
  const passed = stages.indexOf(handoff.stage);
  const active = handoff.status === 'completed' ? stages.length : passed + 1;
  let failing: string | undefined;
  if (handoff.overdue) failing = 'acknowledgment';
  else if (handoff.status === 'draft' && handoff.missing.length > 0)
    failing = 'transfer';
  return { active, failing };
}

function stepState(i: number, active: number, failing: boolean): string {
  if (failing) return 'failing';
  if (i < active) return 'done';
  return i === active ? 'current' : 'next';
}

export const HandoffStepper = ({
  framework,
  handoff,
}: {
  framework: Pick<CoordinationFramework, 'handoff'>;
  handoff: Handoff;
}) => {
  const stages = framework.handoff.stages;
  const { active, failing } = stepperState(
    stages.map(s => s.id),
    handoff,
  );
  return (
    <Stepper activeStep={active} alternativeLabel data-testid="handoff-stepper">
      {stages.map((stage, i) => {
        const error = stage.id === failing;
        let caption = stage.steps.join(' · ');
        if (error && stage.id === 'transfer')
          caption = `Checklist fails: ${handoff.missing.join(', ')}`;
        else if (error) caption = 'Overdue';
        return (
          <Step
            key={stage.id}
            completed={i < active}
            data-testid={`handoff-stage-${stage.id}`}
            data-state={stepState(i, active, error)}
          >
            <StepLabel
              error={error}
              optional={
                <Typography
                  variant="caption"
                  color={error ? 'error' : 'textSecondary'}
                >
                  {caption}
                </Typography>
              }
            >
              {stageLabel(stage.id)}
            </StepLabel>
          </Step>
        );
      })}
    </Stepper>
  );
};
