import type { operations } from '@agent-coordination/plugin-agent-coordination-common';
import type { Request, Response, Router } from 'express';
import { OPERATIONS, type OperationId } from '../../schema/openapi.generated';

type Op<K extends OperationId> = operations[K];

type JsonOf<C> = C extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body an operation takes. */
export type RequestBody<K extends OperationId> = Op<K> extends { requestBody: infer R }
  ? JsonOf<R>
  : Op<K> extends { requestBody?: infer R }
    ? JsonOf<NonNullable<R>>
    : never;

/** The JSON body an operation answers with `status`. */
export type ResponseBody<K extends OperationId, S extends number> = Op<K> extends {
  responses: infer Rs;
}
  ? S extends keyof Rs
    ? JsonOf<Rs[S]>
    : never
  : never;

type Params<K extends OperationId, In extends 'path' | 'query'> = Op<K> extends {
  parameters: { [P in In]?: infer Q };
}
  ? NonNullable<Q>
  : Record<string, never>;

/** A request as the document says it arrives, after validation (query values coerced). */
export interface ApiRequest<K extends OperationId> extends Request {
  params: Params<K, 'path'> & Record<string, string>;
  query: Params<K, 'query'> & Record<string, never>;
  body: RequestBody<K>;
}

/**
 * Registers the handler of one operation of the OpenAPI document, at the
 * method and path the document gives it, typed by it. Each endpoint file
 * names only its operationId, so the route table cannot drift from the
 * document.
 */
export function route<K extends OperationId>(
  router: Router,
  operationId: K,
  handler: (req: ApiRequest<K>, res: Response) => Promise<void> | void,
): void {
  const { method, route: path } = OPERATIONS[operationId];
  (router as unknown as Record<string, (p: string, h: unknown) => void>)[method](path, handler);
}

/** Sends `body` typed as the operation's answer for `status`. */
export function respond<K extends OperationId, S extends number>(
  res: Response,
  _operationId: K,
  status: S,
  body: ResponseBody<K, S>,
): void {
  res.status(status).json(body);
}
