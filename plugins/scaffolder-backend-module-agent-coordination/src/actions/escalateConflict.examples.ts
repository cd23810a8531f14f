import type { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description: 'Escalate a conflict the parties could not settle',
    example: `steps:
  - id: escalate
    action: agent-coordination:conflict:escalate
    input:
      conflictId: \${{ parameters.conflictId }}
      reason: The parties voted for different designs twice
output:
  text:
    - title: Now deciding
      content: \${{ steps.escalate.output.authority }} decides at \${{ steps.escalate.output.level }} by \${{ steps.escalate.output.deadlineAt }}
`,
  },
];
