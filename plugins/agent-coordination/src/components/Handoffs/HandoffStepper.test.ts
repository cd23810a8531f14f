import { stepperState } from './HandoffStepper';

const stages = [
  'initiation',
  'validation',
  'transfer',
  'acknowledgment',
  'completion',
];

describe('the handoff stepper', () => {
  it.each([
    [
      'a fresh draft',
      { stage: 'initiation', status: 'draft', overdue: false, missing: [] },
      1,
      undefined,
    ],
    [
      'a draft failing its checklist',
      {
        stage: 'initiation',
        status: 'draft',
        overdue: false,
        missing: ['Known issues listed'],
      },
      1,
      'transfer',
    ],
    [
      'a checked draft',
      { stage: 'validation', status: 'draft', overdue: false, missing: [] },
      2,
      undefined,
    ],
    [
      'a transferred one',
      {
        stage: 'transfer',
        status: 'awaiting_acknowledgment',
        overdue: false,
        missing: [],
      },
      3,
      undefined,
    ],
    [
      'an overdue one',
      {
        stage: 'transfer',
        status: 'awaiting_acknowledgment',
        overdue: true,
        missing: [],
      },
      3,
      'acknowledgment',
    ],
    [
      'an acknowledged one',
      {
        stage: 'acknowledgment',
        status: 'acknowledged',
        overdue: false,
        missing: [],
      },
      4,
      undefined,
    ],
    [
      'a completed one',
      { stage: 'completion', status: 'completed', overdue: false, missing: [] },
      5,
      undefined,
    ],
  ] as const)('shows %s', (_, handoff, active, failing) => {
    expect(
      stepperState(stages, { ...handoff, missing: [...handoff.missing] }),
    ).toEqual({ active, failing });
  });
});
