import type { HandoffSnapshot, OpenHandoffRequest } from '../api';
import { parseFramework } from '../framework/parseFramework';
import { seed, seedWith } from '../__testUtils__/seed';
import {
  allowedHandoffActions,
  attestableHandoffChecks,
  evaluateHandoffChecklist,
  planAcknowledgeHandoff,
  planAnswerHandoffClarification,
  planEditHandoff,
  planHandoffEscalation,
  planOpenHandoff,
  planRequestHandoffClarification,
  planTransferHandoff,
} from './planHandoff';
import { renderHandoffDocument } from './renderHandoffDocument';

const agent = (key: string) => ({
  key,
  authority: seed.agents.find(a => a.key === key)!.authority,
});
const net = { principal: 'user:default/net', agent: agent('network_engineer') };
const api = { principal: 'user:default/api', agent: agent('api_developer') };
const cm = { principal: 'user:default/cm', agent: agent('context_manager') };
const sec = {
  principal: 'user:default/sec',
  agent: agent('security_specialist'),
};
const nobody = { principal: 'user:default/nobody', agent: null };
const now = new Date('2026-03-01T10:00:00.000Z');

const full: OpenHandoffRequest = {
  to: 'api_developer',
  title: 'VPC module',
  content: {
    completedWork: ['Module written'],
    artifacts: [
      {
        path: 'components/terraform/vpc/main.tf',
        type: 'code',
        status: 'final',
      },
    ],
    knownIssues: [],
    dependencies: ['peering'],
    successCriteria: ['No drift'],
    notes: 'Apply in us-east-1 first.',
  },
  attest: ['Context files updated'],
};

function opened(input: OpenHandoffRequest = full): HandoffSnapshot {
  const d = planOpenHandoff(seed, net, input, {
    id: 'h-1',
    now,
    taskExists: () => true,
  });
  if (!d.ok) throw new Error(d.refusal.message);
  return d.value;
}

describe('the handoff checklist', () => {
  it.each([
    [
      'nothing',
      {},
      [],
      [
        'Context files updated',
        'Artifacts accessible',
        'Dependencies documented',
        'Known issues listed',
        'Success criteria defined',
      ],
    ],
    [
      'explicit none for issues and dependencies',
      { knownIssues: [], dependencies: [] },
      [],
      [
        'Context files updated',
        'Artifacts accessible',
        'Success criteria defined',
      ],
    ],
    [
      'success criteria',
      { successCriteria: ['x'] },
      [],
      [
        'Context files updated',
        'Artifacts accessible',
        'Dependencies documented',
        'Known issues listed',
      ],
    ],
    [
      'artifacts with paths',
      { artifacts: [{ path: 'a.tf', type: 'code', status: 'draft' }] },
      [],
      [
        'Context files updated',
        'Dependencies documented',
        'Known issues listed',
        'Success criteria defined',
      ],
    ],
    [
      'attested context files and artifacts',
      {},
      ['Context files updated', 'Artifacts accessible'],
      [
        'Dependencies documented',
        'Known issues listed',
        'Success criteria defined',
      ],
    ],
    [
      'an attested derived check still derived',
      {},
      ['Success criteria defined'],
      [
        'Context files updated',
        'Artifacts accessible',
        'Dependencies documented',
        'Known issues listed',
        'Success criteria defined',
      ],
    ],
  ] as const)(
    'with %s, misses what the content and attestations do not give',
    (_what, content, attested, missing) => {
      const c = {
        completedWork: [],
        artifacts: [],
        successCriteria: [],
        knownIssues: null,
        dependencies: null,
        notes: null,
        ...content,
      };
      expect(
        evaluateHandoffChecklist(seed, c as any, attested).missing,
      ).toEqual(missing);
    },
  );
});

