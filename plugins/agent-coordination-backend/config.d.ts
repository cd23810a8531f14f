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
     * Which framework agent each caller acts as. The framework's rules
     * (lifecycle transitions, taskActions, conflictActions) apply to the
     * agent; a caller not listed only reads (a member of a catalog group that
     * holds a conflict level's authority may still decide at that level).
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
    conflicts?: {
      /**
       * How often the SLA sweep escalates conflicts past their level's
       * deadline, as a framework duration (e.g. 1m, 30s). Default 1m.
       */
      sweepInterval?: string;
    };
  };
}
