/*
 * Generated from plugins/agent-coordination-backend/src/schema/openapi.yaml by scripts/generate-openapi.mjs.
 * Do not edit: change the document and run `node scripts/generate-openapi.mjs`.
 */
/* eslint-disable */
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and the loaded framework's name */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/whoami": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the caller acts as, so a page can offer "assigned to me" */
        get: operations["getWhoami"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/framework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The loaded coordination framework */
        get: operations["getFramework"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/framework/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registry dependency analysis (order, cycles, critical path), where the §5.1 diagram disagrees with §2, and path-ownership overlaps */
        get: operations["getFrameworkAnalysis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every Agent entity the caller may see in the catalog, with tier name, dependencies, dependents and open task count */
        get: operations["listAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agents' dependency graph (blocking and non-blocking edges) with its analysis: cycles, dependency-first order and critical path */
        get: operations["getAgentGraph"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ownership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which agents own a repository path, the primary owner(s) and overlaps among them */
        get: operations["getOwnership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tasks in creation order, filtered, one page at a time (keyset pagination) */
        get: operations["listTasks"];
        put?: never;
        /** Create a task in the lifecycle's initial state */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["TaskIdPath"];
            };
            cookie?: never;
        };
        /** One task */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a task's fields (not its state or dependencies). Who may change what is the framework's taskActions (edit, reassign); in a terminal state only its editableWhenTerminal fields change. */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/tasks/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["TaskIdPath"];
            };
            cookie?: never;
        };
        /** The states the caller may move the task to now, and what else it may do with it */
        get: operations["getTaskTransitions"];
        put?: never;
        /** Move a task to another state. Entering the running state with unfinished blocking dependencies ends in the blocked state; completing a task moves the tasks it was the last blocker of back to running, and failing one alerts the tasks it blocks, in the same transaction. */
        post: operations["transitionTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["TaskIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make the task depend on another; blocking per the framework's rules unless `blocking` says otherwise */
        post: operations["addTaskDependency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/dependencies/{dependsOnId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["TaskIdPath"];
                dependsOnId: components["schemas"]["TaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Drop a dependency; a task it alone kept blocked runs again */
        delete: operations["removeTaskDependency"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["TaskIdPath"];
            };
            cookie?: never;
        };
        /** The task's history, oldest first */
        get: operations["getTaskEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalation-matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The framework's escalation matrix (§4.2) and conflict types (§4.1), each level with who decides */
        get: operations["getEscalationMatrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conflicts, breached and nearest deadline first, one page at a time */
        get: operations["listConflicts"];
        put?: never;
        /** Open a conflict at L1, its authority and deadline from the framework; the tasks it blocks stay blocked until it is resolved */
        post: operations["openConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conflicts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ConflictIdPath"];
            };
            cookie?: never;
        };
        /** One conflict */
        get: operations["getConflict"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conflicts/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ConflictIdPath"];
            };
            cookie?: never;
        };
        /** What the caller may do with the conflict now (vote, resolve, escalate) */
        get: operations["getConflictActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conflicts/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ConflictIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A party's vote; a later vote replaces the party's earlier one. At a consensus level, the vote that makes the quorum agree resolves the conflict. */
        post: operations["voteOnConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conflicts/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ConflictIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide the conflict, by a holder of its current level's authority; releases the tasks it blocked, in the same transaction */
        post: operations["resolveConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conflicts/{id}/escalation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ConflictIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Escalate the conflict to its next level by hand, with a reason */
        post: operations["escalateConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conflicts/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ConflictIdPath"];
            };
            cookie?: never;
        };
        /** The conflict's timeline, oldest first: opening, votes, escalations, decision */
        get: operations["getConflictEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/change-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The paths a change (a pull request) touches, and the agent making it: each path's owners, and an ownership conflict opened when the paths belong to another agent or are claimed equally by several. The same change set sent again opens nothing again. */
        post: operations["submitChangeSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages the caller may read (an agent: its inbox, what it sent and broadcasts; the context manager: all), newest first, one page at a time. A thread is `?thread=<threadId>`. */
        get: operations["listMessages"];
        put?: never;
        /** Send a message (framework §3.2) as the caller's agent, to one agent or to ALL (stored once); a RESPONSE names the REQUEST it answers in correlationId and marks it answered */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MessageIdPath"];
            };
            cookie?: never;
        };
        /** One message, with the caller's agent's read state */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MessageIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the message read for the caller's agent, a recipient (read state is per recipient agent; a broadcast keeps one receipt per agent that read it). Marking it again changes nothing. */
        post: operations["markMessageRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{key}/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A framework agent key */
                key: components["parameters"]["AgentKeyPath"];
            };
            cookie?: never;
        };
        /** An agent's inbox with its unread counts: the agent itself and the context manager may read it */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/handoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Handoffs, newest first, one page at a time */
        get: operations["listHandoffs"];
        put?: never;
        /** Open a handoff from the caller's agent to another (initiation); the tasks it blocks stay BLOCKED until it is acknowledged */
        post: operations["openHandoff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/handoffs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        /** One handoff, with its checklist */
        get: operations["getHandoff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** The sender changes a draft (initiation or validation): its title, its content and the checks it attests, for instance to fix what a refused transfer named as missing */
        patch: operations["updateHandoff"];
        trace?: never;
    };
    "/handoffs/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        /** What the caller may do with the handoff now */
        get: operations["getHandoffActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/handoffs/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        /** The handoff as Appendix B's markdown document */
        get: operations["getHandoffDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/handoffs/{id}/validation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report automated check results (validation); each check's latest result is kept */
        post: operations["reportHandoffChecks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/handoffs/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer to the receiver, by the sender; refused (422, handoff_checklist_incomplete, error.missing) while a mandatory check fails; notifies the receiver */
        post: operations["transferHandoff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/handoffs/{id}/acknowledgment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiver accepts; the tasks the handoff blocks are released in the same transaction */
        post: operations["acknowledgeHandoff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/handoffs/{id}/clarifications": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiver asks the sender a question before accepting */
        post: operations["requestHandoffClarification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/handoffs/{id}/clarifications/answer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The sender answers the open question; the handoff goes back to acknowledgment */
        post: operations["answerHandoffClarification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/handoffs/{id}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive an acknowledged handoff and log it to the context manager */
        post: operations["completeHandoff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/handoffs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        /** The handoff's timeline, oldest first */
        get: operations["getHandoffEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change the caller may read (each subject's read permission applies, e.g. agent-coordination.task.read for task events; message events only for messages the caller may read), newest first */
        get: operations["getEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                /** @example ConflictError */
                name: string;
                /** @description What went wrong, in words a person can act on */
                message: string;
                /** @description For handoff_checklist_incomplete: the mandatory checks that fail */
                missing?: string[];
                /** @description The rule that refused the request, when the framework's rules did (e.g. no_such_transition, actor_not_permitted, needs_assignee, still_blocked, terminal_state, duplicate_dependency, dependency_cycle, read_only_caller) */
                code?: string;
            };
            request?: {
                method?: string;
                url?: string;
            };
            response: {
                statusCode: number;
            };
        };
        Health: {
            /** @enum {string} */
            status: "ok";
            framework: {
                name: string;
                version: string;
                agents: number;
            };
        };
        Whoami: {
            /** @description The user entity ref or service subject the caller is known by */
            principal: string;
            /** @description The framework agent the caller acts as (agentCoordination.actors); null means read only */
            agent: {
                key: string;
                id: string;
                role: string;
                tier: number;
                authority: string;
            } | null;
            /** @description A signed-in user's catalog groups (a group can hold a conflict level's authority) */
            groups: string[];
        };
        /** @description The loaded framework file (see examples/framework.yaml for every section) with agents resolved: defaults applied and group references (all_agents, all_development_agents) expanded. */
        CoordinationFramework: {
            apiVersion: string;
            kind: string;
            metadata: {
                [key: string]: unknown;
            };
            tiers: {
                [key: string]: unknown;
            }[];
            agents: {
                [key: string]: unknown;
            }[];
            lifecycle: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        DependencyPair: {
            agent: string;
            dependsOn: string;
        };
        CriticalPath: {
            path: string[];
            length: number;
        };
        /** @description Over the blocking edges only; every agent weighs 1 on the critical path */
        GraphAnalysis: {
            cycles: string[][];
            /** @description Dependencies first */
            order: string[];
            cyclic: string[];
            criticalPath: components["schemas"]["CriticalPath"];
            unknownNodes: string[];
        };
        /** @description Two agents whose globs overlap; `nested` when one lies strictly inside the other (the inner one's agent is then the primary owner) */
        OwnershipOverlap: {
            /** @description Framework agent key */
            a: string;
            globA: string;
            /** @description Framework agent key */
            b: string;
            globB: string;
            nested: boolean;
            /** @description A shortest path both globs match (framework analysis only) */
            example?: string;
        };
        FrameworkAnalysis: {
            registry: {
                order: string[];
                cycles: string[][];
                criticalPath: components["schemas"]["CriticalPath"];
            };
            diagram: {
                onlyInRegistry: components["schemas"]["DependencyPair"][];
                onlyInDiagram: components["schemas"]["DependencyPair"][];
                reversed: {
                    registry: components["schemas"]["DependencyPair"];
                    diagram: components["schemas"]["DependencyPair"];
                }[];
                mergedCycles: string[][];
            };
            ownership: {
                overlaps: components["schemas"]["OwnershipOverlap"][];
            };
        };
        AgentLink: {
            /**
             * @description Full entity ref
             * @example agent:default/infrastructure-architect
             */
            agent: string;
            blocking: boolean;
        };
        /** @description An Agent entity from the catalog with what the backend derives from all agents */
        AgentSummary: {
            /** @example agent:default/network-engineer */
            entityRef: string;
            /** @description The catalog entity (kind Agent, apiVersion agent-coordination.io/v1alpha1) */
            entity: {
                [key: string]: unknown;
            };
            /**
             * @description The framework's name for spec.tier
             * @example Infrastructure Layer
             */
            tierName?: string;
            /** @description Blocking first */
            dependencies: components["schemas"]["AgentLink"][];
            dependents: components["schemas"]["AgentLink"][];
            dependenciesCount: number;
            dependentsCount: number;
            /** @description Tasks assigned to the agent (the framework agent whose id is spec.agentId) that are not in a terminal lifecycle state, counting only the tasks the caller may read, as GET /tasks filters them; 0 for a caller the permission policy refuses reading tasks */
            openTasks: number;
        };
        AgentList: {
            items: components["schemas"]["AgentSummary"][];
        };
        AgentGraphNode: {
            /** @description Full entity ref: what edges and the analysis refer to */
            id: string;
            name: string;
            title: string;
            agentId: string;
            tier: number;
            tierName?: string;
            authority: string;
        };
        /** @description `from` depends on `to` */
        AgentGraphEdge: {
            from: string;
            to: string;
            blocking: boolean;
        };
        AgentGraph: {
            nodes: components["schemas"]["AgentGraphNode"][];
            /** @description Both kinds; edges to agents the caller cannot see are left out */
            edges: components["schemas"]["AgentGraphEdge"][];
            analysis: components["schemas"]["GraphAnalysis"];
        };
        OwnershipMatch: {
            /**
             * @description Framework agent key
             * @example network_engineer
             */
            agent: string;
            /** @example agent-004 */
            agentId: string;
            /**
             * @description The agent's display name: its catalog entity's title, or its key in words
             * @example Network Engineer
             */
            title: string;
            /** @example Network Architecture */
            role?: string;
            /**
             * @description The Agent entity in the catalog for this agent, if the caller can see one
             * @example agent:default/network-engineer
             */
            entityRef?: string | null;
            /** @example components/terraform/vpc/* */
            glob: string;
            /** @description Literal characters of the glob */
            specificity: number;
            /** @description No other matching glob lies strictly inside this one */
            primary: boolean;
        };
        /** @description Who owns a path, from the framework file's agents (the authoritative ownership data; Agent entities mirror it for the catalog) */
        OwnershipLookup: {
            /** @example components/terraform/vpc/main.tf */
            path: string;
            /** @description Every agent glob matching the path, most specific first */
            owners: components["schemas"]["OwnershipMatch"][];
            /** @description Framework agent keys of the primary owners; several when in conflict */
            primary: string[];
            overlaps: components["schemas"]["OwnershipOverlap"][];
            /** @description More than one agent is primary */
            conflict: boolean;
        };
        /** @description Task id (a UUID) */
        TaskId: string;
        /** @enum {string} */
        Priority: "P0" | "P1" | "P2" | "P3";
        Label: string;
        TaskDependency: {
            taskId: components["schemas"]["TaskId"];
            blocking: boolean;
            /**
             * @description Whether the framework's §5.2 rules or the caller decided `blocking`
             * @enum {string}
             */
            source: "rule" | "explicit";
            /**
             * @description A blocking dependency unfinished past it raises an alert
             * @example 24h
             */
            timeout: string;
            /** Format: date-time */
            deadlineAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A task as stored, and as the event log records it */
        TaskSnapshot: {
            id: components["schemas"]["TaskId"];
            title: string;
            description: string | null;
            /**
             * @description A framework work kind id (§5.2)
             * @example api_development
             */
            kind: string;
            /** @description Catalog entity ref, normalised, e.g. component:default/vpc */
            component: string | null;
            /**
             * @description Framework agent key
             * @example network_engineer
             */
            assignee: string | null;
            priority: components["schemas"]["Priority"];
            /** @description Estimated effort in hours */
            estimate: number | null;
            /** Format: date */
            dueDate: string | null;
            labels: string[];
            /** @description A framework lifecycle state */
            state: string;
            /** @description Increases with every change; send it back to change the task */
            version: number;
            dependencies: components["schemas"]["TaskDependency"][];
            /** @description The principal that created the task */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When the task entered its current state
             */
            stateEnteredAt: string;
        };
        /** @description A task as served, with what is derived from its dependencies' states */
        Task: components["schemas"]["TaskSnapshot"] & {
            /** @description Blocking dependencies not in the done state yet */
            blockedBy: components["schemas"]["TaskId"][];
            /** @description What else keeps the task blocked until it is settled: open conflicts that block it (and, later, unacknowledged handoffs) */
            heldBy: {
                /** @example conflict */
                type: string;
                id: string;
            }[];
        };
        /** @description A non-blocking dependency that is not finished; work may go on, with care */
        TaskWarning: {
            taskId: components["schemas"]["TaskId"];
            message: string;
        };
        TaskChange: {
            task: components["schemas"]["Task"];
            warnings: components["schemas"]["TaskWarning"][];
        };
        TaskPage: {
            items: components["schemas"]["Task"][];
            nextCursor: string | null;
        };
        CreateTaskRequest: {
            title: string;
            description?: string | null;
            /** @description A framework work kind id */
            kind: string;
            /** @description Catalog entity ref; a bare name means a Component in the default namespace */
            component?: string | null;
            /** @description Framework agent key */
            assignee?: string | null;
            priority?: components["schemas"]["Priority"];
            estimate?: number | null;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD
             */
            dueDate?: string | null;
            labels?: components["schemas"]["Label"][];
            dependencies?: {
                taskId: components["schemas"]["TaskId"];
                blocking?: boolean;
            }[];
        };
        UpdateTaskRequest: {
            version: number;
            title?: string;
            description?: string | null;
            kind?: string;
            component?: string | null;
            assignee?: string | null;
            priority?: components["schemas"]["Priority"];
            estimate?: number | null;
            /** Format: date */
            dueDate?: string | null;
            labels?: components["schemas"]["Label"][];
        };
        TransitionRequest: {
            /** @description A framework lifecycle state */
            to: string;
            version: number;
            reason?: string;
        };
        AddDependencyRequest: {
            taskId: components["schemas"]["TaskId"];
            /** @description Overrides the framework's rule when given */
            blocking?: boolean;
            version: number;
        };
        /** @enum {string} */
        ActorRole: "context_manager" | "assignee" | "creator" | "reviewer" | "any_agent" | "system";
        AllowedTransition: {
            to: string;
            /** @description The framework's name for the move, e.g. Work complete */
            trigger: string;
        };
        /** @description What else the caller may do with the task now, by the framework's taskActions */
        TaskActions: {
            edit: boolean;
            reassign: boolean;
            addDependency: boolean;
            removeDependency: boolean;
            /** @description The fields a PATCH by this caller may change now */
            editableFields: string[];
        };
        AllowedTransitions: {
            state: string;
            version: number;
            /** @description The framework agent the caller acts as, if any */
            agent: string | null;
            roles: components["schemas"]["ActorRole"][];
            transitions: components["schemas"]["AllowedTransition"][];
            actions: components["schemas"]["TaskActions"];
        };
        EventSubject: {
            /** @example task */
            type: string;
            id: string;
        };
        /** @description One row of the append-only event log */
        CoordinationEvent: {
            id: number;
            /** @example task.transitioned */
            type: string;
            /** @description Who did it: a user or service principal, or system:agent-coordination */
            actor: string;
            /** @description The framework agent the actor acted as, if any */
            actorAgent: string | null;
            subject: components["schemas"]["EventSubject"];
            /** @description The subject before the change (null for a creation or an alert) */
            before: unknown;
            /** @description The subject after the change, or the alert */
            after: unknown;
            reason: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        EventPage: {
            items: components["schemas"]["CoordinationEvent"][];
            nextCursor: string | null;
        };
        /** @description A stale version; the body carries the task as it is now */
        StaleTask: components["schemas"]["Error"] & {
            task: components["schemas"]["Task"];
        };
        /** @enum {string} */
        Level: "L1" | "L2" | "L3";
        /** @description Conflict id (a UUID) */
        ConflictId: string;
        /** @description Who decides at a level, from the framework's authorities */
        Authority: {
            /** @example context_manager */
            id: string;
            /**
             * @description The name the matrix or the conflict type gives it
             * @example Context Manager
             */
            name: string;
            /**
             * @description holders: the listed agents and group members decide; consensus: the parties decide by vote; primary_owner: the primary owner of the conflict's paths decides
             * @enum {string}
             */
            kind: "holders" | "consensus" | "primary_owner";
            /** @description Framework agent keys (for primary_owner, the conflict's primary owners) */
            agents: string[];
            /** @description Catalog group refs whose members decide */
            groups: string[];
            /** @description For consensus, how many parties must vote for the same decision */
            quorum?: number;
        };
        /** @description What the conflict is about */
        ConflictSubject: {
            tasks: components["schemas"]["TaskId"][];
            /** @description Catalog entity refs, normalised */
            components: string[];
            /** @description Repository paths */
            paths: string[];
        };
        ConflictVote: {
            /** @description Framework agent key of the party */
            agent: string;
            /** @description The decision the party stands for */
            position: string;
            rationale: string | null;
            /** Format: date-time */
            at: string;
        };
        /** @description A conflict as stored, and as the event log records it */
        ConflictSnapshot: {
            id: components["schemas"]["ConflictId"];
            /**
             * @description A framework conflict type id (§4.1)
             * @example technical
             */
            type: string;
            /**
             * @description An escalation matrix row id (§4.2), when the conflict fits one
             * @example code_merge
             */
            category: string | null;
            title: string;
            description: string | null;
            /** @enum {string} */
            status: "open" | "resolved";
            level: components["schemas"]["Level"];
            /** @description Framework agent keys of the agents in conflict */
            parties: string[];
            subject: components["schemas"]["ConflictSubject"];
            /** @description Tasks held in the blocked state until the conflict is resolved */
            blocks: components["schemas"]["TaskId"][];
            /** @description The primary owners of the subject's paths, by the framework's ownership */
            primaryOwners: string[];
            votes: components["schemas"]["ConflictVote"][];
            /** @description How the conflict was decided; null while it is open */
            resolution: {
                decision: string;
                rationale: string;
                /** @description The principal that decided, or the system for a consensus */
                by: string;
                byAgent: string | null;
                /** @enum {string} */
                via: "authority" | "consensus";
                /** Format: date-time */
                at: string;
            } | null;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            levelEnteredAt: string;
            /**
             * Format: date-time
             * @description When the current level escalates; at L3, when the conflict is breached
             */
            deadlineAt: string;
            /** Format: date-time */
            breachedAt: string | null;
            /** @description The change set that opened it (ownership conflicts) */
            changeSet: string | null;
            version: number;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A conflict as served, with who decides at its current level */
        Conflict: components["schemas"]["ConflictSnapshot"] & {
            authority: components["schemas"]["Authority"];
            typeName: string;
            categoryName: string | null;
            /**
             * Format: date-time
             * @description The latest the whole ladder may take (L3's deadline, from the opening)
             */
            resolveBy: string;
        };
        ConflictPage: {
            items: components["schemas"]["Conflict"][];
            nextCursor: string | null;
        };
        OpenConflictRequest: {
            /** @description A framework conflict type id */
            type: string;
            /** @description An escalation matrix row id that follows this type */
            category?: string | null;
            title: string;
            description?: string | null;
            parties: string[];
            subject?: {
                tasks?: components["schemas"]["TaskId"][];
                components?: string[];
                paths?: string[];
            };
            /** @description Tasks to hold blocked until the conflict is resolved */
            blocks?: components["schemas"]["TaskId"][];
        };
        VoteRequest: {
            position: string;
            rationale?: string;
            version: number;
        };
        ResolveConflictRequest: {
            decision: string;
            rationale: string;
            version: number;
        };
        EscalateConflictRequest: {
            reason: string;
            version: number;
        };
        /** @description What the caller may do with the conflict now */
        ConflictActions: {
            agent: string | null;
            roles: ("party" | "authority" | "context_manager" | "any_agent")[];
            vote: boolean;
            resolve: boolean;
            escalate: boolean;
        };
        ChangeSetRequest: {
            /** @description Framework agent key of the agent making the change */
            agent: string;
            paths: string[];
            /** @description Where the change lives, e.g. a pull request URL */
            ref?: string;
            title?: string;
        };
        ChangeSetPath: {
            path: string;
            owners: components["schemas"]["OwnershipMatch"][];
            primary: string[];
            /** @description Several agents own the path equally */
            conflict: boolean;
            /** @description The path's primary owner is another agent than the one making the change */
            foreign: boolean;
        };
        ChangeSetAnswer: {
            /** @description The change set's identity (agent and paths); the same change set sent again is the same id */
            id: string;
            agent: string;
            paths: components["schemas"]["ChangeSetPath"][];
            /** @description The ownership conflicts about this change set, opened now or before */
            conflicts: components["schemas"]["Conflict"][];
            /** @description How many of them this request opened (0 when the change set was seen before) */
            opened: number;
        };
        MatrixLevel: {
            level: components["schemas"]["Level"];
            authority: components["schemas"]["Authority"];
        };
        EscalationMatrix: {
            rows: {
                id: string;
                name: string;
                conflictType: string;
                levels: components["schemas"]["MatrixLevel"][];
                /** @example 4h */
                sla: string;
            }[];
            types: {
                id: string;
                name: string;
                detection: string;
                levels: components["schemas"]["MatrixLevel"][];
                /** @description How long each level has, as written (immediate: see conflictPolicy) */
                levelTime: string;
            }[];
        };
        /** @description A stale version; the body carries the conflict as it is now */
        StaleConflict: components["schemas"]["Error"] & {
            conflict: components["schemas"]["Conflict"];
        };
        /** @description Message id (a UUID) */
        MessageId: string;
        /** @description A thread: the id of the message that started it, or a name the first sender chose (letters, digits, . _ : -) */
        ThreadId: string;
        MessageArtifact: {
            /** @description A repository path, relative (normalised as ownership paths are) */
            path: string;
            /** @description One of the framework's messageSchema.artifactTypes (code, config, document in the seed) */
            type: string;
        };
        MessageDependency: {
            /** @description The framework agent key the sender depends on */
            agent: string;
            artifact: string;
            /** @description One of the framework's messageSchema.dependencyStatuses (required, optional in the seed) */
            status: string;
        };
        /** @description A message (framework §3.2) as stored, and as the event log records it: the header (from, to, priority, type, sentAt), the body (subject, content, artifacts, dependencies) and the metadata (correlationId, threadId, tags). A message to ALL is stored once. */
        MessageSnapshot: {
            id: components["schemas"]["MessageId"];
            /** @description The sending framework agent */
            from: string;
            /** @description A framework agent key, or the broadcast recipient (ALL) for every agent but the sender */
            to: string;
            /** @description One of messageSchema.priorities, most urgent first (P0-P3 in the seed) */
            priority: string;
            /** @description One of messageSchema.types (REQUEST, RESPONSE, UPDATE, ALERT in the seed) */
            type: string;
            subject: string;
            /** @description Markdown */
            content: string;
            artifacts: components["schemas"]["MessageArtifact"][];
            dependencies: components["schemas"]["MessageDependency"][];
            /** @description For a REQUEST its own id; a RESPONSE carries the id of the REQUEST it answers; another message may name any message it relates to */
            correlationId: string | null;
            threadId: components["schemas"]["ThreadId"];
            tags: components["schemas"]["Label"][];
            /** Format: date-time */
            sentAt: string;
            /**
             * Format: date-time
             * @description For a REQUEST, when it is overdue without a RESPONSE (sentAt + messageSchema.responseSla)
             */
            responseDueAt: string | null;
            /**
             * Format: date-time
             * @description When the first RESPONSE to this REQUEST was sent
             */
            answeredAt: string | null;
            /** @description The id of the first RESPONSE to this REQUEST */
            answeredBy: string | null;
            /**
             * Format: date-time
             * @description When this REQUEST was flagged overdue (and its sender notified); once
             */
            overdueAt: string | null;
            version: number;
            /** @description The principal that sent it */
            createdBy: string;
        };
        /** @description A message as served, with its read state for the reader */
        Message: components["schemas"]["MessageSnapshot"] & {
            /**
             * Format: date-time
             * @description When the reader read it: the inbox's agent for an inbox or a `to` filter, else the caller's agent; null when unread or when the reader is not a recipient
             */
            readAt: string | null;
            /** @description A REQUEST without a RESPONSE, flagged overdue or past its responseDueAt */
            overdue: boolean;
        };
        MessagePage: {
            items: components["schemas"]["Message"][];
            nextCursor: string | null;
        };
        /** @description An agent's inbox: the messages to it and to ALL (but its own broadcasts), newest first, with its unread counts */
        Inbox: {
            agent: string;
            /** @description Messages in the inbox (that the caller may read), whatever the filters */
            total: number;
            /** @description Of them, those the agent has not marked read */
            unread: number;
            /** @description Unread messages by priority, every framework priority present */
            unreadByPriority: {
                [key: string]: number;
            };
            items: components["schemas"]["Message"][];
            nextCursor: string | null;
        };
        SendMessageRequest: {
            /** @description The sending agent; the caller's own agent (the default), never another */
            from?: string;
            /** @description A framework agent key, or ALL */
            to: string;
            /** @description One of messageSchema.priorities */
            priority: string;
            /** @description One of messageSchema.types */
            type: string;
            subject: string;
            /** @description Markdown */
            content?: string;
            artifacts?: components["schemas"]["MessageArtifact"][];
            dependencies?: components["schemas"]["MessageDependency"][];
            /** @description Required for a RESPONSE: the id of the REQUEST it answers (an id naming no REQUEST is a 400); optional on an UPDATE or ALERT (an existing message); not sent with a REQUEST, whose correlation id is its own id */
            correlationId?: components["schemas"]["MessageId"];
            /** @description The thread to post in; by default a RESPONSE joins its REQUEST's thread and any other message starts a thread named by its own id */
            threadId?: components["schemas"]["ThreadId"];
            tags?: components["schemas"]["Label"][];
        };
        /** @description Handoff id (a UUID) */
        HandoffId: string;
        /**
         * @description The last of the framework's handoff stages (§3.3) the handoff has passed: initiation (opened), validation (automated checks reported), transfer (checklist passed, handed to the receiver), acknowledgment (the receiver accepted), completion (archived and logged)
         * @enum {string}
         */
        HandoffStage: "initiation" | "validation" | "transfer" | "acknowledgment" | "completion";
        /**
         * @description draft (the sender's, before the transfer), awaiting_acknowledgment, clarification_requested (the receiver asked; the sender answers), acknowledged, completed
         * @enum {string}
         */
        HandoffStatus: "draft" | "awaiting_acknowledgment" | "clarification_requested" | "acknowledged" | "completed";
        HandoffArtifact: {
            path: string;
            /** @enum {string} */
            type: "code" | "config" | "doc";
            /** @enum {string} */
            status: "final" | "draft";
        };
        /** @description Appendix B's template: what is handed over */
        HandoffContent: {
            completedWork: string[];
            artifacts: components["schemas"]["HandoffArtifact"][];
            /** @description Present (an empty list is an explicit "none") to pass "Known issues listed"; null when not given */
            knownIssues?: string[] | null;
            /** @description Present (an empty list is an explicit "none") to pass "Dependencies documented"; null when not given */
            dependencies?: string[] | null;
            successCriteria: string[];
            notes?: string | null;
        };
        HandoffCheck: {
            check: string;
            passed: boolean;
            /**
             * @description What decides it (handoff.checkDerivations); `attested` is the sender's word
             * @enum {string}
             */
            by: "attested" | "artifacts" | "dependencies" | "knownIssues" | "successCriteria";
        };
        HandoffAutomatedCheck: {
            check: string;
            /** @enum {string} */
            result: "passed" | "failed" | "skipped";
            details: string | null;
            /** Format: date-time */
            reportedAt: string;
            reportedBy: string;
        };
        HandoffClarification: {
            question: string;
            /** @description Principal */
            askedBy: string;
            /** Format: date-time */
            askedAt: string;
            answer: string | null;
            answeredBy: string | null;
            /** Format: date-time */
            answeredAt: string | null;
        };
        /** @description A handoff as stored and as its events carry it */
        HandoffSnapshot: {
            id: components["schemas"]["HandoffId"];
            /** @description The component or feature handed over */
            title: string;
            /** @description Framework agent key of the sender */
            from: string;
            /** @description Framework agent key of the receiver */
            to: string;
            /** @description The task the handoff is about */
            task: string | null;
            /** @description The catalog entity the handoff is about */
            component: string | null;
            /** @description Tasks held BLOCKED until the handoff is acknowledged */
            blocks: components["schemas"]["TaskId"][];
            stage: components["schemas"]["HandoffStage"];
            status: components["schemas"]["HandoffStatus"];
            content: components["schemas"]["HandoffContent"];
            /** @description The mandatory checks the sender attests */
            attested: string[];
            /** @description The automated checks reported so far, the latest result of each */
            automatedChecks: components["schemas"]["HandoffAutomatedCheck"][];
            clarifications: components["schemas"]["HandoffClarification"][];
            /** Format: date-time */
            transferredAt: string | null;
            /**
             * Format: date-time
             * @description The transfer plus handoff.acknowledgmentSla
             */
            acknowledgmentDueAt: string | null;
            /** Format: date-time */
            acknowledgedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /**
             * Format: date-time
             * @description When the SLA sweep opened a conflict for it
             */
            escalatedAt: string | null;
            /** @description The conflict the SLA breach opened */
            escalationConflict: string | null;
            version: number;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A handoff as served, with its checklist and whether it is past its SLA */
        Handoff: components["schemas"]["HandoffSnapshot"] & {
            checklist: components["schemas"]["HandoffCheck"][];
            /** @description The mandatory checks that fail now */
            missing: string[];
            overdue: boolean;
        };
        HandoffPage: {
            items: components["schemas"]["Handoff"][];
            nextCursor: string | null;
        };
        /** @description What the caller may do with the handoff now */
        HandoffActions: {
            agent: string | null;
            roles: ("sender" | "receiver" | "context_manager")[];
            /** @description May change the title, content and attested checks (the sender, before the transfer) */
            edit: boolean;
            validate: boolean;
            transfer: boolean;
            acknowledge: boolean;
            requestClarification: boolean;
            answerClarification: boolean;
            complete: boolean;
        };
        HandoffContentInput: {
            completedWork?: string[];
            artifacts?: components["schemas"]["HandoffArtifact"][];
            knownIssues?: string[];
            dependencies?: string[];
            successCriteria?: string[];
            notes?: string;
        };
        OpenHandoffRequest: {
            /** @description The sending agent; the caller's own agent (the default) */
            from?: string;
            /** @description Framework agent key of the receiver */
            to: string;
            title: string;
            task?: components["schemas"]["TaskId"];
            /** @description A catalog entity ref */
            component?: string;
            /** @description Tasks to hold BLOCKED until the handoff is acknowledged */
            blocks?: components["schemas"]["TaskId"][];
            content?: components["schemas"]["HandoffContentInput"];
            /** @description Mandatory checks the sender attests */
            attest?: string[];
        };
        ReportHandoffChecksRequest: {
            results: {
                /** @description One of handoff.automatedChecks */
                check: string;
                /** @enum {string} */
                result: "passed" | "failed" | "skipped";
                details?: string;
            }[];
            version: number;
        };
        TransferHandoffRequest: {
            /** @description Mandatory checks the sender attests now (added to those attested before) */
            attest?: string[];
            version: number;
        };
        /** @description A draft's changes: each field given replaces the one stored (within content, each list given replaces that list); what is not given stays */
        EditHandoffRequest: {
            title?: string;
            content?: components["schemas"]["HandoffContentInput"];
            /** @description The mandatory checks the sender attests (replaces those attested before) */
            attest?: string[];
            version: number;
        };
        HandoffVersionRequest: {
            note?: string;
            version: number;
        };
        HandoffClarificationRequest: {
            question: string;
            version: number;
        };
        HandoffAnswerRequest: {
            answer: string;
            version: number;
        };
        /** @description A stale version; the body carries the handoff as it is now */
        StaleHandoff: components["schemas"]["Error"] & {
            handoff: components["schemas"]["Handoff"];
        };
    };
    responses: {
        /** @description No or invalid Backstage credentials */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid input; the message names each offending field. Also malformed JSON and text containing NUL characters. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The permission policy refuses the caller this (the message names the permission), or the framework's rules do (the caller's agent may not do this; error.code names the rule) */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such task, conflict, message or agent (the one the path names) */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The framework's rules refuse this in the task's current state (the message names the state, the target and the rule, or the cycle; error.code names the rule) */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A stale version (the body then carries the current task), or a refusal by the framework's rules in the task's current state (error.code names the rule) */
        StaleOrConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["StaleTask"] | components["schemas"]["Error"];
            };
        };
        /** @description A stale version (the body then carries the current handoff), or a refusal by the framework's rules in the handoff's current stage (error.code names the rule) */
        HandoffStale: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["StaleHandoff"] | components["schemas"]["Error"];
            };
        };
        /** @description The mandatory checklist fails (error.code handoff_checklist_incomplete, error.missing the checks that fail), or an Idempotency-Key reused for a different request */
        HandoffUnprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A stale version (the body then carries the current conflict), or a refusal by the framework's rules in the conflict's current state (error.code names the rule) */
        ConflictStale: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["StaleConflict"] | components["schemas"]["Error"];
            };
        };
        /** @description The Idempotency-Key was already used for a different request */
        IdempotencyKeyReused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Body over 256 kB */
        TooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is not sent as application/json */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The change kept colliding with concurrent changes to the same tasks (the database aborted it for a deadlock or lock timeout, and it was retried three times). Nothing was written; send the request again, with the same Idempotency-Key if it had one. */
        Busy: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        HandoffIdPath: components["schemas"]["HandoffId"];
        ConflictIdPath: components["schemas"]["ConflictId"];
        MessageIdPath: components["schemas"]["MessageId"];
        /** @description A framework agent key */
        AgentKeyPath: string;
        TaskIdPath: components["schemas"]["TaskId"];
        /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
        IdempotencyKey: string;
        /** @description The nextCursor of the previous page */
        Cursor: string;
        Limit: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getWhoami: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Whoami"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getFramework: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoordinationFramework"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getFrameworkAnalysis: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkAnalysis"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listAgents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getAgentGraph: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentGraph"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getOwnership: {
        parameters: {
            query: {
                /** @description Relative to the infrastructure repository's root; not absolute, no '..' */
                path: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipLookup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                state?: string;
                /** @description Framework agent key */
                assignee?: string;
                /** @description Tier of the assignee */
                tier?: number;
                /** @description Catalog entity ref */
                component?: string;
                priority?: components["schemas"]["Priority"];
                /** @description A framework work kind id */
                kind?: string;
                label?: string;
                /** @description Case-insensitive substring of title or description */
                text?: string;
                /** @description The nextCursor of the previous page */
                cursor?: components["parameters"]["Cursor"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["TaskIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["TaskIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskRequest"];
            };
        };
        responses: {
            /** @description Changed (or unchanged, same version, when nothing differed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["StaleOrConflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Busy"];
        };
    };
    getTaskTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["TaskIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllowedTransitions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    transitionTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["TaskIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionRequest"];
            };
        };
        responses: {
            /** @description Moved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["StaleOrConflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    addTaskDependency: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["TaskIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDependencyRequest"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["StaleOrConflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    removeTaskDependency: {
        parameters: {
            query?: {
                /** @description Refuse if the task is no longer at this version */
                version?: number;
            };
            header?: never;
            path: {
                id: components["parameters"]["TaskIdPath"];
                dependsOnId: components["schemas"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["StaleOrConflict"];
            503: components["responses"]["Busy"];
        };
    };
    getTaskEvents: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: components["parameters"]["Cursor"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                id: components["parameters"]["TaskIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getEscalationMatrix: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationMatrix"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listConflicts: {
        parameters: {
            query?: {
                status?: "open" | "resolved";
                type?: string;
                category?: string;
                level?: components["schemas"]["Level"];
                /** @description Framework agent key */
                party?: string;
                /** @description Conflicts about or blocking this task */
                task?: components["schemas"]["TaskId"];
                /** @description Conflicts about this catalog entity */
                component?: string;
                breached?: boolean;
                /** @description The nextCursor of the previous page */
                cursor?: components["parameters"]["Cursor"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    openConflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenConflictRequest"];
            };
        };
        responses: {
            /** @description Opened */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    getConflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ConflictIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getConflictActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ConflictIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictActions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    voteOnConflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["ConflictIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoteRequest"];
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictStale"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    resolveConflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["ConflictIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveConflictRequest"];
            };
        };
        responses: {
            /** @description Resolved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictStale"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    escalateConflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["ConflictIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalateConflictRequest"];
            };
        };
        responses: {
            /** @description Escalated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictStale"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    getConflictEvents: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: components["parameters"]["Cursor"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                id: components["parameters"]["ConflictIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    submitChangeSet: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeSetRequest"];
            };
        };
        responses: {
            /** @description Checked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeSetAnswer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description An agent's inbox (messages to it and to ALL but its own broadcasts), or ALL for broadcasts only */
                to?: string;
                /** @description Sent by this agent */
                from?: string;
                type?: string;
                priority?: string;
                thread?: components["schemas"]["ThreadId"];
                /** @description Read or not by the reader (the `to` agent, else the caller's agent) */
                unread?: boolean;
                /** @description REQUESTs without a RESPONSE past their response SLA, flagged or due (true), or every other message (false) */
                overdue?: boolean;
                /** @description The nextCursor of the previous page */
                cursor?: components["parameters"]["Cursor"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description Sent */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MessageIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    markMessageRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MessageIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read; readAt is when the agent first read it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Busy"];
        };
    };
    getInbox: {
        parameters: {
            query?: {
                /** @description Only unread (true) or read (false) messages; the counts are of the whole inbox */
                unread?: boolean;
                type?: string;
                priority?: string;
                /** @description The nextCursor of the previous page */
                cursor?: components["parameters"]["Cursor"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description A framework agent key */
                key: components["parameters"]["AgentKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inbox"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listHandoffs: {
        parameters: {
            query?: {
                /** @description Framework agent key of the sender */
                from?: string;
                /** @description Framework agent key of the receiver */
                to?: string;
                stage?: components["schemas"]["HandoffStage"];
                status?: components["schemas"]["HandoffStatus"];
                /** @description Handoffs about or blocking this task */
                task?: components["schemas"]["TaskId"];
                /** @description Handoffs about this catalog entity */
                component?: string;
                /** @description Transferred, not acknowledged, past the acknowledgment SLA */
                overdue?: boolean;
                /** @description The nextCursor of the previous page */
                cursor?: components["parameters"]["Cursor"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoffPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    openHandoff: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenHandoffRequest"];
            };
        };
        responses: {
            /** @description Opened */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Handoff"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    getHandoff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Handoff"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateHandoff: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditHandoffRequest"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Handoff"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["HandoffStale"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    getHandoffActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoffActions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getHandoffDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    reportHandoffChecks: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportHandoffChecksRequest"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Handoff"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["HandoffStale"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    transferHandoff: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferHandoffRequest"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Handoff"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["HandoffStale"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["HandoffUnprocessable"];
            503: components["responses"]["Busy"];
        };
    };
    acknowledgeHandoff: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandoffVersionRequest"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Handoff"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["HandoffStale"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    requestHandoffClarification: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandoffClarificationRequest"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Handoff"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["HandoffStale"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    answerHandoffClarification: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandoffAnswerRequest"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Handoff"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["HandoffStale"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    completeHandoff: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandoffVersionRequest"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Handoff"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["HandoffStale"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            503: components["responses"]["Busy"];
        };
    };
    getHandoffEvents: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: components["parameters"]["Cursor"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                id: components["parameters"]["HandoffIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getEvents: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: components["parameters"]["Cursor"];
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
}
