import { actionsContext } from '../../__testUtils__/actionsContext';
import { registerLookupOwnershipAction } from './lookupOwnershipAction';

describe('the lookup-path-owners action', () => {
  const setup = () => {
    const ctx = actionsContext();
    registerLookupOwnershipAction(ctx.registry, ctx.agents, ctx.actors);
    return (path: string) =>
      ctx.registry.invoke({ id: 'test:lookup-path-owners', input: { path }, credentials: ctx.credentials });
  };

  it('gives the same answer as GET /ownership', async () => {
    const lookup = setup();
    expect((await lookup('components/terraform/vpc/main.tf')).output).toMatchObject({
      path: 'components/terraform/vpc/main.tf',
      primary: ['network_engineer'],
      conflict: false,
      owners: [
        { agent: 'network_engineer', primary: true, entityRef: 'agent:default/network-engineer' },
        { agent: 'infrastructure_architect', primary: false },
      ],
    });
    expect((await lookup('workflows/ci.yaml')).output).toMatchObject({
      primary: ['infrastructure_architect', 'cicd_engineer'],
      conflict: true,
    });
  });

  it('refuses a path outside the repository with the reason', async () => {
    const lookup = setup();
    await expect(lookup('../etc/passwd')).rejects.toThrow("'path' must not contain '..'");
  });
});
