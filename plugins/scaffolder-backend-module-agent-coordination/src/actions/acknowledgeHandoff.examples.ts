import type { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description:
      'Accept a handoff transferred to your agent; the tasks it blocked are released',
    example: `steps:
  - id: accept
    action: agent-coordination:handoff:acknowledge
    input:
      handoffId: \${{ parameters.handoffId }}
      note: Read the notes; taking it from here.
output:
  links:
    - title: Open the handoff
      url: \${{ steps.accept.output.url }}
`,
  },
];
