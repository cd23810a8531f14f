import type { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description: 'Record the context manager’s decision on a conflict',
    example: `steps:
  - id: resolve
    action: agent-coordination:conflict:resolve
    input:
      conflictId: \${{ parameters.conflictId }}
      decision: Keep the network engineer's VPC module
      rationale: It already passes the security review; the other change can build on it
`,
  },
];
