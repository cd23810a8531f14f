export * from './lookupOwnership';
