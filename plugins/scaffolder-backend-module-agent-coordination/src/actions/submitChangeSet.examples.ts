import type { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description: 'Check a pull request’s paths against the agents’ ownership before it is merged',
    example: `steps:
  - id: ownership
    action: agent-coordination:change-set:submit
    input:
      agent: cicd_engineer
      paths: [workflows/deploy.yaml, components/terraform/vpc/main.tf]
      ref: \${{ steps.publish.output.remoteUrl }}
      title: Deploy the VPC from CI
output:
  text:
    - title: Ownership
      content: "Opened \${{ steps.ownership.output.opened }} conflict(s); paths owned by others: \${{ steps.ownership.output.foreignPaths | join(', ') }}"
`,
  },
];
