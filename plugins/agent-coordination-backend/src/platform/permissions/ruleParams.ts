import type { z } from 'zod';

/*
 * permission-node types paramsSchema against its own copy of zod; letting
 * TypeScript compare our zod 3 schema with it structurally costs gigabytes
 * and never finishes. The params type is given explicitly on each rule
 * instead, and the schema is checked at runtime by permission-node as usual.
 */
export function ruleParams<T extends Record<string, unknown>>(schema: z.ZodType<T>): any {
  return schema;
}
