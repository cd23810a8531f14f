import type { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description: 'Show an agent’s unread messages and how many there are',
    example: `steps:
  - id: inbox
    action: agent-coordination:inbox:read
    input:
      agent: network_engineer
      unread: true
output:
  text:
    - title: Unread
      content: \${{ steps.inbox.output.unread }} unread, \${{ steps.inbox.output.unreadByPriority.P0 }} of them P0
`,
  },
];
