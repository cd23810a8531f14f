/**
 * The Agent kind's authority levels, highest first: its JSON schema fixes
 * them, so pages showing catalog agents need not load the framework to rank
 * them.
 */
export const AGENT_AUTHORITY_LEVELS = ['FULL', 'SENIOR', 'STANDARD'];
