import { mockServices } from '@backstage/backend-test-utils';
import { ActorDirectory } from './ActorDirectory';
import { loadFramework } from './loadFramework';

const { framework } = loadFramework(mockServices.rootConfig());

describe('ActorDirectory', () => {
  it('maps principals to framework agents, and an unmapped principal to none', () => {
    const actors = ActorDirectory.fromMappings(
      [
        { principal: 'user:default/guest', agent: 'context_manager' },
        { principal: 'cli-agent', agent: 'network_engineer' },
        { principal: 'user:default/neta', agent: 'network_engineer' },
      ],
      framework,
    );
    expect(actors.agentFor('cli-agent')?.key).toBe('network_engineer');
    expect(actors.agentFor('user:default/someone')).toBeNull();
    expect(actors.principalsOf('network_engineer')).toEqual(['cli-agent', 'user:default/neta']);
  });

  it('refuses at start-up an unknown agent and a principal mapped twice, naming each entry', () => {
    const config = mockServices.rootConfig({
      data: {
        agentCoordination: {
          actors: [
            { principal: 'a', agent: 'wizard' },
            { principal: 'b', agent: 'context_manager' },
            { principal: 'b', agent: 'network_engineer' },
          ],
        },
      },
    });
    expect(() => ActorDirectory.fromConfig(config, framework)).toThrow(
      /agentCoordination\.actors\[0\]\.agent: unknown agent 'wizard'; the framework's agents are context_manager,.*\n {2}- agentCoordination\.actors\[2\]\.principal: 'b' is already mapped by agentCoordination\.actors\[1\]/s,
    );
  });
});
