import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// jsdom does no SVG layout, and core-components' DependencyGraph measures its
// nodes with getBBox; a fixed box lets graphs render in tests.
if (typeof window !== 'undefined' && !('getBBox' in SVGElement.prototype)) {
  Object.defineProperty(SVGElement.prototype, 'getBBox', {
    configurable: true,
    writable: true,
    value: () => ({ x: 0, y: 0, width: 100, height: 20 }),
  });
}

// Lazy-loaded extensions and material-table render slowly on a busy 2-core
// machine; the default one second for findBy* made suites flaky there.
configure({ asyncUtilTimeout: 5000 });

// UI and database tests can take more than jest's default 5 s on a loaded
// 2-core CI machine. Set here: `testTimeout` in a package's jest config is a
// global option that `backstage-cli repo test` (one jest run, many projects)
// ignores per package.
jest.setTimeout(60_000);
