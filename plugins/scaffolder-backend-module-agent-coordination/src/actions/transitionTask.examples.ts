import type { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description: 'Assign a task the template just created (the context manager’s move)',
    example: `steps:
  - id: create
    action: agent-coordination:task:create
    input:
      title: Add the staging VPC
      assignee: network_engineer
  - id: assign
    action: agent-coordination:task:transition
    input:
      taskId: \${{ steps.create.output.taskId }}
      to: ASSIGNED
      version: \${{ steps.create.output.version }}
`,
  },
  {
    description: 'Send a task back for changes, saying why; the step reads the task’s current version itself',
    example: `steps:
  - id: rework
    action: agent-coordination:task:transition
    input:
      taskId: \${{ parameters.taskId }}
      to: IN_PROGRESS
      reason: The plan misses the DNS records
`,
  },
];
