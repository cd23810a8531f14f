import type { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description: 'Create a network task for the network engineer about a component',
    example: `steps:
  - id: create
    action: agent-coordination:task:create
    name: Create the task
    input:
      title: Add the staging VPC
      description: Two private subnets per zone, no NAT.
      kind: network_setup
      assignee: network_engineer
      priority: P1
      component: component:default/vpc
      labels: [team:network]
output:
  links:
    - title: Open the task
      url: \${{ steps.create.output.url }}
`,
  },
  {
    description: 'Give the task to the primary owner of a path, found by the step before',
    example: `steps:
  - id: owners
    action: agent-coordination:owners:lookup
    input:
      path: \${{ parameters.path }}
  - id: create
    action: agent-coordination:task:create
    input:
      title: \${{ parameters.title }}
      assignee: \${{ steps.owners.output.primary }}
`,
  },
  {
    description: 'A deployment that waits on a security sign-off task',
    example: `steps:
  - id: create
    action: agent-coordination:task:create
    input:
      title: Deploy the payments service
      kind: production_deployment
      assignee: cicd_engineer
      dependencies:
        - taskId: \${{ parameters.securityTaskId }}
`,
  },
];
