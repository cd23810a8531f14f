import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { backendError } from '../../__testUtils__/backendError';
import {
  loadSeedFramework,
  mockAgentCoordinationApi,
} from '../../__testUtils__/framework';
import { exampleMessage } from '../../__testUtils__/messages';
import { renderConflictUi } from '../../__testUtils__/renderConflictUi';
import { buildAgentDirectory } from '../TaskShared';
import { ComposeMessageDialog, sendRequestOf } from './ComposeMessageDialog';

// No timer between keystrokes: the same events, far fewer ticks per test.
const user = userEvent.setup({ delay: null });

const framework = loadSeedFramework();

async function choose(select: string, option: string | RegExp) {
  const dialog = within(screen.getByRole('dialog'));
  await user.click(dialog.getByRole('button', { name: select }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function renderDialog(sendMessage: jest.Mock) {
  const api = mockAgentCoordinationApi({ sendMessage });
  const onSent = jest.fn();
  const onClose = jest.fn();
  await renderConflictUi(
    <ComposeMessageDialog
      open
      onClose={onClose}
      onSent={onSent}
      framework={framework}
      directory={buildAgentDirectory(framework)}
      self="context_manager"
    />,
    api,
  );
  return {
    api,
    onSent,
    onClose,
    dialog: within(await screen.findByRole('dialog')),
  };
}

describe('ComposeMessageDialog', () => {
  it("sends a message with the framework's choices, artifacts, dependencies and tags", async () => {
    const sent = exampleMessage({ id: 'm-new', type: 'REQUEST' });
    const { api, onSent, onClose, dialog } = await renderDialog(
      jest.fn(async () => sent),
    );

    // To: ALL or any agent but the sender.
    await user.click(dialog.getByRole('button', { name: 'To' }));
    const options = (await screen.findAllByRole('option')).map(
      o => o.textContent,
    );
    expect(options[0]).toBe('ALL (every agent)');
    expect(options).toContain('Network Engineer');
    expect(options).not.toContain('Context Manager');
    await user.click(
      screen.getByRole('option', { name: 'Network Engineer' }),
    );
    await choose('Type', 'REQUEST');
    await choose('Priority', 'P1');
    await user.type(dialog.getByLabelText(/^Subject/), 'Which CIDR?');
    await user.type(
      dialog.getByLabelText('Content (markdown)'),
      'See **main.tf**',
    );
    await user.click(dialog.getByRole('button', { name: 'Add artifact' }));
    await user.type(
      dialog.getByLabelText('Artifact 1 path'),
      'components/terraform/vpc/main.tf',
    );
    await choose('Artifact 1 type', 'config');
    await user.click(
      dialog.getByRole('button', { name: 'Add dependency' }),
    );
    await choose('Dependency 1 agent', 'Security Specialist');
    await user.type(
      dialog.getByLabelText('Dependency 1 artifact'),
      'firewall rules',
    );
    await choose('Dependency 1 status', 'optional');
    await user.type(dialog.getByLabelText('Tags'), 'vpc, q3 vpc');
    await user.click(dialog.getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(api.sendMessage).toHaveBeenCalledTimes(1));
    const [body, opts] = (api.sendMessage as jest.Mock).mock.calls[0];
    expect(body).toEqual({
      to: 'network_engineer',
      type: 'REQUEST',
      priority: 'P1',
      subject: 'Which CIDR?',
      content: 'See **main.tf**',
      artifacts: [{ path: 'components/terraform/vpc/main.tf', type: 'config' }],
      dependencies: [
        {
          agent: 'security_specialist',
          artifact: 'firewall rules',
          status: 'optional',
        },
      ],
      tags: ['vpc', 'q3'],
    });
    expect(opts.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(onSent).toHaveBeenCalledWith(sent);
    expect(onClose).toHaveBeenCalled();
  });

  it("shows the backend's message for a 400 and keeps what was typed", async () => {
    const refused = await backendError(
      400,
      'Bad Request',
      'InputError',
      "Invalid request body: to: a RESPONSE goes to the sender of the REQUEST it answers (context_manager), not 'network_engineer'",
    );
    const { api, onClose, dialog } = await renderDialog(
      jest.fn(async () => {
        throw refused;
      }),
    );
    await choose('To', 'ALL (every agent)');
    await user.type(dialog.getByLabelText(/^Subject/), 'Freeze on prod');
    await user.type(
      dialog.getByLabelText('Content (markdown)'),
      'Until Friday',
    );
    await user.click(dialog.getByRole('button', { name: 'Send' }));

    const panel = await dialog.findByTestId('backend-error');
    expect(panel).toHaveTextContent('Could not send the message');
    expect(panel).toHaveTextContent(
      'a RESPONSE goes to the sender of the REQUEST it answers',
    );
    expect(dialog.queryByText(/Request failed with/)).toBeNull();
    expect(dialog.getByLabelText(/^Subject/)).toHaveValue('Freeze on prod');
    expect(dialog.getByLabelText('Content (markdown)')).toHaveValue(
      'Until Friday',
    );
    expect(onClose).not.toHaveBeenCalled();
    // The corrected request is a new one: a new key.
    await user.click(dialog.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(api.sendMessage).toHaveBeenCalledTimes(2));
    const keys = (api.sendMessage as jest.Mock).mock.calls.map(
      c => c[1].idempotencyKey,
    );
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('needs a recipient and a subject before it sends', async () => {
    const { dialog } = await renderDialog(jest.fn());
    expect(dialog.getByRole('button', { name: 'Send' })).toBeDisabled();
    await choose('To', 'ALL (every agent)');
    expect(dialog.getByRole('button', { name: 'Send' })).toBeDisabled();
    await user.type(dialog.getByLabelText(/^Subject/), 'Hi');
    expect(dialog.getByRole('button', { name: 'Send' })).toBeEnabled();
  });
});

describe('sendRequestOf', () => {
  const draft = {
    to: 'context_manager',
    type: 'RESPONSE',
    priority: 'P2',
    subject: ' Re: x ',
    content: '',
    artifacts: [],
    dependencies: [],
    tags: '',
    correlationId: 'm-1',
    threadId: 't-1',
  };
  it("keeps a RESPONSE's correlation id and leaves its thread to the backend", () => {
    expect(sendRequestOf(draft)).toEqual({
      to: 'context_manager',
      type: 'RESPONSE',
      priority: 'P2',
      subject: 'Re: x',
      correlationId: 'm-1',
    });
  });
  it('never sends a correlation id with a REQUEST', () => {
    expect(sendRequestOf({ ...draft, type: 'REQUEST' })).toEqual({
      to: 'context_manager',
      type: 'REQUEST',
      priority: 'P2',
      subject: 'Re: x',
      threadId: 't-1',
    });
  });
});
