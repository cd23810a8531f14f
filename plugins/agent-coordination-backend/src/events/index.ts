import type { PluginContext } from '../platform/PluginContext';
import { getEventsRoute } from './routes/getEvents';

/** The audit log across nouns: each noun adds the visibility of its own events. */
export function bindEvents(ctx: PluginContext): void {
  getEventsRoute(ctx);
}
