import { analyzeFramework } from '@agent-coordination/plugin-agent-coordination-common';
import type { PluginContext } from '../platform/PluginContext';
import { registerGetFrameworkAction } from './actions/getFrameworkAction';
import { getFrameworkRoute } from './routes/getFramework';
import { getFrameworkAnalysisRoute } from './routes/getFrameworkAnalysis';
import { getHealthRoute } from './routes/getHealth';
import { getWhoamiRoute } from './routes/getWhoami';

/** The framework the plugin runs on, as data for clients. */
export function bindFramework(ctx: PluginContext): void {
  const analysis = analyzeFramework(ctx.framework);
  getHealthRoute(ctx);
  getFrameworkRoute(ctx);
  getWhoamiRoute(ctx);
  getFrameworkAnalysisRoute({ ...ctx, analysis });
  registerGetFrameworkAction(ctx.actionsRegistry, ctx.framework, analysis);
}