describe('the handoff rules', () => {
  it('opens from the caller only (the context manager for anyone), to another known agent', () => {
    expect(opened()).toMatchObject({
      from: 'network_engineer',
      stage: 'initiation',
      status: 'draft',
      attested: ['Context files updated'],
    });
    expect(
      planOpenHandoff(seed, nobody, full, {
        id: 'x',
        now,
        taskExists: () => true,
      }),
    ).toMatchObject({ ok: false, refusal: { rule: 'read_only_caller' } });
    expect(
      planOpenHandoff(
        seed,
        api,
        { ...full, from: 'network_engineer' },
        { id: 'x', now, taskExists: () => true },
      ),
    ).toMatchObject({ ok: false, refusal: { rule: 'send_as_other_agent' } });
    expect(
      planOpenHandoff(
        seed,
        cm,
        { ...full, from: 'network_engineer' },
        { id: 'x', now, taskExists: () => true },
      ),
    ).toMatchObject({ ok: true, value: { from: 'network_engineer' } });
    expect(
      planOpenHandoff(
        seed,
        net,
        { ...full, to: 'network_engineer' },
        { id: 'x', now, taskExists: () => true },
      ),
    ).toMatchObject({ ok: false, refusal: { code: 'invalid_input' } });
  });

  it('transfers with the acknowledgment deadline, refuses an incomplete checklist with the missing items', () => {
    const transferred = planTransferHandoff(
      seed,
      net,
      opened(),
      { version: 1 },
      now,
    );
    expect(transferred).toMatchObject({
      ok: true,
      value: {
        stage: 'transfer',
        status: 'awaiting_acknowledgment',
        acknowledgmentDueAt: '2026-03-01T14:00:00.000Z',
      },
    });
    const refused = planTransferHandoff(
      seed,
      net,
      opened({ to: 'api_developer', title: 'x' }),
      { version: 1 },
      now,
    );
    expect(refused).toMatchObject({
      ok: false,
      refusal: {
        code: 'unprocessable',
        rule: 'handoff_checklist_incomplete',
        details: {
          missing: expect.arrayContaining(['Success criteria defined']),
        },
      },
    });
    expect(
      planTransferHandoff(seed, api, opened(), { version: 1 }, now),
    ).toMatchObject({
      ok: false,
      refusal: { rule: 'handoff_actor_not_permitted' },
    });
    expect(
      planTransferHandoff(seed, net, opened(), { version: 2 }, now),
    ).toMatchObject({ ok: false, refusal: { code: 'stale_version' } });
  });

  it('lets the sender attest the checks decided by their word and the artifacts, no others', () => {
    expect(attestableHandoffChecks(seed)).toEqual([
      'Context files updated',
      'Artifacts accessible',
    ]);
    // A check the derivations do not list is the sender's word.
    expect(
      attestableHandoffChecks({
        handoff: {
          ...seed.handoff,
          mandatoryChecks: [...seed.handoff.mandatoryChecks, 'Runbook read'],
        },
      }),
    ).toContain('Runbook read');
  });

  describe('editing a draft', () => {
    const draft = () =>
      opened({ to: 'api_developer', title: 'Half', content: { notes: 'n' } });
    it.each([
      [
        'adds what was missing, keeping what is not named',
        { content: { successCriteria: [' No drift '], knownIssues: [] } },
        {
          title: 'Half',
          content: {
            successCriteria: ['No drift'],
            knownIssues: [],
            dependencies: null,
            notes: 'n',
          },
        },
      ],
      [
        'replaces the attested checks, by their framework names',
        { attest: ['context FILES updated', 'Context files updated'] },
        { attested: ['Context files updated'] },
      ],
      [
        'clears the notes with an empty string',
        { title: ' Renamed ', content: { notes: '  ' } },
        { title: 'Renamed', content: { notes: null } },
      ],
    ])('%s', (_, change, expected) => {
      const d = planEditHandoff(
        seed,
        net,
        draft(),
        { ...change, version: 1 },
        now,
      );
      expect(d.ok && d.value).toMatchObject({ ...expected, version: 2 });
    });

    it.each([
      ['the receiver', api, { title: 'x' }, 'handoff_actor_not_permitted'],
      ['a caller of no agent', nobody, { title: 'x' }, 'read_only_caller'],
      ['nothing to change', net, {}, 'invalid_input'],
      ['an empty title', net, { title: ' ' }, 'invalid_input'],
      ['an unknown check', net, { attest: ['Vibes'] }, 'invalid_input'],
    ])('refuses %s', (_, who, change, rule) => {
      const d = planEditHandoff(
        seed,
        who,
        draft(),
        { ...change, version: 1 },
        now,
      );
      expect(!d.ok && d.refusal.rule).toBe(rule);
    });

    it('lets the context manager edit for the sender, and nobody after the transfer', () => {
      const cmEdit = planEditHandoff(
        seed,
        cm,
        draft(),
        { title: 'By cm', version: 1 },
        now,
      );
      expect(cmEdit.ok).toBe(true);
      const sent = planTransferHandoff(
        seed,
        net,
        opened(),
        { version: 1 },
        now,
      );
      if (!sent.ok) throw new Error(sent.refusal.message);
      const late = planEditHandoff(
        seed,
        net,
        sent.value,
        { title: 'Late', version: 2 },
        now,
      );
      expect(!late.ok && late.refusal.rule).toBe(
        'handoff_awaiting_acknowledgment',
      );
      expect(allowedHandoffActions(seed, net, sent.value).edit).toBe(false);
      expect(allowedHandoffActions(seed, net, opened()).edit).toBe(true);
      expect(allowedHandoffActions(seed, api, opened()).edit).toBe(false);
    });
  });

  it('goes round a clarification and back to acknowledgment; only the parties or the context manager act', () => {
    let h = (
      planTransferHandoff(seed, net, opened(), { version: 1 }, now) as any
    ).value as HandoffSnapshot;
    expect(allowedHandoffActions(seed, api, h)).toMatchObject({
      roles: ['receiver'],
      acknowledge: true,
      requestClarification: true,
      transfer: false,
    });
    expect(allowedHandoffActions(seed, sec, h)).toMatchObject({
      roles: [],
      acknowledge: false,
      requestClarification: false,
    });
    h = (
      planRequestHandoffClarification(
        seed,
        api,
        h,
        { question: 'Why?', version: h.version },
        now,
      ) as any
    ).value;
    expect(h.status).toBe('clarification_requested');
    expect(
      planAnswerHandoffClarification(
        seed,
        api,
        h,
        { answer: 'x', version: h.version },
        now,
      ),
    ).toMatchObject({ ok: false });
    h = (
      planAnswerHandoffClarification(
        seed,
        cm,
        h,
        { answer: 'Because', version: h.version },
        now,
      ) as any
    ).value;
    expect(h).toMatchObject({
      status: 'awaiting_acknowledgment',
      clarifications: [
        { question: 'Why?', answer: 'Because', answeredBy: 'user:default/cm' },
      ],
    });
    expect(planAcknowledgeHandoff(seed, api, h, h.version, now)).toMatchObject({
      ok: true,
      value: { stage: 'acknowledgment', status: 'acknowledged' },
    });
  });

  it('escalates once past the deadline, into a priority conflict between sender and receiver', () => {
    const h = (
      planTransferHandoff(seed, net, opened(), { version: 1 }, now) as any
    ).value as HandoffSnapshot;
    expect(
      planHandoffEscalation(seed, h, {
        conflictId: 'c',
        now: new Date('2026-03-01T13:59:00.000Z'),
        principal: 's',
      }),
    ).toBeNull();
    const plan = planHandoffEscalation(seed, h, {
      conflictId: 'c',
      now: new Date('2026-03-01T14:00:00.000Z'),
      principal: 's',
    })!;
    expect(plan.conflict).toMatchObject({
      type: 'priority',
      category: 'priority',
      level: 'L1',
      parties: ['network_engineer', 'api_developer'],
      deadlineAt: '2026-03-01T18:00:00.000Z',
    });
    expect(
      planHandoffEscalation(seed, plan.handoff, {
        conflictId: 'd',
        now: new Date('2026-03-02T00:00:00.000Z'),
        principal: 's',
      }),
    ).toBeNull();
  });

  it('refuses a framework whose handoff escalation or check derivations name nothing it has', () => {
    expect(() =>
      parseFramework(
        seedWith(doc => {
          doc.handoff.checkDerivations = { 'Tests green': 'attested' };
          doc.handoff.escalation = {
            conflictType: 'technical',
            category: 'priority',
          };
        }),
        'f.yaml',
      ),
    ).toThrow(
      /handoff.checkDerivations.*Tests green[\s\S]*handoff.escalation.category.*priority follows priority conflicts, not technical/,
    );
  });
});

