import type { MessageSnapshot, SendMessageRequest } from '../api';
import { seed } from '../__testUtils__/seed';
import type { TaskActor } from '../tasks/taskRoles';
import {
  mayReadInbox,
  mayReadMessage,
  messageReadScope,
  recipientsOf,
} from './messageRules';
import {
  isOverdue,
  planAnswer,
  planMarkRead,
  planOverdue,
  planSendMessage,
} from './planMessage';

const as = (key: string | null): TaskActor => {
  if (!key) return { principal: 'user:default/nobody', agent: null };
  const agent = seed.agents.find(a => a.key === key)!;
  return {
    principal: `user:default/${key}`,
    agent: { key, authority: agent.authority },
  };
};
const NOW = new Date('2026-03-02T09:00:00.000Z');
const ask: SendMessageRequest = {
  to: 'api_developer',
  priority: 'P2',
  type: 'REQUEST',
  subject: ' VPC outputs ',
};

function sent(
  actor: TaskActor,
  input: SendMessageRequest,
  correlated?: MessageSnapshot,
  id = 'm-1',
): MessageSnapshot {
  const d = planSendMessage(seed, actor, input, { id, now: NOW, correlated });
  if (!d.ok) throw new Error(d.refusal.message);
  return d.value;
}

describe('planSendMessage', () => {
  it("sends as the caller's agent: a REQUEST is its own correlation and thread, due within the response SLA", () => {
    expect(sent(as('network_engineer'), ask)).toMatchObject({
      from: 'network_engineer',
      subject: 'VPC outputs',
      content: '',
      correlationId: 'm-1',
      threadId: 'm-1',
      sentAt: NOW.toISOString(),
      responseDueAt: '2026-03-02T13:00:00.000Z',
      version: 1,
    });
    expect(
      sent(as('network_engineer'), { ...ask, type: 'UPDATE', threadId: 'vpc' })
        .responseDueAt,
    ).toBeNull();
  });

  it.each([
    [as(null), ask, 'read_only_caller'],
    [{ ...as('network_engineer'), system: true }, ask, 'read_only_caller'],
    [
      as('network_engineer'),
      { ...ask, from: 'context_manager' },
      'send_as_other_agent',
    ],
    [as('network_engineer'), { ...ask, to: 'nobody' }, 'invalid_input'],
    [
      as('network_engineer'),
      { ...ask, type: 'RESPONSE', to: 'api_developer', correlationId: 'gone' },
      'no_such_request',
    ],
  ])('refuses %#: %s', (actor, input, rule) => {
    const d = planSendMessage(seed, actor, input, {
      id: 'm-2',
      now: NOW,
      correlated: undefined,
    });
    expect(d.ok ? 'allowed' : d.refusal.rule).toBe(rule);
  });

  it('answers a REQUEST by a recipient only, to its sender, in its thread; answered once', () => {
    const request = sent(as('network_engineer'), { ...ask, threadId: 'vpc' });
    const response = sent(
      as('api_developer'),
      {
        ...ask,
        type: 'RESPONSE',
        to: 'network_engineer',
        correlationId: 'm-1',
      },
      request,
      'r-1',
    );
    expect(response).toMatchObject({
      correlationId: 'm-1',
      threadId: 'vpc',
      responseDueAt: null,
    });
    const answered = planAnswer(request, response)!;
    expect(answered).toMatchObject({
      answeredAt: response.sentAt,
      answeredBy: 'r-1',
      version: 2,
    });
    expect(planAnswer(answered, response)).toBeNull();
    // The context manager reads the request, but it was not sent to it.
    const cm = planSendMessage(
      seed,
      as('context_manager'),
      {
        ...ask,
        type: 'RESPONSE',
        to: 'network_engineer',
        correlationId: 'm-1',
      },
      {
        id: 'r-2',
        now: NOW,
        correlated: request,
      },
    );
    expect(cm.ok ? 'allowed' : cm.refusal.rule).toBe('not_a_recipient');
  });
});

describe('who reads what', () => {
  const direct = { from: 'network_engineer', to: 'api_developer' };
  const broadcast = { from: 'network_engineer', to: 'ALL' };
  it.each([
    ['network_engineer', direct, true],
    ['api_developer', direct, true],
    ['security_specialist', direct, false],
    ['context_manager', direct, true],
    [null, direct, false],
    [null, broadcast, true],
    ['security_specialist', broadcast, true],
  ])('%s reads %j: %s', (agent, message, expected) => {
    expect(mayReadMessage(seed, as(agent), message)).toBe(expected);
  });

  it('reaches every agent but the sender with a broadcast, and only recipients mark read', () => {
    expect(recipientsOf(seed, broadcast)).toHaveLength(13);
    expect(recipientsOf(seed, broadcast)).not.toContain('network_engineer');
    const message = sent(as('network_engineer'), { ...ask, to: 'ALL' });
    expect(
      planMarkRead(seed, as('api_developer'), message, {
        now: NOW,
        readBefore: false,
      }),
    ).toEqual({
      ok: true,
      value: { agent: 'api_developer', readAt: NOW.toISOString() },
    });
    expect(
      planMarkRead(seed, as('api_developer'), message, {
        now: NOW,
        readBefore: true,
      }),
    ).toEqual({ ok: true, value: null });
    const bySender = planMarkRead(seed, as('network_engineer'), message, {
      now: NOW,
      readBefore: false,
    });
    expect(bySender.ok ? 'allowed' : bySender.refusal.rule).toBe(
      'not_a_recipient',
    );
    expect(messageReadScope(seed, as('context_manager'))).toEqual({
      kind: 'all',
    });
    expect(mayReadInbox(seed, as('context_manager'), 'api_developer')).toBe(
      true,
    );
    expect(mayReadInbox(seed, as('security_specialist'), 'api_developer')).toBe(
      false,
    );
  });
});

describe('the response SLA', () => {
  it('flags an unanswered REQUEST at its due time, once; never an answered one or another type', () => {
    const request = sent(as('network_engineer'), ask);
    expect(
      planOverdue(request, new Date('2026-03-02T12:59:59.999Z')),
    ).toBeNull();
    const flagged = planOverdue(request, new Date('2026-03-02T13:00:00.000Z'))!;
    expect(flagged).toMatchObject({
      overdueAt: '2026-03-02T13:00:00.000Z',
      version: 2,
    });
    expect(
      planOverdue(flagged, new Date('2026-03-03T00:00:00.000Z')),
    ).toBeNull();
    expect(isOverdue(flagged, NOW)).toBe(true);
    expect(isOverdue({ ...flagged, answeredAt: NOW.toISOString() }, NOW)).toBe(
      false,
    );
    const update = sent(as('network_engineer'), { ...ask, type: 'UPDATE' });
    expect(
      planOverdue(update, new Date('2027-01-01T00:00:00.000Z')),
    ).toBeNull();
  });
});
