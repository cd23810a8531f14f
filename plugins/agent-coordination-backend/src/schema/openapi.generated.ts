/*
 * Generated from plugins/agent-coordination-backend/src/schema/openapi.yaml by scripts/generate-openapi.mjs.
 * Do not edit: change the document and run `node scripts/generate-openapi.mjs`.
 */
/* eslint-disable */

/** The OpenAPI document, as the server validates requests against it. */
export const spec = {
  "openapi": "3.0.3",
  "info": {
    "title": "agent-coordination",
    "version": "1",
    "description": "Agent Coordination for Backstage, served under /api/agent-coordination. Every route needs Backstage credentials (a user token from the app, a service token, or a static external-access token) except /health. This document is the one source of the wire shapes: the server's request validation, its handler types and the TypeScript types of the frontend and node clients are generated from it (scripts/generate-openapi.mjs). Error bodies are Backstage's: `error.name`, `error.message` (meant to be shown to people) and, for a refusal by the framework's rules, `error.code` (machine-readable, e.g. no_such_transition).",
    "license": {
      "name": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "components": {
    "securitySchemes": {
      "BackstageToken": {
        "type": "http",
        "scheme": "bearer"
      }
    },
    "schemas": {
      "Error": {
        "type": "object",
        "required": [
          "error",
          "response"
        ],
        "properties": {
          "error": {
            "type": "object",
            "required": [
              "name",
              "message"
            ],
            "properties": {
              "name": {
                "type": "string",
                "example": "ConflictError"
              },
              "message": {
                "type": "string",
                "description": "What went wrong, in words a person can act on"
              },
              "missing": {
                "type": "array",
                "description": "For handoff_checklist_incomplete: the mandatory checks that fail",
                "items": {
                  "type": "string"
                }
              },
              "code": {
                "type": "string",
                "description": "The rule that refused the request, when the framework's rules did (e.g. no_such_transition, actor_not_permitted, needs_assignee, still_blocked, terminal_state, duplicate_dependency, dependency_cycle, read_only_caller)"
              }
            }
          },
          "request": {
            "type": "object",
            "properties": {
              "method": {
                "type": "string"
              },
              "url": {
                "type": "string"
              }
            }
          },
          "response": {
            "type": "object",
            "required": [
              "statusCode"
            ],
            "properties": {
              "statusCode": {
                "type": "integer"
              }
            }
          }
        }
      },
      "Health": {
        "type": "object",
        "required": [
          "status",
          "framework"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "ok"
            ]
          },
          "framework": {
            "type": "object",
            "required": [
              "name",
              "version",
              "agents"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "version": {
                "type": "string"
              },
              "agents": {
                "type": "integer"
              }
            }
          }
        }
      },
      "Whoami": {
        "type": "object",
        "required": [
          "principal",
          "agent",
          "groups"
        ],
        "properties": {
          "principal": {
            "type": "string",
            "description": "The user entity ref or service subject the caller is known by"
          },
          "agent": {
            "type": "object",
            "nullable": true,
            "description": "The framework agent the caller acts as (agentCoordination.actors); null means read only",
            "required": [
              "key",
              "id",
              "role",
              "tier",
              "authority"
            ],
            "properties": {
              "key": {
                "type": "string"
              },
              "id": {
                "type": "string"
              },
              "role": {
                "type": "string"
              },
              "tier": {
                "type": "integer"
              },
              "authority": {
                "type": "string"
              }
            }
          },
          "groups": {
            "type": "array",
            "description": "A signed-in user's catalog groups (a group can hold a conflict level's authority)",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "CoordinationFramework": {
        "type": "object",
        "description": "The loaded framework file (see examples/framework.yaml for every section) with agents resolved: defaults applied and group references (all_agents, all_development_agents) expanded.",
        "required": [
          "apiVersion",
          "kind",
          "metadata",
          "tiers",
          "agents",
          "lifecycle"
        ],
        "additionalProperties": true,
        "properties": {
          "apiVersion": {
            "type": "string"
          },
          "kind": {
            "type": "string"
          },
          "metadata": {
            "type": "object",
            "additionalProperties": true
          },
          "tiers": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "agents": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "lifecycle": {
            "type": "object",
            "additionalProperties": true
          }
        }
      },
      "DependencyPair": {
        "type": "object",
        "required": [
          "agent",
          "dependsOn"
        ],
        "properties": {
          "agent": {
            "type": "string"
          },
          "dependsOn": {
            "type": "string"
          }
        }
      },
      "CriticalPath": {
        "type": "object",
        "required": [
          "path",
          "length"
        ],
        "properties": {
          "path": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "length": {
            "type": "number"
          }
        }
      },
      "GraphAnalysis": {
        "type": "object",
        "description": "Over the blocking edges only; every agent weighs 1 on the critical path",
        "required": [
          "cycles",
          "order",
          "cyclic",
          "criticalPath",
          "unknownNodes"
        ],
        "properties": {
          "cycles": {
            "type": "array",
            "items": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          "order": {
            "type": "array",
            "description": "Dependencies first",
            "items": {
              "type": "string"
            }
          },
          "cyclic": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "criticalPath": {
            "$ref": "#/components/schemas/CriticalPath"
          },
          "unknownNodes": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "OwnershipOverlap": {
        "type": "object",
        "description": "Two agents whose globs overlap; `nested` when one lies strictly inside the other (the inner one's agent is then the primary owner)",
        "required": [
          "a",
          "globA",
          "b",
          "globB",
          "nested"
        ],
        "properties": {
          "a": {
            "type": "string",
            "description": "Framework agent key"
          },
          "globA": {
            "type": "string"
          },
          "b": {
            "type": "string",
            "description": "Framework agent key"
          },
          "globB": {
            "type": "string"
          },
          "nested": {
            "type": "boolean"
          },
          "example": {
            "type": "string",
            "description": "A shortest path both globs match (framework analysis only)"
          }
        }
      },
      "FrameworkAnalysis": {
        "type": "object",
        "required": [
          "registry",
          "diagram",
          "ownership"
        ],
        "properties": {
          "registry": {
            "type": "object",
            "required": [
              "order",
              "cycles",
              "criticalPath"
            ],
            "properties": {
              "order": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "cycles": {
                "type": "array",
                "items": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              },
              "criticalPath": {
                "$ref": "#/components/schemas/CriticalPath"
              }
            }
          },
          "diagram": {
            "type": "object",
            "required": [
              "onlyInRegistry",
              "onlyInDiagram",
              "reversed",
              "mergedCycles"
            ],
            "properties": {
              "onlyInRegistry": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/DependencyPair"
                }
              },
              "onlyInDiagram": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/DependencyPair"
                }
              },
              "reversed": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "registry",
                    "diagram"
                  ],
                  "properties": {
                    "registry": {
                      "$ref": "#/components/schemas/DependencyPair"
                    },
                    "diagram": {
                      "$ref": "#/components/schemas/DependencyPair"
                    }
                  }
                }
              },
              "mergedCycles": {
                "type": "array",
                "items": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "ownership": {
            "type": "object",
            "required": [
              "overlaps"
            ],
            "properties": {
              "overlaps": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/OwnershipOverlap"
                }
              }
            }
          }
        }
      },
      "AgentLink": {
        "type": "object",
        "required": [
          "agent",
          "blocking"
        ],
        "properties": {
          "agent": {
            "type": "string",
            "description": "Full entity ref",
            "example": "agent:default/infrastructure-architect"
          },
          "blocking": {
            "type": "boolean"
          }
        }
      },
      "AgentSummary": {
        "type": "object",
        "description": "An Agent entity from the catalog with what the backend derives from all agents",
        "required": [
          "entityRef",
          "entity",
          "dependencies",
          "dependents",
          "dependenciesCount",
          "dependentsCount",
          "openTasks"
        ],
        "properties": {
          "entityRef": {
            "type": "string",
            "example": "agent:default/network-engineer"
          },
          "entity": {
            "type": "object",
            "additionalProperties": true,
            "description": "The catalog entity (kind Agent, apiVersion agent-coordination.io/v1alpha1)"
          },
          "tierName": {
            "type": "string",
            "description": "The framework's name for spec.tier",
            "example": "Infrastructure Layer"
          },
          "dependencies": {
            "type": "array",
            "description": "Blocking first",
            "items": {
              "$ref": "#/components/schemas/AgentLink"
            }
          },
          "dependents": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AgentLink"
            }
          },
          "dependenciesCount": {
            "type": "integer"
          },
          "dependentsCount": {
            "type": "integer"
          },
          "openTasks": {
            "type": "integer",
            "minimum": 0,
            "description": "Tasks assigned to the agent (the framework agent whose id is spec.agentId) that are not in a terminal lifecycle state, counting only the tasks the caller may read, as GET /tasks filters them; 0 for a caller the permission policy refuses reading tasks"
          }
        }
      },
      "AgentList": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AgentSummary"
            }
          }
        }
      },
      "AgentGraphNode": {
        "type": "object",
        "required": [
          "id",
          "name",
          "title",
          "agentId",
          "tier",
          "authority"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Full entity ref: what edges and the analysis refer to"
          },
          "name": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "agentId": {
            "type": "string"
          },
          "tier": {
            "type": "integer"
          },
          "tierName": {
            "type": "string"
          },
          "authority": {
            "type": "string"
          }
        }
      },
      "AgentGraphEdge": {
        "type": "object",
        "description": "`from` depends on `to`",
        "required": [
          "from",
          "to",
          "blocking"
        ],
        "properties": {
          "from": {
            "type": "string"
          },
          "to": {
            "type": "string"
          },
          "blocking": {
            "type": "boolean"
          }
        }
      },
      "AgentGraph": {
        "type": "object",
        "required": [
          "nodes",
          "edges",
          "analysis"
        ],
        "properties": {
          "nodes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AgentGraphNode"
            }
          },
          "edges": {
            "type": "array",
            "description": "Both kinds; edges to agents the caller cannot see are left out",
            "items": {
              "$ref": "#/components/schemas/AgentGraphEdge"
            }
          },
          "analysis": {
            "$ref": "#/components/schemas/GraphAnalysis"
          }
        }
      },
      "OwnershipMatch": {
        "type": "object",
        "required": [
          "agent",
          "agentId",
          "title",
          "glob",
          "specificity",
          "primary"
        ],
        "properties": {
          "agent": {
            "type": "string",
            "description": "Framework agent key",
            "example": "network_engineer"
          },
          "agentId": {
            "type": "string",
            "example": "agent-004"
          },
          "title": {
            "type": "string",
            "description": "The agent's display name: its catalog entity's title, or its key in words",
            "example": "Network Engineer"
          },
          "role": {
            "type": "string",
            "example": "Network Architecture"
          },
          "entityRef": {
            "type": "string",
            "nullable": true,
            "description": "The Agent entity in the catalog for this agent, if the caller can see one",
            "example": "agent:default/network-engineer"
          },
          "glob": {
            "type": "string",
            "example": "components/terraform/vpc/*"
          },
          "specificity": {
            "type": "integer",
            "description": "Literal characters of the glob"
          },
          "primary": {
            "type": "boolean",
            "description": "No other matching glob lies strictly inside this one"
          }
        }
      },
      "OwnershipLookup": {
        "type": "object",
        "description": "Who owns a path, from the framework file's agents (the authoritative ownership data; Agent entities mirror it for the catalog)",
        "required": [
          "path",
          "owners",
          "primary",
          "overlaps",
          "conflict"
        ],
        "properties": {
          "path": {
            "type": "string",
            "example": "components/terraform/vpc/main.tf"
          },
          "owners": {
            "type": "array",
            "description": "Every agent glob matching the path, most specific first",
            "items": {
              "$ref": "#/components/schemas/OwnershipMatch"
            }
          },
          "primary": {
            "type": "array",
            "description": "Framework agent keys of the primary owners; several when in conflict",
            "items": {
              "type": "string"
            }
          },
          "overlaps": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OwnershipOverlap"
            }
          },
          "conflict": {
            "type": "boolean",
            "description": "More than one agent is primary"
          }
        }
      },
      "TaskId": {
        "type": "string",
        "description": "Task id (a UUID)",
        "minLength": 1,
        "maxLength": 64
      },
      "Priority": {
        "type": "string",
        "enum": [
          "P0",
          "P1",
          "P2",
          "P3"
        ]
      },
      "Label": {
        "type": "string",
        "pattern": "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,62}$"
      },
      "TaskDependency": {
        "type": "object",
        "required": [
          "taskId",
          "blocking",
          "source",
          "timeout",
          "deadlineAt",
          "createdAt"
        ],
        "properties": {
          "taskId": {
            "$ref": "#/components/schemas/TaskId"
          },
          "blocking": {
            "type": "boolean"
          },
          "source": {
            "type": "string",
            "enum": [
              "rule",
              "explicit"
            ],
            "description": "Whether the framework's §5.2 rules or the caller decided `blocking`"
          },
          "timeout": {
            "type": "string",
            "example": "24h",
            "description": "A blocking dependency unfinished past it raises an alert"
          },
          "deadlineAt": {
            "type": "string",
            "format": "date-time"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "TaskSnapshot": {
        "type": "object",
        "description": "A task as stored, and as the event log records it",
        "required": [
          "id",
          "title",
          "description",
          "kind",
          "component",
          "assignee",
          "priority",
          "estimate",
          "dueDate",
          "labels",
          "state",
          "version",
          "dependencies",
          "createdBy",
          "createdAt",
          "updatedAt",
          "stateEnteredAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/TaskId"
          },
          "title": {
            "type": "string",
            "maxLength": 200
          },
          "description": {
            "type": "string",
            "nullable": true,
            "maxLength": 10000
          },
          "kind": {
            "type": "string",
            "description": "A framework work kind id (§5.2)",
            "example": "api_development"
          },
          "component": {
            "type": "string",
            "nullable": true,
            "description": "Catalog entity ref, normalised, e.g. component:default/vpc"
          },
          "assignee": {
            "type": "string",
            "nullable": true,
            "description": "Framework agent key",
            "example": "network_engineer"
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "estimate": {
            "type": "number",
            "nullable": true,
            "description": "Estimated effort in hours"
          },
          "dueDate": {
            "type": "string",
            "format": "date",
            "nullable": true
          },
          "labels": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "state": {
            "type": "string",
            "description": "A framework lifecycle state"
          },
          "version": {
            "type": "integer",
            "description": "Increases with every change; send it back to change the task"
          },
          "dependencies": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TaskDependency"
            }
          },
          "createdBy": {
            "type": "string",
            "description": "The principal that created the task"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "stateEnteredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the task entered its current state"
          }
        }
      },
      "Task": {
        "description": "A task as served, with what is derived from its dependencies' states",
        "allOf": [
          {
            "$ref": "#/components/schemas/TaskSnapshot"
          },
          {
            "type": "object",
            "required": [
              "blockedBy",
              "heldBy"
            ],
            "properties": {
              "blockedBy": {
                "type": "array",
                "description": "Blocking dependencies not in the done state yet",
                "items": {
                  "$ref": "#/components/schemas/TaskId"
                }
              },
              "heldBy": {
                "type": "array",
                "description": "What else keeps the task blocked until it is settled: open conflicts that block it (and, later, unacknowledged handoffs)",
                "items": {
                  "type": "object",
                  "required": [
                    "type",
                    "id"
                  ],
                  "properties": {
                    "type": {
                      "type": "string",
                      "example": "conflict"
                    },
                    "id": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          }
        ]
      },
      "TaskWarning": {
        "type": "object",
        "description": "A non-blocking dependency that is not finished; work may go on, with care",
        "required": [
          "taskId",
          "message"
        ],
        "properties": {
          "taskId": {
            "$ref": "#/components/schemas/TaskId"
          },
          "message": {
            "type": "string"
          }
        }
      },
      "TaskChange": {
        "type": "object",
        "required": [
          "task",
          "warnings"
        ],
        "properties": {
          "task": {
            "$ref": "#/components/schemas/Task"
          },
          "warnings": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TaskWarning"
            }
          }
        }
      },
      "TaskPage": {
        "type": "object",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Task"
            }
          },
          "nextCursor": {
            "type": "string",
            "nullable": true
          }
        }
      },
      "CreateTaskRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "kind"
        ],
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "description": {
            "type": "string",
            "nullable": true,
            "maxLength": 10000
          },
          "kind": {
            "type": "string",
            "description": "A framework work kind id"
          },
          "component": {
            "type": "string",
            "nullable": true,
            "maxLength": 255,
            "description": "Catalog entity ref; a bare name means a Component in the default namespace"
          },
          "assignee": {
            "type": "string",
            "nullable": true,
            "description": "Framework agent key"
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "estimate": {
            "type": "number",
            "nullable": true,
            "minimum": 0,
            "maximum": 100000
          },
          "dueDate": {
            "type": "string",
            "format": "date",
            "nullable": true,
            "description": "A calendar date, YYYY-MM-DD"
          },
          "labels": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "$ref": "#/components/schemas/Label"
            }
          },
          "dependencies": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "taskId"
              ],
              "properties": {
                "taskId": {
                  "$ref": "#/components/schemas/TaskId"
                },
                "blocking": {
                  "type": "boolean"
                }
              }
            }
          }
        }
      },
      "UpdateTaskRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "description": {
            "type": "string",
            "nullable": true,
            "maxLength": 10000
          },
          "kind": {
            "type": "string"
          },
          "component": {
            "type": "string",
            "nullable": true,
            "maxLength": 255
          },
          "assignee": {
            "type": "string",
            "nullable": true
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "estimate": {
            "type": "number",
            "nullable": true,
            "minimum": 0,
            "maximum": 100000
          },
          "dueDate": {
            "type": "string",
            "format": "date",
            "nullable": true
          },
          "labels": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "$ref": "#/components/schemas/Label"
            }
          }
        }
      },
      "TransitionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "to",
          "version"
        ],
        "properties": {
          "to": {
            "type": "string",
            "description": "A framework lifecycle state"
          },
          "version": {
            "type": "integer",
            "minimum": 1
          },
          "reason": {
            "type": "string",
            "maxLength": 2000
          }
        }
      },
      "AddDependencyRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "taskId",
          "version"
        ],
        "properties": {
          "taskId": {
            "$ref": "#/components/schemas/TaskId"
          },
          "blocking": {
            "type": "boolean",
            "description": "Overrides the framework's rule when given"
          },
          "version": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "ActorRole": {
        "type": "string",
        "enum": [
          "context_manager",
          "assignee",
          "creator",
          "reviewer",
          "any_agent",
          "system"
        ]
      },
      "AllowedTransition": {
        "type": "object",
        "required": [
          "to",
          "trigger"
        ],
        "properties": {
          "to": {
            "type": "string"
          },
          "trigger": {
            "type": "string",
            "description": "The framework's name for the move, e.g. Work complete"
          }
        }
      },
      "TaskActions": {
        "type": "object",
        "description": "What else the caller may do with the task now, by the framework's taskActions",
        "required": [
          "edit",
          "reassign",
          "addDependency",
          "removeDependency",
          "editableFields"
        ],
        "properties": {
          "edit": {
            "type": "boolean"
          },
          "reassign": {
            "type": "boolean"
          },
          "addDependency": {
            "type": "boolean"
          },
          "removeDependency": {
            "type": "boolean"
          },
          "editableFields": {
            "type": "array",
            "description": "The fields a PATCH by this caller may change now",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "AllowedTransitions": {
        "type": "object",
        "required": [
          "state",
          "version",
          "agent",
          "roles",
          "transitions",
          "actions"
        ],
        "properties": {
          "state": {
            "type": "string"
          },
          "version": {
            "type": "integer"
          },
          "agent": {
            "type": "string",
            "nullable": true,
            "description": "The framework agent the caller acts as, if any"
          },
          "roles": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ActorRole"
            }
          },
          "transitions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AllowedTransition"
            }
          },
          "actions": {
            "$ref": "#/components/schemas/TaskActions"
          }
        }
      },
      "EventSubject": {
        "type": "object",
        "required": [
          "type",
          "id"
        ],
        "properties": {
          "type": {
            "type": "string",
            "example": "task"
          },
          "id": {
            "type": "string"
          }
        }
      },
      "CoordinationEvent": {
        "type": "object",
        "description": "One row of the append-only event log",
        "required": [
          "id",
          "type",
          "actor",
          "actorAgent",
          "subject",
          "before",
          "after",
          "reason",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "type": {
            "type": "string",
            "example": "task.transitioned"
          },
          "actor": {
            "type": "string",
            "description": "Who did it: a user or service principal, or system:agent-coordination"
          },
          "actorAgent": {
            "type": "string",
            "nullable": true,
            "description": "The framework agent the actor acted as, if any"
          },
          "subject": {
            "$ref": "#/components/schemas/EventSubject"
          },
          "before": {
            "description": "The subject before the change (null for a creation or an alert)"
          },
          "after": {
            "description": "The subject after the change, or the alert"
          },
          "reason": {
            "type": "string",
            "nullable": true
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "EventPage": {
        "type": "object",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CoordinationEvent"
            }
          },
          "nextCursor": {
            "type": "string",
            "nullable": true
          }
        }
      },
      "StaleTask": {
        "description": "A stale version; the body carries the task as it is now",
        "allOf": [
          {
            "$ref": "#/components/schemas/Error"
          },
          {
            "type": "object",
            "required": [
              "task"
            ],
            "properties": {
              "task": {
                "$ref": "#/components/schemas/Task"
              }
            }
          }
        ]
      },
      "Level": {
        "type": "string",
        "enum": [
          "L1",
          "L2",
          "L3"
        ]
      },
      "ConflictId": {
        "type": "string",
        "description": "Conflict id (a UUID)",
        "minLength": 1,
        "maxLength": 64
      },
      "Authority": {
        "type": "object",
        "description": "Who decides at a level, from the framework's authorities",
        "required": [
          "id",
          "name",
          "kind",
          "agents",
          "groups"
        ],
        "properties": {
          "id": {
            "type": "string",
            "example": "context_manager"
          },
          "name": {
            "type": "string",
            "description": "The name the matrix or the conflict type gives it",
            "example": "Context Manager"
          },
          "kind": {
            "type": "string",
            "enum": [
              "holders",
              "consensus",
              "primary_owner"
            ],
            "description": "holders: the listed agents and group members decide; consensus: the parties decide by vote; primary_owner: the primary owner of the conflict's paths decides"
          },
          "agents": {
            "type": "array",
            "description": "Framework agent keys (for primary_owner, the conflict's primary owners)",
            "items": {
              "type": "string"
            }
          },
          "groups": {
            "type": "array",
            "description": "Catalog group refs whose members decide",
            "items": {
              "type": "string"
            }
          },
          "quorum": {
            "type": "integer",
            "description": "For consensus, how many parties must vote for the same decision"
          }
        }
      },
      "ConflictSubject": {
        "type": "object",
        "description": "What the conflict is about",
        "required": [
          "tasks",
          "components",
          "paths"
        ],
        "properties": {
          "tasks": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TaskId"
            }
          },
          "components": {
            "type": "array",
            "description": "Catalog entity refs, normalised",
            "items": {
              "type": "string"
            }
          },
          "paths": {
            "type": "array",
            "description": "Repository paths",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "ConflictVote": {
        "type": "object",
        "required": [
          "agent",
          "position",
          "rationale",
          "at"
        ],
        "properties": {
          "agent": {
            "type": "string",
            "description": "Framework agent key of the party"
          },
          "position": {
            "type": "string",
            "description": "The decision the party stands for"
          },
          "rationale": {
            "type": "string",
            "nullable": true
          },
          "at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ConflictSnapshot": {
        "type": "object",
        "description": "A conflict as stored, and as the event log records it",
        "required": [
          "id",
          "type",
          "category",
          "title",
          "description",
          "status",
          "level",
          "parties",
          "subject",
          "blocks",
          "primaryOwners",
          "votes",
          "resolution",
          "openedAt",
          "levelEnteredAt",
          "deadlineAt",
          "breachedAt",
          "changeSet",
          "version",
          "createdBy",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/ConflictId"
          },
          "type": {
            "type": "string",
            "description": "A framework conflict type id (§4.1)",
            "example": "technical"
          },
          "category": {
            "type": "string",
            "nullable": true,
            "description": "An escalation matrix row id (§4.2), when the conflict fits one",
            "example": "code_merge"
          },
          "title": {
            "type": "string",
            "maxLength": 200
          },
          "description": {
            "type": "string",
            "nullable": true,
            "maxLength": 10000
          },
          "status": {
            "type": "string",
            "enum": [
              "open",
              "resolved"
            ]
          },
          "level": {
            "$ref": "#/components/schemas/Level"
          },
          "parties": {
            "type": "array",
            "description": "Framework agent keys of the agents in conflict",
            "items": {
              "type": "string"
            }
          },
          "subject": {
            "$ref": "#/components/schemas/ConflictSubject"
          },
          "blocks": {
            "type": "array",
            "description": "Tasks held in the blocked state until the conflict is resolved",
            "items": {
              "$ref": "#/components/schemas/TaskId"
            }
          },
          "primaryOwners": {
            "type": "array",
            "description": "The primary owners of the subject's paths, by the framework's ownership",
            "items": {
              "type": "string"
            }
          },
          "votes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ConflictVote"
            }
          },
          "resolution": {
            "type": "object",
            "nullable": true,
            "description": "How the conflict was decided; null while it is open",
            "required": [
              "decision",
              "rationale",
              "by",
              "byAgent",
              "via",
              "at"
            ],
            "properties": {
              "decision": {
                "type": "string"
              },
              "rationale": {
                "type": "string"
              },
              "by": {
                "type": "string",
                "description": "The principal that decided, or the system for a consensus"
              },
              "byAgent": {
                "type": "string",
                "nullable": true
              },
              "via": {
                "type": "string",
                "enum": [
                  "authority",
                  "consensus"
                ]
              },
              "at": {
                "type": "string",
                "format": "date-time"
              }
            }
          },
          "openedAt": {
            "type": "string",
            "format": "date-time"
          },
          "levelEnteredAt": {
            "type": "string",
            "format": "date-time"
          },
          "deadlineAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the current level escalates; at L3, when the conflict is breached"
          },
          "breachedAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          },
          "changeSet": {
            "type": "string",
            "nullable": true,
            "description": "The change set that opened it (ownership conflicts)"
          },
          "version": {
            "type": "integer"
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Conflict": {
        "description": "A conflict as served, with who decides at its current level",
        "allOf": [
          {
            "$ref": "#/components/schemas/ConflictSnapshot"
          },
          {
            "type": "object",
            "required": [
              "authority",
              "typeName",
              "categoryName",
              "resolveBy"
            ],
            "properties": {
              "authority": {
                "$ref": "#/components/schemas/Authority"
              },
              "typeName": {
                "type": "string"
              },
              "categoryName": {
                "type": "string",
                "nullable": true
              },
              "resolveBy": {
                "type": "string",
                "format": "date-time",
                "description": "The latest the whole ladder may take (L3's deadline, from the opening)"
              }
            }
          }
        ]
      },
      "ConflictPage": {
        "type": "object",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Conflict"
            }
          },
          "nextCursor": {
            "type": "string",
            "nullable": true
          }
        }
      },
      "OpenConflictRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "title",
          "parties"
        ],
        "properties": {
          "type": {
            "type": "string",
            "description": "A framework conflict type id"
          },
          "category": {
            "type": "string",
            "nullable": true,
            "description": "An escalation matrix row id that follows this type"
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "description": {
            "type": "string",
            "nullable": true,
            "maxLength": 10000
          },
          "parties": {
            "type": "array",
            "minItems": 2,
            "maxItems": 14,
            "items": {
              "type": "string"
            }
          },
          "subject": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "tasks": {
                "type": "array",
                "maxItems": 50,
                "items": {
                  "$ref": "#/components/schemas/TaskId"
                }
              },
              "components": {
                "type": "array",
                "maxItems": 50,
                "items": {
                  "type": "string",
                  "maxLength": 255
                }
              },
              "paths": {
                "type": "array",
                "maxItems": 200,
                "items": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 1024
                }
              }
            }
          },
          "blocks": {
            "type": "array",
            "maxItems": 50,
            "description": "Tasks to hold blocked until the conflict is resolved",
            "items": {
              "$ref": "#/components/schemas/TaskId"
            }
          }
        }
      },
      "VoteRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "position",
          "version"
        ],
        "properties": {
          "position": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500
          },
          "rationale": {
            "type": "string",
            "maxLength": 5000
          },
          "version": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "ResolveConflictRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "decision",
          "rationale",
          "version"
        ],
        "properties": {
          "decision": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500
          },
          "rationale": {
            "type": "string",
            "minLength": 1,
            "maxLength": 5000
          },
          "version": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "EscalateConflictRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "reason",
          "version"
        ],
        "properties": {
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000
          },
          "version": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "ConflictActions": {
        "type": "object",
        "description": "What the caller may do with the conflict now",
        "required": [
          "agent",
          "roles",
          "vote",
          "resolve",
          "escalate"
        ],
        "properties": {
          "agent": {
            "type": "string",
            "nullable": true
          },
          "roles": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "party",
                "authority",
                "context_manager",
                "any_agent"
              ]
            }
          },
          "vote": {
            "type": "boolean"
          },
          "resolve": {
            "type": "boolean"
          },
          "escalate": {
            "type": "boolean"
          }
        }
      },
      "ChangeSetRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "agent",
          "paths"
        ],
        "properties": {
          "agent": {
            "type": "string",
            "description": "Framework agent key of the agent making the change"
          },
          "paths": {
            "type": "array",
            "minItems": 1,
            "maxItems": 500,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1024
            }
          },
          "ref": {
            "type": "string",
            "maxLength": 500,
            "description": "Where the change lives, e.g. a pull request URL"
          },
          "title": {
            "type": "string",
            "maxLength": 200
          }
        }
      },
      "ChangeSetPath": {
        "type": "object",
        "required": [
          "path",
          "owners",
          "primary",
          "conflict",
          "foreign"
        ],
        "properties": {
          "path": {
            "type": "string"
          },
          "owners": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OwnershipMatch"
            }
          },
          "primary": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "conflict": {
            "type": "boolean",
            "description": "Several agents own the path equally"
          },
          "foreign": {
            "type": "boolean",
            "description": "The path's primary owner is another agent than the one making the change"
          }
        }
      },
      "ChangeSetAnswer": {
        "type": "object",
        "required": [
          "id",
          "agent",
          "paths",
          "conflicts",
          "opened"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The change set's identity (agent and paths); the same change set sent again is the same id"
          },
          "agent": {
            "type": "string"
          },
          "paths": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChangeSetPath"
            }
          },
          "conflicts": {
            "type": "array",
            "description": "The ownership conflicts about this change set, opened now or before",
            "items": {
              "$ref": "#/components/schemas/Conflict"
            }
          },
          "opened": {
            "type": "integer",
            "description": "How many of them this request opened (0 when the change set was seen before)"
          }
        }
      },
      "MatrixLevel": {
        "type": "object",
        "required": [
          "level",
          "authority"
        ],
        "properties": {
          "level": {
            "$ref": "#/components/schemas/Level"
          },
          "authority": {
            "$ref": "#/components/schemas/Authority"
          }
        }
      },
      "EscalationMatrix": {
        "type": "object",
        "required": [
          "rows",
          "types"
        ],
        "properties": {
          "rows": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "name",
                "conflictType",
                "levels",
                "sla"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "name": {
                  "type": "string"
                },
                "conflictType": {
                  "type": "string"
                },
                "levels": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/MatrixLevel"
                  }
                },
                "sla": {
                  "type": "string",
                  "example": "4h"
                }
              }
            }
          },
          "types": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "name",
                "detection",
                "levels",
                "levelTime"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "name": {
                  "type": "string"
                },
                "detection": {
                  "type": "string"
                },
                "levels": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/MatrixLevel"
                  }
                },
                "levelTime": {
                  "type": "string",
                  "description": "How long each level has, as written (immediate: see conflictPolicy)"
                }
              }
            }
          }
        }
      },
      "StaleConflict": {
        "description": "A stale version; the body carries the conflict as it is now",
        "allOf": [
          {
            "$ref": "#/components/schemas/Error"
          },
          {
            "type": "object",
            "required": [
              "conflict"
            ],
            "properties": {
              "conflict": {
                "$ref": "#/components/schemas/Conflict"
              }
            }
          }
        ]
      },
      "MessageId": {
        "type": "string",
        "description": "Message id (a UUID)",
        "minLength": 1,
        "maxLength": 64
      },
      "ThreadId": {
        "type": "string",
        "description": "A thread: the id of the message that started it, or a name the first sender chose (letters, digits, . _ : -)",
        "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
      },
      "MessageArtifact": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "path",
          "type"
        ],
        "properties": {
          "path": {
            "type": "string",
            "minLength": 1,
            "maxLength": 1024,
            "description": "A repository path, relative (normalised as ownership paths are)"
          },
          "type": {
            "type": "string",
            "maxLength": 64,
            "description": "One of the framework's messageSchema.artifactTypes (code, config, document in the seed)"
          }
        }
      },
      "MessageDependency": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "agent",
          "artifact",
          "status"
        ],
        "properties": {
          "agent": {
            "type": "string",
            "maxLength": 64,
            "description": "The framework agent key the sender depends on"
          },
          "artifact": {
            "type": "string",
            "minLength": 1,
            "maxLength": 1024
          },
          "status": {
            "type": "string",
            "maxLength": 64,
            "description": "One of the framework's messageSchema.dependencyStatuses (required, optional in the seed)"
          }
        }
      },
      "MessageSnapshot": {
        "type": "object",
        "description": "A message (framework §3.2) as stored, and as the event log records it: the header (from, to, priority, type, sentAt), the body (subject, content, artifacts, dependencies) and the metadata (correlationId, threadId, tags). A message to ALL is stored once.",
        "required": [
          "id",
          "from",
          "to",
          "priority",
          "type",
          "subject",
          "content",
          "artifacts",
          "dependencies",
          "correlationId",
          "threadId",
          "tags",
          "sentAt",
          "responseDueAt",
          "answeredAt",
          "answeredBy",
          "overdueAt",
          "version",
          "createdBy"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/MessageId"
          },
          "from": {
            "type": "string",
            "description": "The sending framework agent"
          },
          "to": {
            "type": "string",
            "description": "A framework agent key, or the broadcast recipient (ALL) for every agent but the sender"
          },
          "priority": {
            "type": "string",
            "description": "One of messageSchema.priorities, most urgent first (P0-P3 in the seed)"
          },
          "type": {
            "type": "string",
            "description": "One of messageSchema.types (REQUEST, RESPONSE, UPDATE, ALERT in the seed)"
          },
          "subject": {
            "type": "string",
            "maxLength": 200
          },
          "content": {
            "type": "string",
            "description": "Markdown"
          },
          "artifacts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MessageArtifact"
            }
          },
          "dependencies": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MessageDependency"
            }
          },
          "correlationId": {
            "type": "string",
            "nullable": true,
            "description": "For a REQUEST its own id; a RESPONSE carries the id of the REQUEST it answers; another message may name any message it relates to"
          },
          "threadId": {
            "$ref": "#/components/schemas/ThreadId"
          },
          "tags": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Label"
            }
          },
          "sentAt": {
            "type": "string",
            "format": "date-time"
          },
          "responseDueAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true,
            "description": "For a REQUEST, when it is overdue without a RESPONSE (sentAt + messageSchema.responseSla)"
          },
          "answeredAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true,
            "description": "When the first RESPONSE to this REQUEST was sent"
          },
          "answeredBy": {
            "type": "string",
            "nullable": true,
            "description": "The id of the first RESPONSE to this REQUEST"
          },
          "overdueAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true,
            "description": "When this REQUEST was flagged overdue (and its sender notified); once"
          },
          "version": {
            "type": "integer"
          },
          "createdBy": {
            "type": "string",
            "description": "The principal that sent it"
          }
        }
      },
      "Message": {
        "description": "A message as served, with its read state for the reader",
        "allOf": [
          {
            "$ref": "#/components/schemas/MessageSnapshot"
          },
          {
            "type": "object",
            "required": [
              "readAt",
              "overdue"
            ],
            "properties": {
              "readAt": {
                "type": "string",
                "format": "date-time",
                "nullable": true,
                "description": "When the reader read it: the inbox's agent for an inbox or a `to` filter, else the caller's agent; null when unread or when the reader is not a recipient"
              },
              "overdue": {
                "type": "boolean",
                "description": "A REQUEST without a RESPONSE, flagged overdue or past its responseDueAt"
              }
            }
          }
        ]
      },
      "MessagePage": {
        "type": "object",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Message"
            }
          },
          "nextCursor": {
            "type": "string",
            "nullable": true
          }
        }
      },
      "Inbox": {
        "type": "object",
        "description": "An agent's inbox: the messages to it and to ALL (but its own broadcasts), newest first, with its unread counts",
        "required": [
          "agent",
          "total",
          "unread",
          "unreadByPriority",
          "items",
          "nextCursor"
        ],
        "properties": {
          "agent": {
            "type": "string"
          },
          "total": {
            "type": "integer",
            "description": "Messages in the inbox (that the caller may read), whatever the filters"
          },
          "unread": {
            "type": "integer",
            "description": "Of them, those the agent has not marked read"
          },
          "unreadByPriority": {
            "type": "object",
            "description": "Unread messages by priority, every framework priority present",
            "additionalProperties": {
              "type": "integer"
            }
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Message"
            }
          },
          "nextCursor": {
            "type": "string",
            "nullable": true
          }
        }
      },
      "SendMessageRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "to",
          "priority",
          "type",
          "subject"
        ],
        "properties": {
          "from": {
            "type": "string",
            "maxLength": 64,
            "description": "The sending agent; the caller's own agent (the default), never another"
          },
          "to": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "A framework agent key, or ALL"
          },
          "priority": {
            "type": "string",
            "maxLength": 16,
            "description": "One of messageSchema.priorities"
          },
          "type": {
            "type": "string",
            "maxLength": 32,
            "description": "One of messageSchema.types"
          },
          "subject": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "content": {
            "type": "string",
            "maxLength": 20000,
            "description": "Markdown"
          },
          "artifacts": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/MessageArtifact"
            }
          },
          "dependencies": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/MessageDependency"
            }
          },
          "correlationId": {
            "description": "Required for a RESPONSE: the id of the REQUEST it answers (an id naming no REQUEST is a 400); optional on an UPDATE or ALERT (an existing message); not sent with a REQUEST, whose correlation id is its own id",
            "allOf": [
              {
                "$ref": "#/components/schemas/MessageId"
              }
            ]
          },
          "threadId": {
            "description": "The thread to post in; by default a RESPONSE joins its REQUEST's thread and any other message starts a thread named by its own id",
            "allOf": [
              {
                "$ref": "#/components/schemas/ThreadId"
              }
            ]
          },
          "tags": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "$ref": "#/components/schemas/Label"
            }
          }
        }
      },
      "HandoffId": {
        "type": "string",
        "description": "Handoff id (a UUID)",
        "minLength": 1,
        "maxLength": 64
      },
      "HandoffStage": {
        "type": "string",
        "description": "The last of the framework's handoff stages (§3.3) the handoff has passed: initiation (opened), validation (automated checks reported), transfer (checklist passed, handed to the receiver), acknowledgment (the receiver accepted), completion (archived and logged)",
        "enum": [
          "initiation",
          "validation",
          "transfer",
          "acknowledgment",
          "completion"
        ]
      },
      "HandoffStatus": {
        "type": "string",
        "description": "draft (the sender's, before the transfer), awaiting_acknowledgment, clarification_requested (the receiver asked; the sender answers), acknowledged, completed",
        "enum": [
          "draft",
          "awaiting_acknowledgment",
          "clarification_requested",
          "acknowledged",
          "completed"
        ]
      },
      "HandoffArtifact": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "path",
          "type",
          "status"
        ],
        "properties": {
          "path": {
            "type": "string",
            "minLength": 1,
            "maxLength": 512
          },
          "type": {
            "type": "string",
            "enum": [
              "code",
              "config",
              "doc"
            ]
          },
          "status": {
            "type": "string",
            "enum": [
              "final",
              "draft"
            ]
          }
        }
      },
      "HandoffContent": {
        "type": "object",
        "description": "Appendix B's template: what is handed over",
        "required": [
          "completedWork",
          "artifacts",
          "successCriteria"
        ],
        "properties": {
          "completedWork": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000
            }
          },
          "artifacts": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/HandoffArtifact"
            }
          },
          "knownIssues": {
            "type": "array",
            "nullable": true,
            "description": "Present (an empty list is an explicit \"none\") to pass \"Known issues listed\"; null when not given",
            "maxItems": 100,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000
            }
          },
          "dependencies": {
            "type": "array",
            "nullable": true,
            "description": "Present (an empty list is an explicit \"none\") to pass \"Dependencies documented\"; null when not given",
            "maxItems": 100,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000
            }
          },
          "successCriteria": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000
            }
          },
          "notes": {
            "type": "string",
            "nullable": true,
            "maxLength": 20000
          }
        }
      },
      "HandoffCheck": {
        "type": "object",
        "required": [
          "check",
          "passed",
          "by"
        ],
        "properties": {
          "check": {
            "type": "string"
          },
          "passed": {
            "type": "boolean"
          },
          "by": {
            "type": "string",
            "description": "What decides it (handoff.checkDerivations); `attested` is the sender's word",
            "enum": [
              "attested",
              "artifacts",
              "dependencies",
              "knownIssues",
              "successCriteria"
            ]
          }
        }
      },
      "HandoffAutomatedCheck": {
        "type": "object",
        "required": [
          "check",
          "result",
          "details",
          "reportedAt",
          "reportedBy"
        ],
        "properties": {
          "check": {
            "type": "string"
          },
          "result": {
            "type": "string",
            "enum": [
              "passed",
              "failed",
              "skipped"
            ]
          },
          "details": {
            "type": "string",
            "nullable": true
          },
          "reportedAt": {
            "type": "string",
            "format": "date-time"
          },
          "reportedBy": {
            "type": "string"
          }
        }
      },
      "HandoffClarification": {
        "type": "object",
        "required": [
          "question",
          "askedBy",
          "askedAt",
          "answer",
          "answeredBy",
          "answeredAt"
        ],
        "properties": {
          "question": {
            "type": "string"
          },
          "askedBy": {
            "type": "string",
            "description": "Principal"
          },
          "askedAt": {
            "type": "string",
            "format": "date-time"
          },
          "answer": {
            "type": "string",
            "nullable": true
          },
          "answeredBy": {
            "type": "string",
            "nullable": true
          },
          "answeredAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          }
        }
      },
      "HandoffSnapshot": {
        "type": "object",
        "description": "A handoff as stored and as its events carry it",
        "required": [
          "id",
          "title",
          "from",
          "to",
          "task",
          "component",
          "blocks",
          "stage",
          "status",
          "content",
          "attested",
          "automatedChecks",
          "clarifications",
          "transferredAt",
          "acknowledgmentDueAt",
          "acknowledgedAt",
          "completedAt",
          "escalatedAt",
          "escalationConflict",
          "version",
          "createdBy",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/HandoffId"
          },
          "title": {
            "type": "string",
            "description": "The component or feature handed over"
          },
          "from": {
            "type": "string",
            "description": "Framework agent key of the sender"
          },
          "to": {
            "type": "string",
            "description": "Framework agent key of the receiver"
          },
          "task": {
            "type": "string",
            "nullable": true,
            "description": "The task the handoff is about"
          },
          "component": {
            "type": "string",
            "nullable": true,
            "description": "The catalog entity the handoff is about"
          },
          "blocks": {
            "type": "array",
            "description": "Tasks held BLOCKED until the handoff is acknowledged",
            "items": {
              "$ref": "#/components/schemas/TaskId"
            }
          },
          "stage": {
            "$ref": "#/components/schemas/HandoffStage"
          },
          "status": {
            "$ref": "#/components/schemas/HandoffStatus"
          },
          "content": {
            "$ref": "#/components/schemas/HandoffContent"
          },
          "attested": {
            "type": "array",
            "description": "The mandatory checks the sender attests",
            "items": {
              "type": "string"
            }
          },
          "automatedChecks": {
            "type": "array",
            "description": "The automated checks reported so far, the latest result of each",
            "items": {
              "$ref": "#/components/schemas/HandoffAutomatedCheck"
            }
          },
          "clarifications": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HandoffClarification"
            }
          },
          "transferredAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          },
          "acknowledgmentDueAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true,
            "description": "The transfer plus handoff.acknowledgmentSla"
          },
          "acknowledgedAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          },
          "completedAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          },
          "escalatedAt": {
            "type": "string",
            "format": "date-time",
            "nullable": true,
            "description": "When the SLA sweep opened a conflict for it"
          },
          "escalationConflict": {
            "type": "string",
            "nullable": true,
            "description": "The conflict the SLA breach opened"
          },
          "version": {
            "type": "integer"
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Handoff": {
        "description": "A handoff as served, with its checklist and whether it is past its SLA",
        "allOf": [
          {
            "$ref": "#/components/schemas/HandoffSnapshot"
          },
          {
            "type": "object",
            "required": [
              "checklist",
              "missing",
              "overdue"
            ],
            "properties": {
              "checklist": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/HandoffCheck"
                }
              },
              "missing": {
                "type": "array",
                "description": "The mandatory checks that fail now",
                "items": {
                  "type": "string"
                }
              },
              "overdue": {
                "type": "boolean"
              }
            }
          }
        ]
      },
      "HandoffPage": {
        "type": "object",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Handoff"
            }
          },
          "nextCursor": {
            "type": "string",
            "nullable": true
          }
        }
      },
      "HandoffActions": {
        "type": "object",
        "description": "What the caller may do with the handoff now",
        "required": [
          "agent",
          "roles",
          "edit",
          "validate",
          "transfer",
          "acknowledge",
          "requestClarification",
          "answerClarification",
          "complete"
        ],
        "properties": {
          "agent": {
            "type": "string",
            "nullable": true
          },
          "roles": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "sender",
                "receiver",
                "context_manager"
              ]
            }
          },
          "edit": {
            "type": "boolean",
            "description": "May change the title, content and attested checks (the sender, before the transfer)"
          },
          "validate": {
            "type": "boolean"
          },
          "transfer": {
            "type": "boolean"
          },
          "acknowledge": {
            "type": "boolean"
          },
          "requestClarification": {
            "type": "boolean"
          },
          "answerClarification": {
            "type": "boolean"
          },
          "complete": {
            "type": "boolean"
          }
        }
      },
      "HandoffContentInput": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "completedWork": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000
            }
          },
          "artifacts": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/HandoffArtifact"
            }
          },
          "knownIssues": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000
            }
          },
          "dependencies": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000
            }
          },
          "successCriteria": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000
            }
          },
          "notes": {
            "type": "string",
            "maxLength": 20000
          }
        }
      },
      "OpenHandoffRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "to",
          "title"
        ],
        "properties": {
          "from": {
            "type": "string",
            "maxLength": 64,
            "description": "The sending agent; the caller's own agent (the default)"
          },
          "to": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "Framework agent key of the receiver"
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "task": {
            "$ref": "#/components/schemas/TaskId"
          },
          "component": {
            "type": "string",
            "maxLength": 255,
            "description": "A catalog entity ref"
          },
          "blocks": {
            "type": "array",
            "maxItems": 50,
            "description": "Tasks to hold BLOCKED until the handoff is acknowledged",
            "items": {
              "$ref": "#/components/schemas/TaskId"
            }
          },
          "content": {
            "$ref": "#/components/schemas/HandoffContentInput"
          },
          "attest": {
            "type": "array",
            "maxItems": 20,
            "description": "Mandatory checks the sender attests",
            "items": {
              "type": "string",
              "maxLength": 200
            }
          }
        }
      },
      "ReportHandoffChecksRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "results",
          "version"
        ],
        "properties": {
          "results": {
            "type": "array",
            "minItems": 1,
            "maxItems": 20,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "check",
                "result"
              ],
              "properties": {
                "check": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 200,
                  "description": "One of handoff.automatedChecks"
                },
                "result": {
                  "type": "string",
                  "enum": [
                    "passed",
                    "failed",
                    "skipped"
                  ]
                },
                "details": {
                  "type": "string",
                  "maxLength": 5000
                }
              }
            }
          },
          "version": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "TransferHandoffRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "properties": {
          "attest": {
            "type": "array",
            "maxItems": 20,
            "description": "Mandatory checks the sender attests now (added to those attested before)",
            "items": {
              "type": "string",
              "maxLength": 200
            }
          },
          "version": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "EditHandoffRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "description": "A draft's changes: each field given replaces the one stored (within content, each list given replaces that list); what is not given stays",
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "content": {
            "$ref": "#/components/schemas/HandoffContentInput"
          },
          "attest": {
            "type": "array",
            "maxItems": 20,
            "description": "The mandatory checks the sender attests (replaces those attested before)",
            "items": {
              "type": "string",
              "maxLength": 200
            }
          },
          "version": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "HandoffVersionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "properties": {
          "note": {
            "type": "string",
            "maxLength": 5000
          },
          "version": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "HandoffClarificationRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "question",
          "version"
        ],
        "properties": {
          "question": {
            "type": "string",
            "minLength": 1,
            "maxLength": 5000
          },
          "version": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "HandoffAnswerRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "answer",
          "version"
        ],
        "properties": {
          "answer": {
            "type": "string",
            "minLength": 1,
            "maxLength": 5000
          },
          "version": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "StaleHandoff": {
        "description": "A stale version; the body carries the handoff as it is now",
        "allOf": [
          {
            "$ref": "#/components/schemas/Error"
          },
          {
            "type": "object",
            "required": [
              "handoff"
            ],
            "properties": {
              "handoff": {
                "$ref": "#/components/schemas/Handoff"
              }
            }
          }
        ]
      }
    },
    "parameters": {
      "HandoffIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/HandoffId"
        }
      },
      "ConflictIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConflictId"
        }
      },
      "MessageIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/MessageId"
        }
      },
      "AgentKeyPath": {
        "name": "key",
        "in": "path",
        "required": true,
        "description": "A framework agent key",
        "schema": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9_]*$",
          "maxLength": 64
        }
      },
      "TaskIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/TaskId"
        }
      },
      "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "description": "A retry with the same key (same caller, same request) returns the first response and changes nothing; the same key with a different request is a 422.",
        "schema": {
          "type": "string",
          "pattern": "^[\\x21-\\x7e]{1,255}$"
        }
      },
      "Cursor": {
        "name": "cursor",
        "in": "query",
        "allowReserved": true,
        "description": "The nextCursor of the previous page",
        "schema": {
          "type": "string",
          "maxLength": 500
        }
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 200,
          "default": 50
        }
      }
    },
    "responses": {
      "Unauthorized": {
        "description": "No or invalid Backstage credentials",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "BadRequest": {
        "description": "Invalid input; the message names each offending field. Also malformed JSON and text containing NUL characters.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The permission policy refuses the caller this (the message names the permission), or the framework's rules do (the caller's agent may not do this; error.code names the rule)",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "NotFound": {
        "description": "No such task, conflict, message or agent (the one the path names)",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Conflict": {
        "description": "The framework's rules refuse this in the task's current state (the message names the state, the target and the rule, or the cycle; error.code names the rule)",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "StaleOrConflict": {
        "description": "A stale version (the body then carries the current task), or a refusal by the framework's rules in the task's current state (error.code names the rule)",
        "content": {
          "application/json": {
            "schema": {
              "anyOf": [
                {
                  "$ref": "#/components/schemas/StaleTask"
                },
                {
                  "$ref": "#/components/schemas/Error"
                }
              ]
            }
          }
        }
      },
      "HandoffStale": {
        "description": "A stale version (the body then carries the current handoff), or a refusal by the framework's rules in the handoff's current stage (error.code names the rule)",
        "content": {
          "application/json": {
            "schema": {
              "anyOf": [
                {
                  "$ref": "#/components/schemas/StaleHandoff"
                },
                {
                  "$ref": "#/components/schemas/Error"
                }
              ]
            }
          }
        }
      },
      "HandoffUnprocessable": {
        "description": "The mandatory checklist fails (error.code handoff_checklist_incomplete, error.missing the checks that fail), or an Idempotency-Key reused for a different request",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "ConflictStale": {
        "description": "A stale version (the body then carries the current conflict), or a refusal by the framework's rules in the conflict's current state (error.code names the rule)",
        "content": {
          "application/json": {
            "schema": {
              "anyOf": [
                {
                  "$ref": "#/components/schemas/StaleConflict"
                },
                {
                  "$ref": "#/components/schemas/Error"
                }
              ]
            }
          }
        }
      },
      "IdempotencyKeyReused": {
        "description": "The Idempotency-Key was already used for a different request",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "TooLarge": {
        "description": "Body over 256 kB",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The body is not sent as application/json",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Busy": {
        "description": "The change kept colliding with concurrent changes to the same tasks (the database aborted it for a deadlock or lock timeout, and it was retried three times). Nothing was written; send the request again, with the same Idempotency-Key if it had one.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    }
  },
  "security": [
    {
      "BackstageToken": []
    }
  ],
  "paths": {
    "/health": {
      "get": {
        "operationId": "getHealth",
        "tags": [
          "framework"
        ],
        "summary": "Liveness and the loaded framework's name",
        "security": [],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Health"
                }
              }
            }
          }
        }
      }
    },
    "/whoami": {
      "get": {
        "operationId": "getWhoami",
        "tags": [
          "framework"
        ],
        "summary": "Who the caller acts as, so a page can offer \"assigned to me\"",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Whoami"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/framework": {
      "get": {
        "operationId": "getFramework",
        "tags": [
          "framework"
        ],
        "summary": "The loaded coordination framework",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CoordinationFramework"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/framework/analysis": {
      "get": {
        "operationId": "getFrameworkAnalysis",
        "tags": [
          "framework"
        ],
        "summary": "Registry dependency analysis (order, cycles, critical path), where the §5.1 diagram disagrees with §2, and path-ownership overlaps",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FrameworkAnalysis"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/agents": {
      "get": {
        "operationId": "listAgents",
        "tags": [
          "agents"
        ],
        "summary": "Every Agent entity the caller may see in the catalog, with tier name, dependencies, dependents and open task count",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AgentList"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/agents/graph": {
      "get": {
        "operationId": "getAgentGraph",
        "tags": [
          "agents"
        ],
        "summary": "The agents' dependency graph (blocking and non-blocking edges) with its analysis: cycles, dependency-first order and critical path",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AgentGraph"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/ownership": {
      "get": {
        "operationId": "getOwnership",
        "tags": [
          "ownership"
        ],
        "summary": "Which agents own a repository path, the primary owner(s) and overlaps among them",
        "parameters": [
          {
            "name": "path",
            "in": "query",
            "required": true,
            "allowReserved": true,
            "description": "Relative to the infrastructure repository's root; not absolute, no '..'",
            "schema": {
              "type": "string",
              "maxLength": 1024,
              "example": "components/terraform/vpc/main.tf"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OwnershipLookup"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/tasks": {
      "post": {
        "operationId": "createTask",
        "tags": [
          "tasks"
        ],
        "summary": "Create a task in the lifecycle's initial state",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateTaskRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Created",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TaskChange"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      },
      "get": {
        "operationId": "listTasks",
        "tags": [
          "tasks"
        ],
        "summary": "Tasks in creation order, filtered, one page at a time (keyset pagination)",
        "parameters": [
          {
            "name": "state",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "assignee",
            "in": "query",
            "description": "Framework agent key",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "tier",
            "in": "query",
            "description": "Tier of the assignee",
            "schema": {
              "type": "integer",
              "minimum": 1
            }
          },
          {
            "name": "component",
            "in": "query",
            "allowReserved": true,
            "description": "Catalog entity ref",
            "schema": {
              "type": "string",
              "maxLength": 255
            }
          },
          {
            "name": "priority",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/Priority"
            }
          },
          {
            "name": "kind",
            "in": "query",
            "description": "A framework work kind id",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "label",
            "in": "query",
            "allowReserved": true,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 63
            }
          },
          {
            "name": "text",
            "in": "query",
            "allowReserved": true,
            "description": "Case-insensitive substring of title or description",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            }
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TaskPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/tasks/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/TaskIdPath"
        }
      ],
      "get": {
        "operationId": "getTask",
        "tags": [
          "tasks"
        ],
        "summary": "One task",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Task"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "patch": {
        "operationId": "updateTask",
        "tags": [
          "tasks"
        ],
        "summary": "Change a task's fields (not its state or dependencies). Who may change what is the framework's taskActions (edit, reassign); in a terminal state only its editableWhenTerminal fields change.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateTaskRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Changed (or unchanged, same version, when nothing differed)",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TaskChange"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/StaleOrConflict"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/tasks/{id}/transitions": {
      "parameters": [
        {
          "$ref": "#/components/parameters/TaskIdPath"
        }
      ],
      "get": {
        "operationId": "getTaskTransitions",
        "tags": [
          "tasks"
        ],
        "summary": "The states the caller may move the task to now, and what else it may do with it",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AllowedTransitions"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "post": {
        "operationId": "transitionTask",
        "tags": [
          "tasks"
        ],
        "summary": "Move a task to another state. Entering the running state with unfinished blocking dependencies ends in the blocked state; completing a task moves the tasks it was the last blocker of back to running, and failing one alerts the tasks it blocks, in the same transaction.",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TransitionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Moved",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TaskChange"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/StaleOrConflict"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/tasks/{id}/dependencies": {
      "parameters": [
        {
          "$ref": "#/components/parameters/TaskIdPath"
        }
      ],
      "post": {
        "operationId": "addTaskDependency",
        "tags": [
          "tasks"
        ],
        "summary": "Make the task depend on another; blocking per the framework's rules unless `blocking` says otherwise",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AddDependencyRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Added",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TaskChange"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/StaleOrConflict"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/tasks/{id}/dependencies/{dependsOnId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/TaskIdPath"
        },
        {
          "name": "dependsOnId",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/TaskId"
          }
        }
      ],
      "delete": {
        "operationId": "removeTaskDependency",
        "tags": [
          "tasks"
        ],
        "summary": "Drop a dependency; a task it alone kept blocked runs again",
        "parameters": [
          {
            "name": "version",
            "in": "query",
            "description": "Refuse if the task is no longer at this version",
            "schema": {
              "type": "integer",
              "minimum": 1
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Removed",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TaskChange"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/StaleOrConflict"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/tasks/{id}/events": {
      "parameters": [
        {
          "$ref": "#/components/parameters/TaskIdPath"
        }
      ],
      "get": {
        "operationId": "getTaskEvents",
        "tags": [
          "tasks"
        ],
        "summary": "The task's history, oldest first",
        "parameters": [
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EventPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/escalation-matrix": {
      "get": {
        "operationId": "getEscalationMatrix",
        "tags": [
          "conflicts"
        ],
        "summary": "The framework's escalation matrix (§4.2) and conflict types (§4.1), each level with who decides",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EscalationMatrix"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/conflicts": {
      "post": {
        "operationId": "openConflict",
        "tags": [
          "conflicts"
        ],
        "summary": "Open a conflict at L1, its authority and deadline from the framework; the tasks it blocks stay blocked until it is resolved",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OpenConflictRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Opened",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Conflict"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      },
      "get": {
        "operationId": "listConflicts",
        "tags": [
          "conflicts"
        ],
        "summary": "Conflicts, breached and nearest deadline first, one page at a time",
        "parameters": [
          {
            "name": "status",
            "in": "query",
            "schema": {
              "type": "string",
              "enum": [
                "open",
                "resolved"
              ]
            }
          },
          {
            "name": "type",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "category",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "level",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/Level"
            }
          },
          {
            "name": "party",
            "in": "query",
            "description": "Framework agent key",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "task",
            "in": "query",
            "description": "Conflicts about or blocking this task",
            "schema": {
              "$ref": "#/components/schemas/TaskId"
            }
          },
          {
            "name": "component",
            "in": "query",
            "allowReserved": true,
            "description": "Conflicts about this catalog entity",
            "schema": {
              "type": "string",
              "maxLength": 255
            }
          },
          {
            "name": "breached",
            "in": "query",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConflictPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/conflicts/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ConflictIdPath"
        }
      ],
      "get": {
        "operationId": "getConflict",
        "tags": [
          "conflicts"
        ],
        "summary": "One conflict",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Conflict"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/conflicts/{id}/actions": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ConflictIdPath"
        }
      ],
      "get": {
        "operationId": "getConflictActions",
        "tags": [
          "conflicts"
        ],
        "summary": "What the caller may do with the conflict now (vote, resolve, escalate)",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConflictActions"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/conflicts/{id}/votes": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ConflictIdPath"
        }
      ],
      "post": {
        "operationId": "voteOnConflict",
        "tags": [
          "conflicts"
        ],
        "summary": "A party's vote; a later vote replaces the party's earlier one. At a consensus level, the vote that makes the quorum agree resolves the conflict.",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VoteRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Recorded",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Conflict"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/ConflictStale"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/conflicts/{id}/resolution": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ConflictIdPath"
        }
      ],
      "post": {
        "operationId": "resolveConflict",
        "tags": [
          "conflicts"
        ],
        "summary": "Decide the conflict, by a holder of its current level's authority; releases the tasks it blocked, in the same transaction",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ResolveConflictRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Resolved",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Conflict"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/ConflictStale"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/conflicts/{id}/escalation": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ConflictIdPath"
        }
      ],
      "post": {
        "operationId": "escalateConflict",
        "tags": [
          "conflicts"
        ],
        "summary": "Escalate the conflict to its next level by hand, with a reason",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EscalateConflictRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Escalated",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Conflict"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/ConflictStale"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/conflicts/{id}/events": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ConflictIdPath"
        }
      ],
      "get": {
        "operationId": "getConflictEvents",
        "tags": [
          "conflicts"
        ],
        "summary": "The conflict's timeline, oldest first: opening, votes, escalations, decision",
        "parameters": [
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EventPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/change-sets": {
      "post": {
        "operationId": "submitChangeSet",
        "tags": [
          "conflicts"
        ],
        "summary": "The paths a change (a pull request) touches, and the agent making it: each path's owners, and an ownership conflict opened when the paths belong to another agent or are claimed equally by several. The same change set sent again opens nothing again.",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ChangeSetRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Checked",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChangeSetAnswer"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/messages": {
      "post": {
        "operationId": "sendMessage",
        "tags": [
          "messages"
        ],
        "summary": "Send a message (framework §3.2) as the caller's agent, to one agent or to ALL (stored once); a RESPONSE names the REQUEST it answers in correlationId and marks it answered",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SendMessageRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Sent",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Message"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      },
      "get": {
        "operationId": "listMessages",
        "tags": [
          "messages"
        ],
        "summary": "Messages the caller may read (an agent: its inbox, what it sent and broadcasts; the context manager: all), newest first, one page at a time. A thread is `?thread=<threadId>`.",
        "parameters": [
          {
            "name": "to",
            "in": "query",
            "description": "An agent's inbox (messages to it and to ALL but its own broadcasts), or ALL for broadcasts only",
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          },
          {
            "name": "from",
            "in": "query",
            "description": "Sent by this agent",
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          },
          {
            "name": "type",
            "in": "query",
            "schema": {
              "type": "string",
              "maxLength": 32
            }
          },
          {
            "name": "priority",
            "in": "query",
            "schema": {
              "type": "string",
              "maxLength": 16
            }
          },
          {
            "name": "thread",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/ThreadId"
            }
          },
          {
            "name": "unread",
            "in": "query",
            "description": "Read or not by the reader (the `to` agent, else the caller's agent)",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "name": "overdue",
            "in": "query",
            "description": "REQUESTs without a RESPONSE past their response SLA, flagged or due (true), or every other message (false)",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MessagePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/messages/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/MessageIdPath"
        }
      ],
      "get": {
        "operationId": "getMessage",
        "tags": [
          "messages"
        ],
        "summary": "One message, with the caller's agent's read state",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Message"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/messages/{id}/read": {
      "parameters": [
        {
          "$ref": "#/components/parameters/MessageIdPath"
        }
      ],
      "post": {
        "operationId": "markMessageRead",
        "tags": [
          "messages"
        ],
        "summary": "Mark the message read for the caller's agent, a recipient (read state is per recipient agent; a broadcast keeps one receipt per agent that read it). Marking it again changes nothing.",
        "responses": {
          "200": {
            "description": "Read; readAt is when the agent first read it",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Message"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/agents/{key}/inbox": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AgentKeyPath"
        }
      ],
      "get": {
        "operationId": "getInbox",
        "tags": [
          "messages"
        ],
        "summary": "An agent's inbox with its unread counts: the agent itself and the context manager may read it",
        "parameters": [
          {
            "name": "unread",
            "in": "query",
            "description": "Only unread (true) or read (false) messages; the counts are of the whole inbox",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "name": "type",
            "in": "query",
            "schema": {
              "type": "string",
              "maxLength": 32
            }
          },
          {
            "name": "priority",
            "in": "query",
            "schema": {
              "type": "string",
              "maxLength": 16
            }
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Inbox"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/handoffs": {
      "post": {
        "operationId": "openHandoff",
        "tags": [
          "handoffs"
        ],
        "summary": "Open a handoff from the caller's agent to another (initiation); the tasks it blocks stay BLOCKED until it is acknowledged",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OpenHandoffRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Opened",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Handoff"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      },
      "get": {
        "operationId": "listHandoffs",
        "tags": [
          "handoffs"
        ],
        "summary": "Handoffs, newest first, one page at a time",
        "parameters": [
          {
            "name": "from",
            "in": "query",
            "description": "Framework agent key of the sender",
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          },
          {
            "name": "to",
            "in": "query",
            "description": "Framework agent key of the receiver",
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          },
          {
            "name": "stage",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/HandoffStage"
            }
          },
          {
            "name": "status",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/HandoffStatus"
            }
          },
          {
            "name": "task",
            "in": "query",
            "description": "Handoffs about or blocking this task",
            "schema": {
              "$ref": "#/components/schemas/TaskId"
            }
          },
          {
            "name": "component",
            "in": "query",
            "allowReserved": true,
            "description": "Handoffs about this catalog entity",
            "schema": {
              "type": "string",
              "maxLength": 255
            }
          },
          {
            "name": "overdue",
            "in": "query",
            "description": "Transferred, not acknowledged, past the acknowledgment SLA",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HandoffPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/handoffs/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/HandoffIdPath"
        }
      ],
      "get": {
        "operationId": "getHandoff",
        "tags": [
          "handoffs"
        ],
        "summary": "One handoff, with its checklist",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Handoff"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "patch": {
        "operationId": "updateHandoff",
        "tags": [
          "handoffs"
        ],
        "summary": "The sender changes a draft (initiation or validation): its title, its content and the checks it attests, for instance to fix what a refused transfer named as missing",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EditHandoffRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Changed",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Handoff"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/HandoffStale"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/handoffs/{id}/actions": {
      "parameters": [
        {
          "$ref": "#/components/parameters/HandoffIdPath"
        }
      ],
      "get": {
        "operationId": "getHandoffActions",
        "tags": [
          "handoffs"
        ],
        "summary": "What the caller may do with the handoff now",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HandoffActions"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/handoffs/{id}/document": {
      "parameters": [
        {
          "$ref": "#/components/parameters/HandoffIdPath"
        }
      ],
      "get": {
        "operationId": "getHandoffDocument",
        "tags": [
          "handoffs"
        ],
        "summary": "The handoff as Appendix B's markdown document",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "text/markdown": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/handoffs/{id}/validation": {
      "parameters": [
        {
          "$ref": "#/components/parameters/HandoffIdPath"
        }
      ],
      "post": {
        "operationId": "reportHandoffChecks",
        "tags": [
          "handoffs"
        ],
        "summary": "Report automated check results (validation); each check's latest result is kept",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ReportHandoffChecksRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Done",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Handoff"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/HandoffStale"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/handoffs/{id}/transfer": {
      "parameters": [
        {
          "$ref": "#/components/parameters/HandoffIdPath"
        }
      ],
      "post": {
        "operationId": "transferHandoff",
        "tags": [
          "handoffs"
        ],
        "summary": "Transfer to the receiver, by the sender; refused (422, handoff_checklist_incomplete, error.missing) while a mandatory check fails; notifies the receiver",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TransferHandoffRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Done",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Handoff"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/HandoffStale"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/HandoffUnprocessable"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/handoffs/{id}/acknowledgment": {
      "parameters": [
        {
          "$ref": "#/components/parameters/HandoffIdPath"
        }
      ],
      "post": {
        "operationId": "acknowledgeHandoff",
        "tags": [
          "handoffs"
        ],
        "summary": "The receiver accepts; the tasks the handoff blocks are released in the same transaction",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/HandoffVersionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Done",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Handoff"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/HandoffStale"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/handoffs/{id}/clarifications": {
      "parameters": [
        {
          "$ref": "#/components/parameters/HandoffIdPath"
        }
      ],
      "post": {
        "operationId": "requestHandoffClarification",
        "tags": [
          "handoffs"
        ],
        "summary": "The receiver asks the sender a question before accepting",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/HandoffClarificationRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Done",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Handoff"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/HandoffStale"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/handoffs/{id}/clarifications/answer": {
      "parameters": [
        {
          "$ref": "#/components/parameters/HandoffIdPath"
        }
      ],
      "post": {
        "operationId": "answerHandoffClarification",
        "tags": [
          "handoffs"
        ],
        "summary": "The sender answers the open question; the handoff goes back to acknowledgment",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/HandoffAnswerRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Done",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Handoff"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/HandoffStale"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/handoffs/{id}/completion": {
      "parameters": [
        {
          "$ref": "#/components/parameters/HandoffIdPath"
        }
      ],
      "post": {
        "operationId": "completeHandoff",
        "tags": [
          "handoffs"
        ],
        "summary": "Archive an acknowledged handoff and log it to the context manager",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/HandoffVersionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Done",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Handoff"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/HandoffStale"
          },
          "413": {
            "$ref": "#/components/responses/TooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyKeyReused"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/handoffs/{id}/events": {
      "parameters": [
        {
          "$ref": "#/components/parameters/HandoffIdPath"
        }
      ],
      "get": {
        "operationId": "getHandoffEvents",
        "tags": [
          "handoffs"
        ],
        "summary": "The handoff's timeline, oldest first",
        "parameters": [
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EventPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/events": {
      "get": {
        "operationId": "getEvents",
        "tags": [
          "events"
        ],
        "summary": "Every change the caller may read (each subject's read permission applies, e.g. agent-coordination.task.read for task events; message events only for messages the caller may read), newest first",
        "parameters": [
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EventPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    }
  }
};

/** Every operation of the document: its method, its path and the Express route for it. */
export const OPERATIONS = {
  "getHealth": {
    "method": "get",
    "path": "/health",
    "route": "/health"
  },
  "getWhoami": {
    "method": "get",
    "path": "/whoami",
    "route": "/whoami"
  },
  "getFramework": {
    "method": "get",
    "path": "/framework",
    "route": "/framework"
  },
  "getFrameworkAnalysis": {
    "method": "get",
    "path": "/framework/analysis",
    "route": "/framework/analysis"
  },
  "listAgents": {
    "method": "get",
    "path": "/agents",
    "route": "/agents"
  },
  "getAgentGraph": {
    "method": "get",
    "path": "/agents/graph",
    "route": "/agents/graph"
  },
  "getOwnership": {
    "method": "get",
    "path": "/ownership",
    "route": "/ownership"
  },
  "listTasks": {
    "method": "get",
    "path": "/tasks",
    "route": "/tasks"
  },
  "createTask": {
    "method": "post",
    "path": "/tasks",
    "route": "/tasks"
  },
  "getTask": {
    "method": "get",
    "path": "/tasks/{id}",
    "route": "/tasks/:id"
  },
  "updateTask": {
    "method": "patch",
    "path": "/tasks/{id}",
    "route": "/tasks/:id"
  },
  "getTaskTransitions": {
    "method": "get",
    "path": "/tasks/{id}/transitions",
    "route": "/tasks/:id/transitions"
  },
  "transitionTask": {
    "method": "post",
    "path": "/tasks/{id}/transitions",
    "route": "/tasks/:id/transitions"
  },
  "addTaskDependency": {
    "method": "post",
    "path": "/tasks/{id}/dependencies",
    "route": "/tasks/:id/dependencies"
  },
  "removeTaskDependency": {
    "method": "delete",
    "path": "/tasks/{id}/dependencies/{dependsOnId}",
    "route": "/tasks/:id/dependencies/:dependsOnId"
  },
  "getTaskEvents": {
    "method": "get",
    "path": "/tasks/{id}/events",
    "route": "/tasks/:id/events"
  },
  "getEscalationMatrix": {
    "method": "get",
    "path": "/escalation-matrix",
    "route": "/escalation-matrix"
  },
  "listConflicts": {
    "method": "get",
    "path": "/conflicts",
    "route": "/conflicts"
  },
  "openConflict": {
    "method": "post",
    "path": "/conflicts",
    "route": "/conflicts"
  },
  "getConflict": {
    "method": "get",
    "path": "/conflicts/{id}",
    "route": "/conflicts/:id"
  },
  "getConflictActions": {
    "method": "get",
    "path": "/conflicts/{id}/actions",
    "route": "/conflicts/:id/actions"
  },
  "voteOnConflict": {
    "method": "post",
    "path": "/conflicts/{id}/votes",
    "route": "/conflicts/:id/votes"
  },
  "resolveConflict": {
    "method": "post",
    "path": "/conflicts/{id}/resolution",
    "route": "/conflicts/:id/resolution"
  },
  "escalateConflict": {
    "method": "post",
    "path": "/conflicts/{id}/escalation",
    "route": "/conflicts/:id/escalation"
  },
  "getConflictEvents": {
    "method": "get",
    "path": "/conflicts/{id}/events",
    "route": "/conflicts/:id/events"
  },
  "submitChangeSet": {
    "method": "post",
    "path": "/change-sets",
    "route": "/change-sets"
  },
  "listMessages": {
    "method": "get",
    "path": "/messages",
    "route": "/messages"
  },
  "sendMessage": {
    "method": "post",
    "path": "/messages",
    "route": "/messages"
  },
  "getMessage": {
    "method": "get",
    "path": "/messages/{id}",
    "route": "/messages/:id"
  },
  "markMessageRead": {
    "method": "post",
    "path": "/messages/{id}/read",
    "route": "/messages/:id/read"
  },
  "getInbox": {
    "method": "get",
    "path": "/agents/{key}/inbox",
    "route": "/agents/:key/inbox"
  },
  "listHandoffs": {
    "method": "get",
    "path": "/handoffs",
    "route": "/handoffs"
  },
  "openHandoff": {
    "method": "post",
    "path": "/handoffs",
    "route": "/handoffs"
  },
  "getHandoff": {
    "method": "get",
    "path": "/handoffs/{id}",
    "route": "/handoffs/:id"
  },
  "updateHandoff": {
    "method": "patch",
    "path": "/handoffs/{id}",
    "route": "/handoffs/:id"
  },
  "getHandoffActions": {
    "method": "get",
    "path": "/handoffs/{id}/actions",
    "route": "/handoffs/:id/actions"
  },
  "getHandoffDocument": {
    "method": "get",
    "path": "/handoffs/{id}/document",
    "route": "/handoffs/:id/document"
  },
  "reportHandoffChecks": {
    "method": "post",
    "path": "/handoffs/{id}/validation",
    "route": "/handoffs/:id/validation"
  },
  "transferHandoff": {
    "method": "post",
    "path": "/handoffs/{id}/transfer",
    "route": "/handoffs/:id/transfer"
  },
  "acknowledgeHandoff": {
    "method": "post",
    "path": "/handoffs/{id}/acknowledgment",
    "route": "/handoffs/:id/acknowledgment"
  },
  "requestHandoffClarification": {
    "method": "post",
    "path": "/handoffs/{id}/clarifications",
    "route": "/handoffs/:id/clarifications"
  },
  "answerHandoffClarification": {
    "method": "post",
    "path": "/handoffs/{id}/clarifications/answer",
    "route": "/handoffs/:id/clarifications/answer"
  },
  "completeHandoff": {
    "method": "post",
    "path": "/handoffs/{id}/completion",
    "route": "/handoffs/:id/completion"
  },
  "getHandoffEvents": {
    "method": "get",
    "path": "/handoffs/{id}/events",
    "route": "/handoffs/:id/events"
  },
  "getEvents": {
    "method": "get",
    "path": "/events",
    "route": "/events"
  }
} as const;

/** An operationId of the document. */
export type OperationId = keyof typeof OPERATIONS;
