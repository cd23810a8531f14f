import type { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description: 'Report a code-merge conflict between two agents and hold the task it blocks',
    example: `steps:
  - id: open
    action: agent-coordination:conflict:open
    input:
      type: technical
      category: code_merge
      title: Both change the VPC module
      parties: [network_engineer, infrastructure_architect]
      paths: [components/terraform/vpc/main.tf]
      blocks: [\${{ parameters.taskId }}]
output:
  links:
    - title: Open the conflict
      url: \${{ steps.open.output.url }}
  text:
    - title: Who decides
      content: \${{ steps.open.output.authority }} decides at \${{ steps.open.output.level }} by \${{ steps.open.output.deadlineAt }}
`,
  },
  {
    description: 'A design disagreement, without a matrix row',
    example: `steps:
  - id: open
    action: agent-coordination:conflict:open
    input:
      type: design
      title: Service mesh or not
      parties: \${{ parameters.parties }}
`,
  },
];
