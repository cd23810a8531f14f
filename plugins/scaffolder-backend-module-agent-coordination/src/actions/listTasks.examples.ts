import type { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description: 'The network engineer’s tasks in progress',
    example: `steps:
  - id: busy
    action: agent-coordination:task:list
    input:
      assignee: network_engineer
      state: IN_PROGRESS
`,
  },
  {
    description: 'Create a task for a component only when it has none yet',
    example: `steps:
  - id: existing
    action: agent-coordination:task:list
    input:
      component: \${{ parameters.component }}
      label: migration
      limit: 1
  - id: create
    if: \${{ steps.existing.output.count == 0 }}
    action: agent-coordination:task:create
    input:
      title: Migrate \${{ parameters.component }}
      component: \${{ parameters.component }}
      labels: [migration]
`,
  },
];
