import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import scaffolderPlugin from '@backstage/plugin-scaffolder/alpha';
import notificationsPlugin from '@backstage/plugin-notifications/alpha';
import signalsPlugin from '@backstage/plugin-signals/alpha';
import userSettingsPlugin from '@backstage/plugin-user-settings/alpha';
import appModuleUserSettings from '@backstage/plugin-app-module-user-settings';
import orgPlugin from '@backstage/plugin-org/alpha';
import apiDocsPlugin from '@backstage/plugin-api-docs/alpha';
import catalogGraphPlugin from '@backstage/plugin-catalog-graph/alpha';
import searchPlugin from '@backstage/plugin-search/alpha';
import agentCoordinationPlugin from '@agent-coordination/plugin-agent-coordination/alpha';
import { catalogModule } from './modules/catalog';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';

// `app.packages: all` also discovers these from package.json when the app is
// bundled, but listing them keeps the app complete without that config (as in
// tests). The app drops duplicates: the same plugin object is added once, and
// of two plugins with one id the later wins.
export default createApp({
  features: [
    catalogPlugin,
    scaffolderPlugin,
    notificationsPlugin,
    signalsPlugin,
    userSettingsPlugin,
    appModuleUserSettings,
    orgPlugin,
    apiDocsPlugin,
    catalogGraphPlugin,
    searchPlugin,
    agentCoordinationPlugin,
    catalogModule,
    navModule,
    signInModule,
  ],
});
