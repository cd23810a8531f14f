import type { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description: 'Make the deployment task wait for the security sign-off, blocking by the framework’s rule',
    example: `steps:
  - id: deploy
    action: agent-coordination:task:create
    input:
      title: Deploy payments
      kind: production_deployment
  - id: wait-for-security
    action: agent-coordination:task:add-dependency
    input:
      taskId: \${{ steps.deploy.output.taskId }}
      dependsOn: \${{ parameters.securityTaskId }}
      version: \${{ steps.deploy.output.version }}
`,
  },
  {
    description: 'Add a dependency that only warns, whatever the rule says',
    example: `steps:
  - id: docs
    action: agent-coordination:task:add-dependency
    input:
      taskId: \${{ parameters.taskId }}
      dependsOn: \${{ parameters.docsTaskId }}
      blocking: false
`,
  },
];
