export interface Config {
  /** Agent Coordination plugin settings. */
  agentCoordination?: {
    framework?: {
      /**
       * Path to the framework file (YAML or JSON), relative to the backend's
       * working directory. Defaults to the seed framework shipped with
       * @agent-coordination/plugin-agent-coordination-common.
       */
      file?: string;
    };
    /**
     * Which framework agent each caller acts as. A caller not listed may read
     * and create tasks but triggers no transition that needs a role.
     */
    actors?: Array<{
      /**
       * A user entity ref (e.g. `user:default/guest`) or an external-access
       * subject (the `subject` of a `backend.auth.externalAccess` entry).
       */
      principal: string;
      /** A framework agent key, e.g. `network_engineer`. */
      agent: string;
    }>;
  };
}
