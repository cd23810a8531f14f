import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ResponseError } from '@backstage/errors';
import { PassThrough } from 'stream';

export const INITIATOR = 'user:default/alice';

export interface ContextOptions {
  dryRun?: boolean;
  taskId?: string;
  stepId?: string;
  /**
   * The checkpoints the scaffolder kept for the step. Share one map between
   * two contexts to run the same step again, as after a restart.
   */
  checkpoints?: Map<string, unknown>;
  /** Who started the template; alice by default. */
  initiator?: string;
}

/**
 * An action context as the scaffolder's workflow runner builds it, for
 * calling a handler directly. `checkpoint` behaves like the runner's: a key
 * that succeeded before returns its stored (JSON) value without running fn.
 */
export function contextFor<I extends object>(input: I, options: ContextOptions = {}) {
  const outputs: Record<string, unknown> = {};
  const checkpoints = options.checkpoints ?? new Map<string, unknown>();
  const logger = mockServices.logger.mock();
  const ctx = {
    input,
    output: (name: string, value: unknown) => {
      outputs[name] = value;
    },
    logger,
    logStream: new PassThrough(),
    workspacePath: '/tmp',
    isDryRun: options.dryRun ?? false,
    checkpoint: jest.fn(async ({ key, fn }: { key: string; fn: () => Promise<unknown> | unknown }) => {
      if (checkpoints.has(key)) return checkpoints.get(key);
      const value = await fn();
      checkpoints.set(key, JSON.parse(JSON.stringify(value ?? {})));
      return value;
    }),
    createTemporaryDirectory: jest.fn(),
    getInitiatorCredentials: async () => mockCredentials.user(options.initiator ?? INITIATOR),
    task: { id: options.taskId ?? 'f0e1d2c3-0000-4000-8000-000000000001' },
    step: { id: options.stepId ?? 'create', name: 'A step' },
  } as any;
  return { ctx, outputs, checkpoints, logger };
}

/** The credentials every call must carry: the template's user's. */
export const onBehalfOfInitiator = { credentials: mockCredentials.user(INITIATOR) };

/** A refusal as the node client throws it: ResponseError.fromResponse of the API's error body. */
export async function apiRefusal(statusCode: number, message: string, code?: string) {
  const body = {
    error: { name: statusCode === 409 ? 'ConflictError' : 'InputError', message, ...(code ? { code } : {}) },
    request: { method: 'POST', url: '/api/agent-coordination/tasks' },
    response: { statusCode },
  };
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status: statusCode,
      statusText: 'Refused',
      headers: { 'Content-Type': 'application/json' },
    }) as any,
  );
}
