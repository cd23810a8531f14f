/** Response of GET /health. @public */
export interface HealthResponse {
  status: 'ok';
  framework: { name: string; version: string; agents: number };
}
