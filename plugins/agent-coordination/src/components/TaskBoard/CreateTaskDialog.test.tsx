import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  CreateTaskRequest,
  ListTasksQuery,
  Task,
} from '@agent-coordination/plugin-agent-coordination-common';
import type { ChangeOptions } from '../../api/AgentCoordinationApi';
import { backendError } from '../../__testUtils__/backendError';
import { mockAgentCoordinationApi } from '../../__testUtils__/framework';
import { exampleTask } from '../../__testUtils__/tasks';
import { WHOAMI_NETWORK, renderWithApis } from '../../__testUtils__/taskApis';
import { TaskBoardPage } from './TaskBoardPage';

// No timer between keystrokes: the same events, far fewer ticks per test.
const user = userEvent.setup({ delay: null });

const UUID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const firewall = exampleTask({
  title: 'Approve the firewall rules',
  kind: 'security_approval',
});

function setup(
  createTask: (
    body: CreateTaskRequest,
    options?: ChangeOptions,
  ) => Promise<any>,
) {
  const listTasks = jest.fn(async (q?: ListTasksQuery) => ({
    items: q?.text
      ? [firewall].filter(t =>
          t.title.toLowerCase().includes(q.text!.toLowerCase()),
        )
      : [firewall],
    nextCursor: null,
  }));
  return mockAgentCoordinationApi({
    listTasks,
    createTask: jest.fn(createTask),
    getWhoami: jest.fn(async () => WHOAMI_NETWORK),
  });
}

