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
  };
}
