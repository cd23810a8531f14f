export {};

// UI and database tests can take more than jest's default 5 s on a loaded
// 2-core CI machine. Set here: `testTimeout` in a package's jest config is a
// global option that `backstage-cli repo test` (one jest run, many projects)
// ignores per package.
jest.setTimeout(60_000);
