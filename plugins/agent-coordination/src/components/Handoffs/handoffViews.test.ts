import { exampleHandoff } from '../../__testUtils__/handoffs';
import {
  isHandoffView,
  mergeHandoffs,
  viewQueries,
  whoseTurn,
} from './handoffViews';

describe('handoff views', () => {
  it.each([
    ['waiting', 'api_developer', 4],
    ['waiting', null, 0],
    ['sent', 'api_developer', 1],
    ['sent', null, 0],
    ['overdue', null, 1],
    ['all', null, 1],
  ] as const)('%s for %s asks %i queries', (view, agent, n) => {
    expect(viewQueries(view, agent)).toHaveLength(n);
  });

  it('waits on the receiver to acknowledge and on the sender for everything else', () => {
    expect(viewQueries('waiting', 'net')).toEqual([
      { to: 'net', status: 'awaiting_acknowledgment' },
      { from: 'net', status: 'draft' },
      { from: 'net', status: 'clarification_requested' },
      { from: 'net', status: 'acknowledged' },
    ]);
  });

  it('merges pages once per handoff, latest change first', () => {
    const a = exampleHandoff({
      id: 'a',
      updatedAt: '2030-03-01T09:00:00.000Z',
    });
    const b = exampleHandoff({
      id: 'b',
      updatedAt: '2030-03-01T11:00:00.000Z',
    });
    expect(mergeHandoffs([[a], [b, a]]).map(h => h.id)).toEqual(['b', 'a']);
  });

  it.each([
    ['draft', 'Network Engineer to transfer'],
    ['awaiting_acknowledgment', 'Api Developer to acknowledge'],
    ['clarification_requested', 'Network Engineer to answer a question'],
    ['acknowledged', 'Network Engineer to complete'],
    ['completed', 'Nobody: completed'],
  ] as const)('says whose turn it is when %s', (status, words) => {
    const nameOf = (k: string) =>
      k.replace(/_/g, ' ').replace(/\b\w/g, c => c.toUpperCase());
    expect(
      whoseTurn(
        { status, from: 'network_engineer', to: 'api_developer' },
        nameOf,
      ),
    ).toBe(words);
  });

  it('knows its views', () => {
    expect(isHandoffView('sent')).toBe(true);
    expect(isHandoffView('mine')).toBe(false);
    expect(isHandoffView(null)).toBe(false);
  });
});
