export type { HealthResponse } from './types';
