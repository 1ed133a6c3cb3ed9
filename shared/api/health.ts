export interface HealthResponse {
  status: 'ok';
  version: string;
  storage: 'sqlite' | 'postgres';
}
