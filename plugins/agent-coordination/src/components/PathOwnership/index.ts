export { PathOwnershipLookup } from './PathOwnershipLookup';
