import { act, render, screen } from '@testing-library/react';
import { exampleConflict } from '../../__testUtils__/conflicts';
import { Countdown } from './Countdown';
import { formatSpan } from './time';

const OPENED = '2025-03-01T10:00:00.000Z';
const at = (iso: string) => new Date(iso).getTime();

describe('formatSpan', () => {
  it.each([
    [0, '0s'],
    [59_999, '59s'],
    [61_000, '1m 1s'],
    [4 * 3600_000, '4h 0m 0s'],
    [26 * 3600_000 + 5_000, '1d 2h 0m 5s'],
    [-90_000, '1m 30s'],
  ])('%d ms -> %s', (ms, text) => {
    expect(formatSpan(ms)).toBe(text);
  });
});

describe('Countdown', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  const countdown = () => screen.getByTestId('countdown');

  it('ticks every second towards the deadline of the current level', () => {
    jest.setSystemTime(at(OPENED));
    render(<Countdown conflict={exampleConflict({ openedAt: OPENED })} />);

    expect(countdown()).toHaveAttribute('data-state', 'running');
    expect(countdown()).toHaveTextContent('4h 0m 0s left');
    expect(countdown()).toHaveTextContent('L1 decides by');

    act(() => {
      jest.advanceTimersByTime(1000);
    });
    expect(countdown()).toHaveTextContent('3h 59m 59s left');

    act(() => {
      jest.advanceTimersByTime(3 * 3600_000 + 59 * 60_000);
    });
    expect(countdown()).toHaveTextContent('59s left');
    expect(countdown()).toHaveAttribute('data-state', 'soon');
  });

  it('counts how far over a deadline the level is, until the sweep escalates it', () => {
    jest.setSystemTime(at('2025-03-01T14:00:00.000Z') - 2000);
    render(<Countdown conflict={exampleConflict({ openedAt: OPENED })} />);
    expect(countdown()).toHaveTextContent('2s left');

    act(() => {
      jest.advanceTimersByTime(5000);
    });

    expect(countdown()).toHaveAttribute('data-state', 'overdue');
    expect(countdown()).toHaveTextContent('overdue by 3s');
    expect(countdown()).toHaveTextContent('L2 takes over at the next SLA sweep');
  });

  it('marks a breached conflict and keeps counting how overdue it is', () => {
    const deadlineAt = '2025-03-01T22:00:00.000Z';
    jest.setSystemTime(at(deadlineAt) + 90 * 60_000);
    render(
      <Countdown
        conflict={exampleConflict({ level: 'L3', deadlineAt, breachedAt: deadlineAt })}
      />,
    );

    expect(countdown()).toHaveAttribute('data-state', 'breached');
    expect(screen.getByText('Breached')).toBeInTheDocument();
    expect(countdown()).toHaveTextContent('overdue by 1h 30m 0s');
    expect(countdown()).toHaveTextContent('L3 did not decide by');

    act(() => {
      jest.advanceTimersByTime(1000);
    });
    expect(countdown()).toHaveTextContent('overdue by 1h 30m 1s');
  });

  it('stops for a decided conflict', () => {
    jest.setSystemTime(at(OPENED));
    render(
      <Countdown
        conflict={exampleConflict({
          status: 'resolved',
          resolution: {
            decision: 'Keep /16',
            rationale: 'r',
            by: 'user:development/guest',
            byAgent: 'context_manager',
            via: 'authority',
            at: OPENED,
          },
        })}
      />,
    );
    expect(countdown()).toHaveAttribute('data-state', 'resolved');
    expect(countdown()).toHaveTextContent('Decided');
    expect(jest.getTimerCount()).toBe(0);
  });
});
