/*
 * Handoffs between agents (framework §3.3, §7.2, Appendix B): the five
 * stages, the mandatory checklist, who may act, and the handoff document.
 * Pure: the backend reads, writes and sweeps; these decide.
 */
export * from './handoffEvents';
export * from './planHandoff';
export * from './renderHandoffDocument';
