export { BackendErrorPanel } from './BackendErrorPanel';
export type { BackendErrorPanelProps } from './BackendErrorPanel';
export { describeBackendError } from './backendErrorMessage';
export type { BackendErrorDescription } from './backendErrorMessage';
