import type { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description:
      'Ask another agent for something; it is due a RESPONSE within the framework’s response SLA',
    example: `steps:
  - id: ask
    action: agent-coordination:message:send
    input:
      to: api_developer
      priority: P1
      type: REQUEST
      subject: Expose the VPC id as an output
      content: The EKS module needs \`vpc_id\` from \`components/terraform/vpc\`.
      artifacts:
        - { path: components/terraform/vpc/outputs.tf, type: code }
output:
  text:
    - title: Answer by
      content: \${{ steps.ask.output.responseDueAt }}
`,
  },
  {
    description:
      'Answer a REQUEST: a RESPONSE to its sender, naming it in correlationId',
    example: `steps:
  - id: answer
    action: agent-coordination:message:send
    input:
      to: \${{ parameters.requester }}
      priority: P2
      type: RESPONSE
      subject: Done
      correlationId: \${{ parameters.requestId }}
`,
  },
  {
    description: 'Tell every agent at once (stored once, in every inbox)',
    example: `steps:
  - id: freeze
    action: agent-coordination:message:send
    input:
      to: ALL
      priority: P0
      type: ALERT
      subject: Change freeze from Friday 18:00 UTC
`,
  },
];
