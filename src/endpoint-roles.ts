// PENDING (helper: endpoint roles and HAR).
import type { RoleMatch } from './types.ts';

export function endpointRole(_url: string, _mimeType?: string): RoleMatch {
  throw new Error('pending');
}
