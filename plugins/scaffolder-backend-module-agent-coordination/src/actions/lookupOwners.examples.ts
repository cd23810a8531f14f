import type { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description: 'Find who owns a new Terraform component before creating its task',
    example: `steps:
  - id: owners
    action: agent-coordination:owners:lookup
    name: Find the owning agent
    input:
      path: components/terraform/vpc/main.tf
      required: true
`,
  },
];
