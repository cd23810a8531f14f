import fs from 'node:fs/promises';
import path from 'node:path';
import {
  processingResult,
  type PlaceholderResolver,
} from '@backstage/plugin-catalog-node';

/**
 * `$file: ./some/file` in an entity: the text of that file, found relative to
 * the descriptor file that holds the entity.
 *
 * The catalog's own `$text` resolves a relative path only against a URL
 * location; in a `type: file` location, which is how this portal reads its
 * descriptors from the checkout, it refuses ("could not form a URL"), because
 * reading local paths is a path traversal risk. So this reads only paths
 * that stay inside the descriptor's directory (no `..`, nothing absolute).
 * Under a URL location the same relative path is read through the URL
 * reader, as `$text` would, so the descriptor also works when the repository
 * is registered by URL.
 */
export const filePlaceholderResolver: PlaceholderResolver = async ({
  key,
  value,
  baseUrl,
  read,
  resolveUrl,
  emit,
}) => {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`Placeholder $${key} expects a relative file path`);
  }
  const relative = value.replace(/\\/g, '/');
  if (
    path.posix.isAbsolute(relative) ||
    /^[a-z][a-z0-9+.-]*:/i.test(relative) ||
    relative.split('/').includes('..')
  ) {
    throw new Error(
      `Placeholder $${key} takes a path inside the descriptor's directory, not ${value}`,
    );
  }
  if (path.isAbsolute(baseUrl)) {
    const file = path.resolve(path.dirname(baseUrl), relative);
    emit(processingResult.refresh(`file:${file}`));
    try {
      return await fs.readFile(file, 'utf8');
    } catch (error) {
      throw new Error(`Placeholder $${key} could not read ${file}, ${error}`);
    }
  }
  const url = resolveUrl(relative, baseUrl);
  emit(processingResult.refresh(`url:${url}`));
  return (await read(url)).toString('utf8');
};