async function choose(select: string, option: string | RegExp) {
  const dialog = within(screen.getByRole('dialog'));
  await user.click(dialog.getByRole('button', { name: select }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function openDialog() {
  await user.click(
    await screen.findByRole('button', { name: 'New task' }),
  );
  return within(await screen.findByRole('dialog'));
}

function created(body: CreateTaskRequest): { task: Task; warnings: [] } {
  return {
    task: exampleTask({
      ...body,
      title: body.title,
      labels: body.labels ?? [],
    } as Partial<Task>),
    warnings: [],
  };
}

describe('CreateTaskDialog', () => {
  it('creates a task with every field, kinds and agents from the framework, and one Idempotency-Key', async () => {
    const api = setup(async body => created(body));
    await renderWithApis(<TaskBoardPage />, { api });
    await screen.findByTestId('task-board');
    const dialog = await openDialog();

    await user.type(dialog.getByLabelText(/^Title/), 'Peer the VPCs');
    await user.type(
      dialog.getByLabelText('Description'),
      'Between prod and shared',
    );
    await choose('Kind of work', 'network_setup');
    expect(dialog.getByText('VPC, DNS and segmentation')).toBeInTheDocument();
    await choose('Assignee', 'Network Engineer');
    await user.type(
      dialog.getByLabelText(/^Component/),
      'component:default/vpc',
    );
    await choose('Priority', 'P1');
    await user.type(dialog.getByLabelText('Estimate (hours)'), '6');
    fireEvent.change(dialog.getByLabelText('Due date'), {
      target: { value: '2030-06-01' },
    });
    await user.type(dialog.getByLabelText(/^Labels/), 'vpc, q3 vpc');
    await user.type(dialog.getByLabelText(/Depends on/), 'firewall');
    await user.click(
      await screen.findByTestId(`task-option-${firewall.id}`),
    );
    expect(
      within(dialog.getByTestId('create-task-dependencies')).getByText(
        'Approve the firewall rules',
      ),
    ).toBeInTheDocument();
    await choose('How Approve the firewall rules blocks', 'Blocking');

    await user.click(dialog.getByRole('button', { name: 'Create task' }));

    await waitFor(() => expect(api.createTask).toHaveBeenCalledTimes(1));
    const [body, options] = (api.createTask as jest.Mock).mock.calls[0];
    expect(body).toEqual({
      title: 'Peer the VPCs',
      description: 'Between prod and shared',
      kind: 'network_setup',
      assignee: 'network_engineer',
      component: 'component:default/vpc',
      priority: 'P1',
      estimate: 6,
      dueDate: '2030-06-01',
      labels: ['vpc', 'q3'],
      dependencies: [{ taskId: firewall.id, blocking: true }],
    });
    expect(options.idempotencyKey).toMatch(UUID);
    expect(api.listTasks).toHaveBeenCalledWith({ text: 'firewall', limit: 20 });
    // Done: the dialog closes and the new task is on the board.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Peer the VPCs')).toBeInTheDocument();
  });

  it('needs a title and a kind, and leaves optional fields to the backend', async () => {
    const api = setup(async body => created(body));
    await renderWithApis(<TaskBoardPage />, { api });
    const dialog = await openDialog();

    const create = dialog.getByRole('button', { name: 'Create task' });
    expect(create).toBeDisabled();
    await user.type(dialog.getByLabelText(/^Title/), 'Write the runbook');
    expect(create).toBeDisabled();
    await choose('Kind of work', 'documentation_updates');
    expect(create).toBeEnabled();
    await user.click(create);

    await waitFor(() => expect(api.createTask).toHaveBeenCalled());
    expect((api.createTask as jest.Mock).mock.calls[0][0]).toEqual({
      title: 'Write the runbook',
      kind: 'documentation_updates',
      priority: 'P2',
    });
  });

  it('creates one task for a double click', async () => {
    let answer: (v: any) => void = () => {};
    const api = setup(
      body => new Promise(resolve => (answer = () => resolve(created(body)))),
    );
    await renderWithApis(<TaskBoardPage />, { api });
    const dialog = await openDialog();
    await user.type(dialog.getByLabelText(/^Title/), 'Once');
    await choose('Kind of work', 'general');

    await user.dblClick(
      dialog.getByRole('button', { name: 'Create task' }),
    );
    answer(undefined);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.createTask).toHaveBeenCalledTimes(1);
  });

  it("retries with the same key after a busy backend, shows the backend's message, and takes a new key per opening", async () => {
    const busy = await backendError(
      503,
      'Service Unavailable',
      'ServiceUnavailableError',
      'The change kept colliding with concurrent changes; nothing was written, send it again',
    );
    let calls = 0;
    const api = setup(async body => {
      calls += 1;
      if (calls === 1) throw busy;
      return created(body);
    });
    await renderWithApis(<TaskBoardPage />, { api });
    let dialog = await openDialog();
    await user.type(dialog.getByLabelText(/^Title/), 'Retry me');
    await choose('Kind of work', 'general');
    await user.click(dialog.getByRole('button', { name: 'Create task' }));

    const panel = await dialog.findByTestId('backend-error');
    expect(panel).toHaveTextContent('Could not create the task');
    expect(panel).toHaveTextContent('nothing was written, send it again');
    await user.click(dialog.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const keys = (api.createTask as jest.Mock).mock.calls.map(
      ([, o]) => o.idempotencyKey,
    );
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);

    dialog = await openDialog();
    expect(dialog.getByLabelText(/^Title/)).toHaveValue('');
    await user.type(dialog.getByLabelText(/^Title/), 'Another');
    await choose('Kind of work', 'general');
    await user.click(dialog.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(api.createTask).toHaveBeenCalledTimes(3));
    expect(
      (api.createTask as jest.Mock).mock.calls[2][1].idempotencyKey,
    ).not.toBe(keys[0]);
  });

  it("shows a refusal in the backend's words, and sends the corrected request under a new key", async () => {
    const refused = await backendError(
      400,
      'Bad Request',
      'InputError',
      "Invalid request body: component: must be a catalog entity ref such as component:default/vpc (invalid name 'no such')",
    );
    let calls = 0;
    const api = setup(async body => {
      calls += 1;
      if (calls === 1) throw refused;
      return created(body);
    });
    await renderWithApis(<TaskBoardPage />, { api });
    const dialog = await openDialog();
    await user.type(dialog.getByLabelText(/^Title/), 'Fix');
    await choose('Kind of work', 'general');
    await user.type(dialog.getByLabelText(/^Component/), 'no such');
    await user.click(dialog.getByRole('button', { name: 'Create task' }));

    expect(
      await dialog.findByTestId('backend-error-message'),
    ).toHaveTextContent(
      "component: must be a catalog entity ref such as component:default/vpc (invalid name 'no such')",
    );
    await user.clear(dialog.getByLabelText(/^Component/));
    await user.type(dialog.getByLabelText(/^Component/), 'vpc');
    await user.click(dialog.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [first, second] = (api.createTask as jest.Mock).mock.calls;
    expect(second[0].component).toBe('vpc');
    expect(second[1].idempotencyKey).not.toBe(first[1].idempotencyKey);
  });

  it("starts from the board's agent and component filters", async () => {
    const api = setup(async body => created(body));
    await renderWithApis(<TaskBoardPage />, {
      api,
      route:
        '/agent-coordination/tasks?assignee=network_engineer&component=component:default/vpc',
    });
    const dialog = await openDialog();
    expect(dialog.getByRole('button', { name: 'Assignee' })).toHaveTextContent(
      'Network Engineer',
    );
    expect(dialog.getByLabelText(/^Component/)).toHaveValue(
      'component:default/vpc',
    );
  });
});
