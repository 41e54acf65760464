// PENDING (helper: endpoint roles and HAR).
import type { Exchange, PanelReply } from './types.ts';

export function readPanelReply(_exchange: Exchange): PanelReply | null {
  throw new Error('pending');
}
