// The log filters of scripts/build-app.mjs and scripts/quiet-install.mjs:
// they may drop only the lines they are for. Run: node --test scripts/scripts.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSizeLine } from './build-app.mjs';
import { isExpectedNote } from './quiet-install.mjs';

test('the app build drops bundle file sizes and nothing else', () => {
  for (const line of [
    '  502.86 kB  dist/static/3616.d84cb4ad8197.chunk.js',
    '  100 B      dist/static/2110.544459f1a0f2.chunk.js',
    '\u001b[33m  1.2 MB\u001b[39m   dist/static/module-backstage.1e0fd84675de.js',
  ]) {
    assert.equal(isSizeLine(line), true, line);
  }
  for (const line of [
    'Loaded config from app-config.yaml',
    'Error: Module not found: 1 kB of nothing',
    'WARNING in asset size limit: The following asset(s) exceed the recommended size limit (244 KiB).',
    '',
  ]) {
    assert.equal(isSizeLine(line), false, line);
  }
});

test('the install drops the expected peer-dependency notes and nothing else', () => {
  for (const line of [
    "➤ YN0060: │ react is listed by your project with version 18.3.1 (p060596), which doesn't satisfy what @material-ui/core and other dependencies request (but they have non-overlapping ranges!).",
    "➤ YN0002: │ app@workspace:packages/app doesn't provide jest (p99cdc2), requested by @backstage/cli.",
    '➤ YN0086: │ Some peer dependencies are incorrectly met by your project; run yarn explain peer-requirements <hash> for details.',
  ]) {
    assert.equal(isExpectedNote(line), true, line);
  }
  for (const line of [
    '➤ YN0009: │ keytar@npm:7.9.0 couldn\'t be built successfully (exit code 1, logs can be found here: /tmp/build.log)',
    '➤ YN0001: │ RequestError: self-signed certificate in certificate chain',
    '➤ YN0000: · Done with warnings in 28s 595ms',
    '➤ YN0028: │ The lockfile would have been modified by this install, which is explicitly forbidden.',
  ]) {
    assert.equal(isExpectedNote(line), false, line);
  }
});
