// Words the seed framework's own diagrams spell as acronyms ("CI/CD Engineer",
// "API Developer", "DX Optimizer"); plain capitalisation would read "Cicd".
const ACRONYMS: Record<string, string> = {
  api: 'API',
  cicd: 'CI/CD',
  ci: 'CI',
  cd: 'CD',
  dx: 'DX',
  iam: 'IAM',
  k8s: 'K8s',
  sre: 'SRE',
  ui: 'UI',
};

/**
 * Display name of an agent key: `context_manager` -> `Context Manager`,
 * `cicd_engineer` -> `CI/CD Engineer`.
 * @public
 */
export function humanizeAgentKey(key: string): string {
  return key
    .split('_')
    .filter(Boolean)
    .map(
      word =>
        ACRONYMS[word] ?? `${word.charAt(0).toUpperCase()}${word.slice(1)}`,
    )
    .join(' ');
}
