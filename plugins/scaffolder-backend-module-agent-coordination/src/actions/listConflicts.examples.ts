import type { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description: 'The open conflicts the network engineer is a party to',
    example: `steps:
  - id: conflicts
    action: agent-coordination:conflict:list
    input:
      party: network_engineer
`,
  },
  {
    description: 'Stop a template while a component has an open conflict',
    example: `steps:
  - id: conflicts
    action: agent-coordination:conflict:list
    input:
      component: \${{ parameters.component }}
      limit: 1
  - id: create
    if: \${{ steps.conflicts.output.count == 0 }}
    action: agent-coordination:task:create
    input:
      title: Upgrade \${{ parameters.component }}
      component: \${{ parameters.component }}
`,
  },
];
