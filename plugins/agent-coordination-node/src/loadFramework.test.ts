import { mockServices } from '@backstage/backend-test-utils';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { defaultFrameworkFile, loadFramework } from './loadFramework';

const config = (file?: string) =>
  mockServices.rootConfig({
    data: file ? { agentCoordination: { framework: { file } } } : {},
  });

describe('loadFramework', () => {
  it('loads the seed shipped with the common package by default', () => {
    const { framework, file } = loadFramework(config());
    expect(file).toBe(defaultFrameworkFile());
    expect(file).toMatch(
      /agent-coordination-common[\\/]examples[\\/]framework\.yaml$/,
    );
    expect(framework.metadata.name).toBe('terraform-atmos-platform');
    expect(framework.tiers.map(t => t.level)).toEqual([1, 2, 3, 4, 5]);
  });

  it('loads the configured file, relative to the working directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framework-'));
    const file = join(dir, 'mine.yaml');
    writeFileSync(
      file,
      readFileSync(defaultFrameworkFile(), 'utf8').replace(
        'name: terraform-atmos-platform',
        'name: my-org',
      ),
    );
    const loaded = loadFramework(config(relative(process.cwd(), file)));
    expect(loaded.file).toBe(file);
    expect(loaded.framework.metadata.name).toBe('my-org');
  });

  it('names the file and the config key when the file cannot be read', () => {
    expect(() => loadFramework(config('/nonexistent/framework.yaml'))).toThrow(
      'Cannot read agent coordination framework file /nonexistent/framework.yaml (agentCoordination.framework.file): ENOENT',
    );
  });

  it('names the file and the field when the framework is invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framework-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(
      file,
      readFileSync(defaultFrameworkFile(), 'utf8').replace(
        'id: agent-004\n    tier: 2',
        'id: agent-004\n    tier: two',
      ),
    );
    expect(() => loadFramework(config(file))).toThrow(
      `Invalid agent coordination framework in ${file}:\n  - agents[3].tier (line`,
    );
  });
});
