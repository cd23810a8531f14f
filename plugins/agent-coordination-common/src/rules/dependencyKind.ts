/*
 * Whether a dependency between two tasks blocks, decided from the kinds of
 * work involved. The framework's §5.2 rules relate kinds of work, not agents:
 * "infrastructure_changes blocks api_development" means a task of kind
 * api_development cannot start while a task of kind infrastructure_changes it
 * depends on is unfinished. Everything else only warns. A caller may override
 * the rule either way; the result says which one decided, so the choice can
 * be audited later.
 */

/**
 * The dependency rules of a framework (its `dependencyRules` section).
 * @public
 */
export interface DependencyRuleSet {
  blocking: Array<{ kind: string; blocks: string[]; timeout: string }>;
  nonBlocking: Array<{ kind: string; warns: string[]; timeout: string }>;
  defaultTimeout: string;
}

/**
 * How a dependency behaves, and why.
 * @public
 */
export interface DependencyClassification {
  blocking: boolean;
  /** 'explicit' when the caller chose `blocking`, 'rule' when the framework did. */
  source: 'rule' | 'explicit';
  /** How long the dependency may stay unfinished before an alert, e.g. '24h'. */
  timeout: string;
  /** The framework rule that applied, in words; absent when none named the kinds. */
  rule?: string;
}

/**
 * Classifies the dependency of a task of kind `dependentKind` on a task of
 * kind `dependencyKind`. The timeout comes from the rule that names the kind
 * depended on (a blocking rule first, then a non-blocking one), else the
 * framework default; it does not change with an explicit override, because
 * the time the upstream work needs does not depend on who waits for it.
 * @public
 */
export function classifyDependency(
  rules: DependencyRuleSet,
  dependentKind: string,
  dependencyKind: string,
  explicitBlocking?: boolean,
): DependencyClassification {
  const blockingRule = rules.blocking.find(
    r => r.kind === dependencyKind && r.blocks.includes(dependentKind),
  );
  const warningRule = rules.nonBlocking.find(r => r.kind === dependencyKind);
  const timeout =
    blockingRule?.timeout ?? warningRule?.timeout ?? rules.defaultTimeout;
  let rule: string | undefined;
  if (blockingRule) {
    rule = `${dependencyKind} blocks ${dependentKind} (timeout ${timeout})`;
  } else if (warningRule) {
    rule = `${dependencyKind} warns ${warningRule.warns.join(
      ', ',
    )} (timeout ${timeout})`;
  }
  if (explicitBlocking !== undefined) {
    return { blocking: explicitBlocking, source: 'explicit', timeout, rule };
  }
  return {
    blocking: blockingRule !== undefined,
    source: 'rule',
    timeout,
    rule,
  };
}