describe('the handoff document', () => {
  const headings = (text: string) =>
    text
      .split('\n')
      .filter(l => l.startsWith('#'))
      .map(l => l.replace(/:.*$/, ''));

  it("has Appendix B's headings, in its order", () => {
    expect(headings(renderHandoffDocument(opened()))).toEqual(
      headings(seed.handoffTemplate),
    );
  });

  it.each([
    ['# Task Handoff: VPC module'],
    ['## From: network_engineer'],
    ['## To: api_developer'],
    ['## Date: 2026-03-01T10:00:00.000Z'],
    ['### Completed Work\n- Module written'],
    [
      '### Artifacts\n- Path: components/terraform/vpc/main.tf\n- Type: code\n- Status: final',
    ],
    ['### Known Issues\n- None'],
    ['### Dependencies\n- peering'],
    ['### Success Criteria\n- No drift'],
    ['### Notes\nApply in us-east-1 first.'],
  ])('renders %j', part => {
    expect(renderHandoffDocument(opened())).toContain(part);
  });

  it('says what is not listed, and carries the clarifications in the notes', () => {
    const bare = opened({ to: 'api_developer', title: 'Bare' });
    const doc = renderHandoffDocument({
      ...bare,
      clarifications: [
        {
          question: 'Why?',
          askedBy: 'a',
          askedAt: 't1',
          answer: null,
          answeredBy: null,
          answeredAt: null,
        },
      ],
    });
    expect(doc).toContain('### Known Issues\n- Not listed');
    expect(doc).toContain('### Dependencies\n- Not documented');
    expect(doc).toContain('### Artifacts\n- None');
    expect(doc).toContain(
      '### Notes\nClarification (t1): Why?\n\nAnswer: pending',
    );
  });
});
