import type { ColumnCondition } from '../../platform/store/applyConditions';

/** The task columns a permission rule can put conditions on. */
export type TaskColumn = 'assignee' | 'component' | 'state';

/** A task rule's query form (see applyConditions). */
export type TaskCondition = ColumnCondition<TaskColumn>;
