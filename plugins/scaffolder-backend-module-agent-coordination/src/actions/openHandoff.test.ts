import { parseFramework } from '@agent-coordination/plugin-agent-coordination-common';
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  apiRefusal,
  contextFor,
  onBehalfOfInitiator,
} from '../__testUtils__/actionContext';
import { aHandoff, aTransferredHandoff } from '../__testUtils__/fixtures';
import { createOpenHandoffAction } from './openHandoff';

const framework = parseFramework(
  readFileSync(
    join(
      __dirname,
      '../../../agent-coordination-common/examples/framework.yaml',
    ),
    'utf8',
  ),
  'framework.yaml',
);

describe('agent-coordination:handoff:open', () => {
  const draft = aHandoff({ blocks: ['t1'] });
  const transferred = aTransferredHandoff({ blocks: ['t1'] });
  const coordination = {
    getFramework: jest.fn(async () => framework),
    openHandoff: jest.fn(async () => draft),
    transferHandoff: jest.fn(async () => transferred),
  };
  const action = createOpenHandoffAction({ coordination });
  beforeEach(() => jest.clearAllMocks());

  const input = {
    to: 'api_developer',
    title: ' VPC module ',
    task: '',
    component: 'component:default/vpc',
    blocks: ['t1', ' '],
    completedWork: ['Module written', ''],
    artifacts: [
      {
        path: 'components/terraform/vpc/main.tf',
        type: 'code' as const,
        status: 'final' as const,
      },
    ],
    knownIssues: [' '],
    dependencies: ['network_engineer: peering routes'],
    successCriteria: ['terraform plan shows no drift'],
    notes: '',
    attest: ['context files updated'],
  };
  const request = {
    to: 'api_developer',
    title: 'VPC module',
    component: 'component:default/vpc',
    blocks: ['t1'],
    attest: ['context files updated'],
    content: {
      completedWork: ['Module written'],
      artifacts: [
        {
          path: 'components/terraform/vpc/main.tf',
          type: 'code',
          status: 'final',
        },
      ],
      // Blank items dropped, the list kept: the sender's explicit "none".
      knownIssues: [],
      dependencies: ['network_engineer: peering routes'],
      successCriteria: ['terraform plan shows no drift'],
    },
  };

  it('opens the handoff as the template’s user with its content, and outputs its checklist and a link', async () => {
    const { ctx, outputs } = contextFor(input, {
      taskId: 'sc-4',
      stepId: 'handoff',
    });
    await action.handler(ctx);
    expect(coordination.openHandoff).toHaveBeenCalledWith(request, {
      ...onBehalfOfInitiator,
      idempotencyKey: expect.stringMatching(
        /^scaffolder:sc-4:handoff:handoff\.open:/,
      ),
    });
    expect(coordination.transferHandoff).not.toHaveBeenCalled();
    // Without a transfer the backend's answer carries the checklist; no need to read the framework.
    expect(coordination.getFramework).not.toHaveBeenCalled();
    expect(outputs).toEqual({
      handoffId: draft.id,
      title: 'VPC module',
      from: 'network_engineer',
      to: 'api_developer',
      stage: 'initiation',
      status: 'draft',
      transferred: false,
      checklist: draft.checklist,
      missing: [],
      blocks: ['t1'],
      version: 1,
      url: `/agent-coordination/handoffs/${draft.id}`,
    });
  });

  it('leaves out the lists not given, so the backend reports those checks as missing', async () => {
    const missing = ['Context files updated', 'Known issues listed'];
    coordination.openHandoff.mockResolvedValueOnce(aHandoff({ missing }));
    const { ctx, outputs } = contextFor({
      to: 'api_developer',
      title: 'Half done',
      completedWork: ['Half'],
    });
    await action.handler(ctx);
    expect(coordination.openHandoff).toHaveBeenCalledWith(
      {
        to: 'api_developer',
        title: 'Half done',
        content: { completedWork: ['Half'] },
      },
      expect.anything(),
    );
    expect(outputs.missing).toEqual(missing);
    expect(ctx.logger.info).toHaveBeenCalledWith(
      expect.stringContaining(
        'mandatory checks failing: Context files updated, Known issues listed',
      ),
    );
  });

  it('transfers it after opening, with the version opened and a key of its own', async () => {
    const { ctx, outputs } = contextFor(
      { ...input, transfer: true },
      { taskId: 'sc-4', stepId: 'handoff' },
    );
    await action.handler(ctx);
    expect(coordination.getFramework).toHaveBeenCalledWith(onBehalfOfInitiator);
    expect(coordination.transferHandoff).toHaveBeenCalledWith(
      draft.id,
      { version: 1 },
      {
        ...onBehalfOfInitiator,
        idempotencyKey: expect.stringMatching(
          /^scaffolder:sc-4:handoff:handoff\.transfer:/,
        ),
      },
    );
    expect(outputs).toMatchObject({
      handoffId: draft.id,
      stage: 'transfer',
      status: 'awaiting_acknowledgment',
      transferred: true,
      missing: [],
      acknowledgmentDueAt: '2026-03-02T13:00:00.000Z',
      version: 2,
    });
  });

  it('opens and transfers once when the step runs again after a restart', async () => {
    const first = contextFor({ ...input, transfer: true });
    await action.handler(first.ctx);
    const again = contextFor(
      { ...input, transfer: true },
      { checkpoints: first.checkpoints },
    );
    await action.handler(again.ctx);
    expect(coordination.openHandoff).toHaveBeenCalledTimes(1);
    expect(coordination.transferHandoff).toHaveBeenCalledTimes(1);
    expect(again.outputs).toEqual(first.outputs);
  });

  it('opens nothing when a transfer is asked for and the checklist fails, naming each missing check and what passes it', async () => {
    const { ctx } = contextFor({
      to: 'api_developer',
      title: 'Half done',
      completedWork: ['Half'],
      attest: ['Context file updated'],
      transfer: true,
    });
    const failure = action.handler(ctx);
    await expect(failure).rejects.toMatchObject({ name: 'InputError' });
    const message = (await failure.catch(e => e)).message as string;
    expect(message).toContain(
      "The handoff 'Half done' cannot be transferred: the mandatory checklist fails on Context files updated, Artifacts accessible, Dependencies documented, Known issues listed, Success criteria defined",
    );
    expect(message).toContain(
      'attest names Context file updated, not one of the mandatory checks',
    );
    expect(message).toContain('nothing was opened');
    expect(message).toContain(
      'Known issues listed: list the known issues (an empty list says there are none)',
    );
    expect(message).toContain(
      'Success criteria defined: give at least one success criterion',
    );
    expect(coordination.openHandoff).not.toHaveBeenCalled();
    expect(coordination.transferHandoff).not.toHaveBeenCalled();
  });

  it('says the draft stays when the backend refuses the transfer after all', async () => {
    const said = `Handoff ${draft.id} cannot be transferred: the mandatory checklist fails on Artifacts accessible`;
    coordination.transferHandoff.mockRejectedValueOnce(
      await apiRefusal(422, said, 'handoff_checklist_incomplete'),
    );
    const { ctx } = contextFor({ ...input, transfer: true });
    await expect(action.handler(ctx)).rejects.toMatchObject({
      name: 'InputError',
      message: said,
    });
    expect(ctx.logger.error).toHaveBeenCalledWith(
      `Handoff ${draft.id} was opened but not transferred; it stays a draft: /agent-coordination/handoffs/${draft.id}`,
    );
  });

  it('writes nothing in a dry run, and outputs the checklist the framework gives the content', async () => {
    const { ctx, outputs } = contextFor(
      { to: 'api_developer', title: 'Half done', knownIssues: [] },
      { dryRun: true },
    );
    await action.handler(ctx);
    expect(coordination.openHandoff).not.toHaveBeenCalled();
    expect(ctx.checkpoint).not.toHaveBeenCalled();
    expect(outputs).toMatchObject({
      handoffId: '00000000-0000-0000-0000-000000000000',
      stage: 'initiation',
      status: 'draft',
      transferred: false,
      missing: [
        'Context files updated',
        'Artifacts accessible',
        'Dependencies documented',
        'Success criteria defined',
      ],
      version: 1,
      url: '/agent-coordination/handoffs/00000000-0000-0000-0000-000000000000',
    });
    expect(outputs.checklist).toContainEqual({
      check: 'Known issues listed',
      passed: true,
      by: 'knownIssues',
    });
  });

  it('in a dry run of a transfer that would pass, outputs it transferred and due within the SLA', async () => {
    const { ctx, outputs } = contextFor(
      { ...input, transfer: true },
      { dryRun: true },
    );
    const before = Date.now();
    await action.handler(ctx);
    expect(coordination.openHandoff).not.toHaveBeenCalled();
    expect(coordination.transferHandoff).not.toHaveBeenCalled();
    expect(outputs).toMatchObject({
      stage: 'transfer',
      status: 'awaiting_acknowledgment',
      transferred: true,
      missing: [],
      version: 2,
    });
    const due = Date.parse(outputs.acknowledgmentDueAt as string);
    expect(due - before).toBeGreaterThanOrEqual(4 * 3600_000);
    expect(due - before).toBeLessThan(4 * 3600_000 + 60_000);
    expect(ctx.logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Dry run: would open the handoff .* and transfer it$/,
      ),
    );
  });

  it('in a dry run of a transfer that would be refused, says so and what passes each failing check', async () => {
    const { ctx, outputs } = contextFor(
      { ...input, successCriteria: [], transfer: true },
      { dryRun: true },
    );
    await action.handler(ctx);
    expect(outputs).toMatchObject({
      status: 'draft',
      transferred: false,
      missing: ['Success criteria defined'],
    });
    expect(ctx.logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Dry run: would open no handoff of \{.*\}: The handoff 'VPC module' cannot be transferred: the mandatory checklist fails on Success criteria defined\. Success criteria defined: give at least one success criterion\.$/,
      ),
    );
  });

  it('needs a receiver and a title', async () => {
    await expect(
      action.handler(contextFor({ ...input, to: ' ' }).ctx),
    ).rejects.toThrow('Name the receiving agent: to is empty');
    await expect(
      action.handler(contextFor({ ...input, title: '' }).ctx),
    ).rejects.toThrow('The handoff needs a title; it is empty');
    expect(coordination.openHandoff).not.toHaveBeenCalled();
  });

  it('fails with the backend’s message when it refuses, e.g. handing off as another agent', async () => {
    const said =
      "user:default/alice acts as api_developer and may hand off as api_developer only, not as 'network_engineer'";
    coordination.openHandoff.mockRejectedValueOnce(
      await apiRefusal(403, said, 'send_as_other_agent'),
    );
    await expect(
      action.handler(
        contextFor({ ...input, from: 'network_engineer', to: 'cicd_engineer' })
          .ctx,
      ),
    ).rejects.toMatchObject({ name: 'NotAllowedError', message: said });
  });
});
