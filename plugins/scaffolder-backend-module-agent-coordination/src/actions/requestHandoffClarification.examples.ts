import type { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description:
      'Ask the sender of a handoff a question before accepting it; the sender answers and the handoff waits for your acknowledgment again',
    example: `steps:
  - id: ask
    action: agent-coordination:handoff:request-clarification
    input:
      handoffId: \${{ parameters.handoffId }}
      question: Which region is applied first?
output:
  text:
    - title: Still due by
      content: \${{ steps.ask.output.acknowledgmentDueAt }}
`,
  },
];
