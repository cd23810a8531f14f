import { readFileSync } from 'fs';
import { join } from 'path';
import { parse, stringify } from 'yaml';
import { parseFramework } from '../framework/parseFramework';
import type { CoordinationFramework } from '../framework/types';

export const SEED_FILE = join(__dirname, '../../examples/framework.yaml');
export const seedText = readFileSync(SEED_FILE, 'utf8');
export const seed: CoordinationFramework = parseFramework(seedText, 'framework.yaml');

/** The seed as plain data, changed by `edit`, written back as YAML. */
export function seedWith(edit: (doc: any) => void): string {
  const doc = parse(seedText);
  edit(doc);
  return stringify(doc);
}

/**
 * The seed with its lifecycle renamed throughout: another organisation's
 * states, with the same roles. Nothing in the rules may know the seed's names.
 */
export const RENAMED: Record<string, string> = {
  CREATED: 'TODO',
  ASSIGNED: 'PICKED',
  IN_PROGRESS: 'DOING',
  BLOCKED: 'STUCK',
  REVIEW: 'CHECK',
  COMPLETED: 'SHIPPED',
  FAILED: 'DROPPED',
};

export function renamedLifecycleText(): string {
  return seedWith(doc => {
    const rename = (s: string) => RENAMED[s] ?? s;
    const lc = doc.lifecycle;
    lc.initial = rename(lc.initial);
    lc.terminal = lc.terminal.map(rename);
    lc.states = lc.states.map((s: any) => ({ ...s, name: rename(s.name) }));
    lc.transitions = lc.transitions.map((t: any) => ({ ...t, from: rename(t.from), to: rename(t.to) }));
  });
}

export const renamed: CoordinationFramework = parseFramework(renamedLifecycleText(), 'renamed.yaml');
