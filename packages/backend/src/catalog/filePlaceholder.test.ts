import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { filePlaceholderResolver } from './filePlaceholder';

describe('filePlaceholderResolver', () => {
  // A checkout in a directory that also holds a file outside of it.
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'file-placeholder-'));
  const dir = path.join(parent, 'checkout');
  const descriptor = path.join(dir, 'catalog-info.yaml');
  fs.mkdirSync(path.join(dir, 'plugins/x/src'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'plugins/x/src/openapi.yaml'),
    'openapi: 3.0.3\n',
  );
  fs.writeFileSync(path.join(parent, 'outside.txt'), 'secret');
  afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

  function resolve(value: unknown, baseUrl = descriptor) {
    const emitted: CatalogProcessorResult[] = [];
    const read = jest.fn(async (url: string) => Buffer.from(`read ${url}`));
    const result = filePlaceholderResolver({
      key: 'file',
      value: value as any,
      baseUrl,
      read,
      resolveUrl: (url, base) => new URL(url, base).toString(),
      emit: r => emitted.push(r),
    });
    return { result, emitted, read };
  }

  it('reads a file below the descriptor of a file location', async () => {
    const { result, emitted } = resolve('./plugins/x/src/openapi.yaml');
    await expect(result).resolves.toBe('openapi: 3.0.3\n');
    expect(emitted).toEqual([
      {
        type: 'refresh',
        key: `file:${path.join(dir, 'plugins/x/src/openapi.yaml')}`,
      },
    ]);
  });

  it.each([
    ['a path out of the directory', '../outside.txt'],
    ['a path climbing out midway', 'plugins/../../outside.txt'],
    ['an absolute path', path.join(parent, 'outside.txt')],
    ['a URL', 'file:///etc/passwd'],
    ['no path', ''],
    ['no string', { a: 1 }],
  ])('refuses %s', async (_what, value) => {
    await expect(resolve(value).result).rejects.toThrow(/Placeholder \$file/);
  });

  it('reads through the URL reader under a URL location, as $text does', async () => {
    const { result, read } = resolve(
      './src/openapi.yaml',
      'https://github.com/o/r/blob/main/plugins/x/catalog-info.yaml',
    );
    await expect(result).resolves.toBe(
      'read https://github.com/o/r/blob/main/plugins/x/src/openapi.yaml',
    );
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('says which file it could not read', async () => {
    await expect(resolve('./missing.yaml').result).rejects.toThrow(
      `could not read ${path.join(dir, 'missing.yaml')}`,
    );
  });
});
