import type { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description:
      'Hand finished work over and transfer it: the receiver is notified and due to acknowledge it; nothing is opened if the checklist fails',
    example: `steps:
  - id: handoff
    action: agent-coordination:handoff:open
    input:
      to: api_developer
      title: VPC module
      component: component:default/vpc
      completedWork:
        - Module written
        - Plan reviewed
      artifacts:
        - { path: components/terraform/vpc/main.tf, type: code, status: final }
      knownIssues: []
      dependencies:
        - 'network_engineer: peering routes'
      successCriteria:
        - terraform plan shows no drift
      notes: Apply in us-east-1 first.
      attest:
        - Context files updated
      transfer: true
output:
  links:
    - title: Open the handoff
      url: \${{ steps.handoff.output.url }}
  text:
    - title: Acknowledge by
      content: \${{ steps.handoff.output.acknowledgmentDueAt }}
`,
  },
  {
    description:
      'Open a draft that holds a task BLOCKED until the receiver acknowledges it; its output names the mandatory checks still failing',
    example: `steps:
  - id: draft
    action: agent-coordination:handoff:open
    input:
      to: kubernetes_specialist
      title: EKS node groups
      task: \${{ parameters.taskId }}
      blocks:
        - \${{ parameters.taskId }}
      completedWork:
        - Node group module drafted
output:
  text:
    - title: Still missing
      content: \${{ steps.draft.output.missing }}
`,
  },
];
