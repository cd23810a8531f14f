import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { OPERATIONS, spec } from '../schema/openapi.generated';

/*
 * Checks every answer the HTTP test suites get against the OpenAPI
 * document: its status must be documented for the operation, and its body
 * must match the schema documented for that status. So the document cannot
 * promise a shape the server does not send.
 */

const BASE = '/api/agent-coordination';
const doc = structuredClone(spec) as any;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(doc, 'openapi');

const operations = Object.entries(OPERATIONS).map(([id, op]) => ({
  id,
  method: op.method,
  path: op.path,
  pattern: new RegExp(`^${op.path.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

const pointer = (...parts: string[]) =>
  parts.map(p => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

const validators = new Map<string, ValidateFunction | null>();

/** The validator of an operation's answer with `status`, or undefined when that status is not documented. */
function validatorFor(op: (typeof operations)[number], status: number): ValidateFunction | null | undefined {
  const key = `${op.id} ${status}`;
  if (validators.has(key)) return validators.get(key);
  let response = doc.paths[op.path][op.method].responses[String(status)];
  if (!response) return undefined;
  let location = `#/${pointer('paths', op.path, op.method, 'responses', String(status))}`;
  if (response.$ref) {
    location = response.$ref;
    response = response.$ref
      .slice(2)
      .split('/')
      .reduce((o: any, p: string) => o[p.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  const validator = response.content?.['application/json']
    ? ajv.compile({ $ref: `openapi${location}/content/application~1json/schema` })
    : null;
  validators.set(key, validator);
  return validator;
}

/** Throws, naming the operation and what differs, unless the answer is the one the document describes. */
export function checkAnswer(method: string, url: string, status: number, body: unknown): void {
  const path = new URL(url, 'http://x').pathname;
  if (!path.startsWith(BASE)) return;
  const local = path.slice(BASE.length) || '/';
  const op = operations.find(o => o.method === method.toLowerCase() && o.pattern.test(local));
  if (!op) return; // not an operation of the document: nothing to hold it to
  const validator = validatorFor(op, status);
  if (validator === undefined) {
    throw new Error(`${method} ${local} answered ${status}, a status the document does not give ${op.id}`);
  }
  if (validator && !validator(body)) {
    throw new Error(
      `${method} ${local} answered ${status} with a body that does not match the document (${op.id}): ${ajv.errorsText(
        validator.errors,
      )}\n${JSON.stringify(body).slice(0, 2000)}`,
    );
  }
}

/** Adds the check to a supertest request: a mismatch fails the test that made it. */
export function conforming<T extends { expect(fn: (res: any) => void): T }>(test: T, method: string, url: string): T {
  return test.expect(res => checkAnswer(method, url, res.status, res.body));
}
