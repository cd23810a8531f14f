import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import type { AgentCoordinationService } from '@agent-coordination/plugin-agent-coordination-node';
import {
  evaluateHandoffChecklist,
  parseDuration,
  type CoordinationFramework,
  type HandoffCheck,
  type HandoffContent,
  type OpenHandoffRequest,
} from '@agent-coordination/plugin-agent-coordination-common';
import { examples } from './openHandoff.examples';
import {
  DRY_RUN_ID,
  checkpointKey,
  checksText,
  explained,
  given,
  givenList,
  handoffOutputs,
  handoffUrl,
  idempotencyKey,
} from './shared';

export const OPEN_HANDOFF_ACTION_ID = 'agent-coordination:handoff:open';

/**
 * A list the sender states, blank items dropped. Unlike `givenList`, an
 * empty list stays a list: for known issues and dependencies it is the
 * explicit "none" that passes the checklist, where leaving the field out
 * does not.
 */
function stated(
  values: ReadonlyArray<string | undefined | null> | undefined | null,
): string[] | undefined {
  if (!values) return undefined;
  return values.map(given).filter((v): v is string => v !== undefined);
}

/** How the sender makes one failing check pass, by what decides it. */
function remedy(check: HandoffCheck): string {
  switch (check.by) {
    case 'successCriteria':
      return `${check.check}: give at least one success criterion`;
    case 'knownIssues':
      return `${check.check}: list the known issues (an empty list says there are none)`;
    case 'dependencies':
      return `${check.check}: list the dependencies (an empty list says there are none)`;
    case 'artifacts':
      return `${check.check}: list an artifact, or attest the check for a handoff without files`;
    default:
      return `${check.check}: attest it`;
  }
}

/**
 * Opens a handoff (framework §3.3) from the template user's agent to another
 * with Appendix B's content, the mandatory checklist read from it, and
 * optionally transfers it to the receiver, who is then notified and due to
 * acknowledge it within the framework's acknowledgment SLA.
 *
 * The API opens and transfers in two calls. So before a transfer the step
 * checks the checklist with the framework's own rules and, when it would
 * fail, opens nothing: a refused transfer would otherwise leave behind a
 * draft the template's user never asked for.
 */
