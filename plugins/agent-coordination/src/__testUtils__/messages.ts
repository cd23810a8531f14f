import type {
  Inbox,
  Message,
  Whoami,
} from '@agent-coordination/plugin-agent-coordination-common';

/** A message as the backend serves it, unread, from the context manager to the network engineer. */
export function exampleMessage(overrides: Partial<Message> = {}): Message {
  const id = overrides.id ?? 'm-1';
  const type = overrides.type ?? 'UPDATE';
  return {
    id,
    from: 'context_manager',
    to: 'network_engineer',
    priority: 'P2',
    type,
    subject: 'Peer the VPCs',
    content: '',
    artifacts: [],
    dependencies: [],
    correlationId: type === 'REQUEST' ? id : null,
    threadId: id,
    tags: [],
    sentAt: '2030-03-01T09:00:00.000Z',
    responseDueAt: type === 'REQUEST' ? '2030-03-01T13:00:00.000Z' : null,
    answeredAt: null,
    answeredBy: null,
    overdueAt: null,
    version: 1,
    createdBy: 'user:default/guest',
    readAt: null,
    overdue: false,
    ...overrides,
  };
}

/** An inbox answer: counts as given, unread counted from the items unless given. */
export function exampleInbox(
  agent: string,
  items: Message[],
  overrides: Partial<Inbox> = {},
): Inbox {
  const unread = items.filter(m => m.readAt === null);
  const unreadByPriority: Record<string, number> = {
    P0: 0,
    P1: 0,
    P2: 0,
    P3: 0,
  };
  for (const m of unread) unreadByPriority[m.priority] += 1;
  return {
    agent,
    total: items.length,
    unread: unread.length,
    unreadByPriority,
    items,
    nextCursor: null,
    ...overrides,
  };
}

/** The guest as the portal maps it: the context manager, or another agent. */
export function exampleWhoami(
  agent: string | null = 'context_manager',
): Whoami {
  const agents: Record<string, NonNullable<Whoami['agent']>> = {
    context_manager: {
      key: 'context_manager',
      id: 'agent-001',
      role: 'Master Coordinator',
      tier: 1,
      authority: 'FULL',
    },
    network_engineer: {
      key: 'network_engineer',
      id: 'agent-004',
      role: 'Network Architecture',
      tier: 2,
      authority: 'SENIOR',
    },
    api_developer: {
      key: 'api_developer',
      id: 'agent-006',
      role: 'Platform APIs',
      tier: 3,
      authority: 'STANDARD',
    },
  };
  return {
    principal: 'user:default/guest',
    agent: agent ? agents[agent] : null,
    groups: [],
  };
}
