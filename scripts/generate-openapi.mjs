#!/usr/bin/env node
/*
 * The plugin's OpenAPI document is the one source of its wire shapes. This
 * writes what is derived from it, committed so that a fresh clone builds
 * without running anything first:
 *
 * - plugins/agent-coordination-common/src/api/generated/openapi.ts: the
 *   TypeScript types of every schema and operation (openapi-typescript), used
 *   by the frontend client, the node client and the server's handlers;
 * - plugins/agent-coordination-backend/src/schema/openapi.generated.ts: the
 *   document as a constant (the server validates requests against it) and
 *   the table of operations (method and path by operationId) the server
 *   registers its routes from.
 *
 * Backstage's own generator (`backstage-repo-tools package schema openapi
 * generate`) runs openapi-generator's Java jar, which it downloads from
 * Maven Central at run time; these machines reach only the npm registry, so
 * the types come from openapi-typescript, a pure npm package.
 *
 * Usage: node scripts/generate-openapi.mjs [--check]
 *   --check  writes nothing; exits 1 naming the files that are stale.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import SwaggerParser from '@apidevtools/swagger-parser';
import { readFileSync, writeFileSync, mkdirSync } from 'fs';
import { dirname, join, relative } from 'path';
import { fileURLToPath } from 'url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'plugins/agent-coordination-backend/src/schema/openapi.yaml');
const typesFile = join(root, 'plugins/agent-coordination-common/src/api/generated/openapi.ts');
const specFile = join(root, 'plugins/agent-coordination-backend/src/schema/openapi.generated.ts');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

const header = [
  '/*',
  ` * Generated from ${relative(root, source)} by scripts/generate-openapi.mjs.`,
  ' * Do not edit: change the document and run `node scripts/generate-openapi.mjs`.',
  ' */',
  '/* eslint-disable */',
  '',
].join('\n');

async function generate() {
  const text = readFileSync(source, 'utf8');
  const doc = parse(text);
  // Refuses a document that is not valid OpenAPI (a bad $ref, a misplaced
  // keyword): the server would otherwise fail at its first request.
  await SwaggerParser.validate(structuredClone(doc));

  const types = header + astToString(await openapiTS(structuredClone(doc), { alphabetize: false }));

  const operations = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      if (operations[op.operationId]) throw new Error(`operationId ${op.operationId} is used twice`);
      operations[op.operationId] = {
        method,
        path,
        // Express's form of the path, e.g. /tasks/:id.
        route: path.replace(/\{(\w+)\}/g, ':$1'),
      };
    }
  }
  const spec = [
    header,
    '/** The OpenAPI document, as the server validates requests against it. */',
    `export const spec = ${JSON.stringify(doc, null, 2)};`,
    '',
    '/** Every operation of the document: its method, its path and the Express route for it. */',
    `export const OPERATIONS = ${JSON.stringify(operations, null, 2)} as const;`,
    '',
    '/** An operationId of the document. */',
    'export type OperationId = keyof typeof OPERATIONS;',
    '',
  ].join('\n');
  return [
    [typesFile, types],
    [specFile, spec],
  ];
}

const check = process.argv.includes('--check');
const outputs = await generate();
const stale = [];
for (const [file, content] of outputs) {
  let current = null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current === content) continue;
  stale.push(relative(root, file));
  if (!check) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
if (check && stale.length > 0) {
  console.error(
    `Generated OpenAPI files are stale: ${stale.join(', ')}.\nRun \`node scripts/generate-openapi.mjs\` and commit the result.`,
  );
  process.exit(1);
}
console.log(
  check
    ? 'Generated OpenAPI files are up to date.'
    : stale.length > 0
      ? `Wrote ${stale.join(', ')}`
      : 'Generated OpenAPI files were already up to date.',
);