export function createOpenHandoffAction(options: {
  coordination: Pick<
    AgentCoordinationService,
    'getFramework' | 'openHandoff' | 'transferHandoff'
  >;
}) {
  const { coordination } = options;
  return createTemplateAction({
    id: OPEN_HANDOFF_ACTION_ID,
    description:
      'Opens a handoff from the template user’s agent to another, with what is handed over (completed work, artifacts, known issues, dependencies, success criteria, notes) and the mandatory checklist read from it; with `transfer`, hands it to the receiver too.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        from: z =>
          z
            .string()
            .max(64)
            .optional()
            .describe(
              'Framework agent key of the sender; the template user’s own agent by default (only the context manager may hand off for another)',
            ),
        to: z =>
          z
            .string()
            .min(1)
            .max(64)
            .describe(
              'Framework agent key of the receiver, e.g. api_developer',
            ),
        title: z =>
          z
            .string()
            .min(1)
            .max(200)
            .describe('The component or feature handed over'),
        task: z =>
          z
            .string()
            .max(64)
            .optional()
            .describe('Id of the task the handoff is about'),
        component: z =>
          z
            .string()
            .max(255)
            .optional()
            .describe(
              'The catalog entity it is about, e.g. component:default/vpc',
            ),
        blocks: z =>
          z
            .array(z.string().max(64))
            .max(50)
            .optional()
            .describe(
              'Ids of tasks to hold BLOCKED until the receiver acknowledges it',
            ),
        completedWork: z =>
          z
            .array(z.string().max(1000))
            .max(100)
            .optional()
            .describe('What is done, one item each'),
        artifacts: z =>
          z
            .array(
              z.object({
                path: z.string().min(1).max(512),
                type: z.enum(['code', 'config', 'doc']),
                status: z.enum(['final', 'draft']),
              }),
            )
            .max(100)
            .optional()
            .describe(
              'Files handed over: repository path, type (code, config or doc), status (final or draft)',
            ),
        knownIssues: z =>
          z
            .array(z.string().max(1000))
            .max(100)
            .optional()
            .describe(
              'Known issues; an empty list says there are none (left out, "Known issues listed" fails)',
            ),
        dependencies: z =>
          z
            .array(z.string().max(1000))
            .max(100)
            .optional()
            .describe(
              'What the work depends on; an empty list says nothing (left out, "Dependencies documented" fails)',
            ),
        successCriteria: z =>
          z
            .array(z.string().max(1000))
            .max(100)
            .optional()
            .describe('How the receiver knows it works, at least one'),
        notes: z =>
          z
            .string()
            .max(20000)
            .optional()
            .describe('Anything else the receiver should know, in Markdown'),
        attest: z =>
          z
            .array(z.string().max(200))
            .max(20)
            .optional()
            .describe(
              'Mandatory checks the sender attests, e.g. Context files updated (which the API cannot see)',
            ),
        transfer: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Transfer it to the receiver now; if the checklist fails, nothing is opened and the step fails naming the checks',
            ),
      },
      output: {
        handoffId: z => z.string().describe('Id of the handoff'),
        title: z => z.string(),
        from: z => z.string().describe('The sending agent'),
        to: z => z.string().describe('The receiving agent'),
        stage: z =>
          z
            .string()
            .describe(
              'The last stage passed: initiation, or transfer once transferred',
            ),
        status: z =>
          z
            .string()
            .describe(
              'draft (not transferred) or awaiting_acknowledgment (transferred)',
            ),
        transferred: z =>
          z.boolean().describe('Whether it was transferred to the receiver'),
        checklist: z =>
          z
            .array(
              z.object({
                check: z.string(),
                passed: z.boolean(),
                by: z.string(),
              }),
            )
            .describe(
              'The mandatory checks, each passed or not and what decides it',
            ),
        missing: z =>
          z
            .array(z.string())
            .describe(
              'The mandatory checks that fail; a transfer is refused while any does',
            ),
        blocks: z =>
          z
            .array(z.string())
            .describe('Tasks held BLOCKED until it is acknowledged'),
        acknowledgmentDueAt: z =>
          z
            .string()
            .optional()
            .describe('Once transferred: when it is overdue (ISO 8601)'),
        version: z =>
          z
            .number()
            .describe('Its version: send it back to act on the handoff'),
        url: z =>
          z
            .string()
            .describe(
              'Where the portal shows it, /agent-coordination/handoffs/<id>',
            ),
      },
    },
    async handler(ctx) {
      const input = ctx.input;
      const to = given(input.to);
      const title = given(input.title);
      if (!to)
        throw new InputError(
          'Name the receiving agent: to is empty (a framework agent key)',
        );
      if (!title)
        throw new InputError('The handoff needs a title; it is empty');
      const request: OpenHandoffRequest = { to, title };
      const from = given(input.from);
      const task = given(input.task);
      const component = given(input.component);
      const blocks = givenList(input.blocks);
      const attest = givenList(input.attest);
      if (from) request.from = from;
      if (task) request.task = task;
      if (component) request.component = component;
      if (blocks) request.blocks = blocks;
      if (attest) request.attest = attest;
      const content: NonNullable<OpenHandoffRequest['content']> = {};
      const completedWork = givenList(input.completedWork);
      const artifacts = (input.artifacts ?? [])
        .map(a => ({ ...a, path: a.path.trim() }))
        .filter(a => a.path !== '');
      const knownIssues = stated(input.knownIssues);
      const dependencies = stated(input.dependencies);
      const successCriteria = givenList(input.successCriteria);
      const notes = given(input.notes);
      if (completedWork) content.completedWork = completedWork;
      if (artifacts.length) content.artifacts = artifacts;
      if (knownIssues) content.knownIssues = knownIssues;
      if (dependencies) content.dependencies = dependencies;
      if (successCriteria) content.successCriteria = successCriteria;
      if (notes) content.notes = notes;
      if (Object.keys(content).length) request.content = content;
      const transfer = input.transfer === true;
      const credentials = await ctx.getInitiatorCredentials();

      // The checklist as the backend will read it, from the framework it serves.
      const expected = (framework: CoordinationFramework) => {
        const checks = framework.handoff.mandatoryChecks;
        const canonical = (attest ?? []).map(
          name =>
            checks.find(
              c => c.trim().toLowerCase() === name.trim().toLowerCase(),
            ) ?? name,
        );
        const opened: HandoffContent = {
          completedWork: completedWork ?? [],
          artifacts,
          knownIssues: knownIssues ?? null,
          dependencies: dependencies ?? null,
          successCriteria: successCriteria ?? [],
          notes: notes ?? null,
        };
        return {
          ...evaluateHandoffChecklist(framework, opened, canonical),
          unknownAttested: canonical.filter(c => !checks.includes(c)),
        };
      };
      const refusal = (checklist: ReturnType<typeof expected>) => {
        const failing = checklist.checklist.filter(c => !c.passed);
        const typo = checklist.unknownAttested.length
          ? ` (attest names ${checksText(
              checklist.unknownAttested,
            )}, not one of the mandatory checks)`
          : '';
        return {
          why: `The handoff '${title}' cannot be transferred: the mandatory checklist fails on ${checksText(
            checklist.missing,
          )}${typo}`,
          remedies: `${failing.map(remedy).join('; ')}.`,
        };
      };

      if (ctx.isDryRun) {
        // Reading is harmless, and says what the checklist will be.
        const framework = await explained(() =>
          coordination.getFramework({ credentials }),
        );
        const checklist = expected(framework);
        const transfers = transfer && checklist.missing.length === 0;
        if (transfer && !transfers) {
          const { why, remedies } = refusal(checklist);
          ctx.logger.info(
            `Dry run: would open no handoff of ${JSON.stringify(
              request,
            )}: ${why}. ${remedies}`,
          );
        } else {
          ctx.logger.info(
            `Dry run: would open the handoff ${JSON.stringify(request)}${
              transfers ? ' and transfer it' : ''
            }`,
          );
        }
        ctx.output('handoffId', DRY_RUN_ID);
        ctx.output('title', title);
        ctx.output('from', from ?? '(the template user’s agent)');
        ctx.output('to', to);
        ctx.output('stage', transfers ? 'transfer' : 'initiation');
        ctx.output('status', transfers ? 'awaiting_acknowledgment' : 'draft');
        ctx.output('transferred', transfers);
        ctx.output('checklist', checklist.checklist);
        ctx.output('missing', checklist.missing);
        ctx.output('blocks', blocks ?? []);
        if (transfers) {
          const sla = parseDuration(framework.handoff.acknowledgmentSla);
          ctx.output(
            'acknowledgmentDueAt',
            new Date(Date.now() + sla).toISOString(),
          );
        }
        ctx.output('version', transfers ? 2 : 1);
        ctx.output('url', handoffUrl(DRY_RUN_ID));
        return;
      }

      if (transfer) {
        const checklist = await ctx.checkpoint({
          key: checkpointKey(ctx, 'handoff.checklist'),
          fn: async () =>
            expected(
              await explained(() => coordination.getFramework({ credentials })),
            ),
        });
        if (checklist.missing.length) {
          const { why, remedies } = refusal(checklist);
          throw new InputError(`${why}, so nothing was opened. ${remedies}`);
        }
      }
      const opened = await ctx.checkpoint({
        key: checkpointKey(ctx, 'handoff.open'),
        fn: async () =>
          handoffOutputs(
            await explained(() =>
              coordination.openHandoff(request, {
                credentials,
                idempotencyKey: idempotencyKey(ctx, 'handoff.open'),
              }),
            ),
          ),
      });
      ctx.logger.info(
        `Opened handoff ${opened.handoffId} '${opened.title}' from ${
          opened.from
        } to ${opened.to}; mandatory checks failing: ${checksText(
          opened.missing,
        )}`,
      );
      let handoff = opened;
      if (transfer) {
        handoff = await ctx.checkpoint({
          key: checkpointKey(ctx, 'handoff.transfer'),
          fn: async () => {
            try {
              return handoffOutputs(
                await explained(() =>
                  coordination.transferHandoff(
                    opened.handoffId,
                    { version: opened.version },
                    {
                      credentials,
                      idempotencyKey: idempotencyKey(ctx, 'handoff.transfer'),
                    },
                  ),
                ),
              );
            } catch (error) {
              // Only when the backend saw it otherwise than the framework read above, or the handoff moved on.
              ctx.logger.error(
                `Handoff ${opened.handoffId} was opened but not transferred; it stays a draft: ${opened.url}`,
              );
              throw error;
            }
          },
        });
        ctx.logger.info(
          `Transferred handoff ${handoff.handoffId} to ${handoff.to}; it is due to be acknowledged by ${handoff.acknowledgmentDueAt}`,
        );
      }
      ctx.output('handoffId', handoff.handoffId);
      ctx.output('title', handoff.title);
      ctx.output('from', handoff.from);
      ctx.output('to', handoff.to);
      ctx.output('stage', handoff.stage);
      ctx.output('status', handoff.status);
      ctx.output('transferred', handoff.status !== 'draft');
      ctx.output('checklist', handoff.checklist);
      ctx.output('missing', handoff.missing);
      ctx.output('blocks', handoff.blocks);
      if (handoff.acknowledgmentDueAt)
        ctx.output('acknowledgmentDueAt', handoff.acknowledgmentDueAt);
      ctx.output('version', handoff.version);
      ctx.output('url', handoff.url);
    },
  });
}
