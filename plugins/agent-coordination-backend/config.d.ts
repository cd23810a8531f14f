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
    idempotency?: {
      /**
       * How long the answer to a request with an Idempotency-Key is kept and
       * replayed to a retry with the same key; after that the key is deleted
       * (an hourly scheduler task) and the same key starts a new request.
       * A duration: an object such as `{ days: 2 }`, or a string such as
       * `2d` or `P2D`. Default one day; at least one minute.
       */
      keyLifetime?: string | { [unit: string]: number };
    };
    conflicts?: {
      /**
       * How often the SLA sweep escalates conflicts past their level's
       * deadline, as a framework duration (e.g. 1m, 30s). Default 1m.
       */
      sweepInterval?: string;
    };
    messages?: {
      /**
       * How often the response-SLA sweep flags REQUESTs unanswered past
       * messageSchema.responseSla, as a framework duration (e.g. 1m, 30s).
       * Default 1m.
       */
      sweepInterval?: string;
    };
  };
}
