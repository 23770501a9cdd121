"""The OpenAPI 3.1 document, and the request schemas the server validates against.

The same schema objects validate requests (``sync_server.http``) and are published at
``/api/v1/openapi.json``, so the document cannot drift from what the server accepts.
"""

from __future__ import annotations

import re
from typing import Any

from shared.schema import KINDS
from shared.version import PROTOCOL_VERSION, __version__

UUID = {"type": "string", "pattern": "^[0-9a-fA-F-]{36}$"}

LOGIN_REQUEST: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["username", "password"],
    "properties": {
        "username": {"type": "string", "minLength": 1, "maxLength": 100},
        "password": {"type": "string", "minLength": 1, "maxLength": 1000},
    },
}

_PASSWORD = {"type": "string", "minLength": 1, "maxLength": 1000}
_LANGUAGE = {"enum": ["az", "en", "ru"]}
_USERNAME = {"type": "string", "minLength": 1, "maxLength": 100}
_DISPLAY_NAME = {"type": "string", "maxLength": 200}

REGISTER_REQUEST: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name", "contact_email", "admin_username", "password", "language"],
    "properties": {
        "name": {"type": "string", "minLength": 1, "maxLength": 200},
        "contact_email": {"type": "string", "minLength": 3, "maxLength": 254},
        "admin_username": _USERNAME,
        "admin_display_name": _DISPLAY_NAME,
        "password": _PASSWORD,
        "language": _LANGUAGE,
    },
}

INVITATION_REQUEST: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["role"],
    "properties": {
        "role": {"enum": ["organizer", "evaluator", "expert", "employee"],
                 "description": "expert: an outside expert (an evaluator); employee: an author "
                                "who may also enter the organization's internal contests"},
        "display_name": _DISPLAY_NAME,
    },
}

ACCEPT_REQUEST: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["token", "username", "password"],
    "properties": {
        "token": {"type": "string", "minLength": 1, "maxLength": 200},
        "username": _USERNAME,
        "display_name": _DISPLAY_NAME,
        "password": _PASSWORD,
        "language": _LANGUAGE,
    },
}

PASSWORD_REQUEST: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["current_password", "new_password"],
    "properties": {"current_password": _PASSWORD, "new_password": _PASSWORD},
}

MUTATION: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "kind", "op", "record_id"],
    "properties": {
        "id": UUID,
        "kind": {"enum": list(KINDS)},
        "op": {"enum": ["upsert", "delete"]},
        "record_id": UUID,
        "base_rev": {"type": "integer", "minimum": 0},
        "fields": {"type": "object"},
        "base": {"type": "object"},
    },
}

PUSH_REQUEST: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["mutations"],
    "properties": {"mutations": {"type": "array", "maxItems": 5000, "items": MUTATION}},
}

_UUID_TEXT = re.compile(UUID["pattern"])
_KIND_NAMES, _OPS = frozenset(KINDS), frozenset(MUTATION["properties"]["op"]["enum"])
_MUTATION_KEYS, _REQUIRED_KEYS = frozenset(MUTATION["properties"]), frozenset(MUTATION["required"])


def plainly_valid_push(body: Any) -> bool:
    """True only for a push ``PUSH_REQUEST`` accepts, checked in plain Python.

    Validating a push of 500 mutations with jsonschema costs more than applying it. This
    check is narrower than the schema (exact types, no lookalikes such as 1.0 for an
    integer), so what it passes the schema passes too; anything else goes to jsonschema,
    which decides and names the error. ``test_openapi`` holds the two together.
    """
    if type(body) is not dict or body.keys() != {"mutations"}:
        return False
    mutations = body["mutations"]
    if type(mutations) is not list or len(mutations) > PUSH_REQUEST["properties"]["mutations"]["maxItems"]:
        return False
    for m in mutations:
        if type(m) is not dict or not m.keys() <= _MUTATION_KEYS or not _REQUIRED_KEYS <= m.keys():
            return False
        mid, kind, op, record_id = m["id"], m["kind"], m["op"], m["record_id"]
        if type(mid) is not str or not _UUID_TEXT.search(mid) \
                or type(record_id) is not str or not _UUID_TEXT.search(record_id) \
                or type(kind) is not str or kind not in _KIND_NAMES \
                or type(op) is not str or op not in _OPS:
            return False
        if "base_rev" in m and (type(m["base_rev"]) is not int or m["base_rev"] < 0):
            return False
        if ("fields" in m and type(m["fields"]) is not dict) \
                or ("base" in m and type(m["base"]) is not dict):
            return False
    return True


SUBSCRIBE_REQUEST: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["email"],
    "properties": {
        "email": {"type": "string", "minLength": 3, "maxLength": 254},
        "language": {"enum": ["az", "en", "ru"]},
        "org_id": {**UUID, "description": "only this organization's contests (default: all)"},
    },
}

AUDIT_ENTRY = {
    "type": "object",
    "required": ["seq", "at", "action"],
    "properties": {
        "seq": {"type": "integer"}, "at": {"type": "string"},
        "actor_id": {"type": ["string", "null"]}, "actor": {"type": "string"},
        "action": {"type": "string"}, "target_kind": {"type": ["string", "null"]},
        "target_id": {"type": ["string", "null"]},
        "details": {"type": ["object", "null"],
                    "description": "null when the stored details are no longer readable"},
        "unreadable": {"type": "boolean",
                       "description": "the entry was edited into something that is not JSON; "
                                      "audit verify names it"},
    },
}

ERROR = {
    "type": "object",
    "required": ["code", "message"],
    "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
}

CHANGE = {
    "type": "object",
    "required": ["kind", "id", "deleted"],
    "properties": {
        "kind": {"enum": list(KINDS)},
        "id": UUID,
        "deleted": {"type": "boolean"},
        "data": {"type": "object"},
    },
}

MUTATION_RESULT = {
    "type": "object",
    "required": ["mutation_id", "status"],
    "properties": {
        "mutation_id": UUID,
        "status": {"enum": ["applied", "rejected", "conflict"]},
        "code": {"type": "string"},
        "message": {"type": "string"},
        "record": {"type": "object"},
        "conflicts": {"type": "array"},
        "deleted": {"type": "boolean"},
    },
}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _errors(*statuses: int) -> dict[str, Any]:
    return {str(s): {"description": "Error", **_json({"$ref": "#/components/schemas/Error"})}
            for s in statuses}


PROTOCOL_HEADER = "X-IdeaBank-Protocol"
_PROTOCOL_PARAM = {
    "name": PROTOCOL_HEADER,
    "in": "header",
    "required": True,
    "schema": {"type": "integer"},
    "description": "Protocol version of the client; too old gets 426 with code client_too_old.",
}
_AUTH = [{"bearer": []}]


def document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Idea Bank sync API",
            "version": __version__,
            "description": f"Protocol version {PROTOCOL_VERSION}.",
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": ERROR,
                "LoginRequest": LOGIN_REQUEST,
                "RegisterRequest": REGISTER_REQUEST,
                "InvitationRequest": INVITATION_REQUEST,
                "AcceptInvitationRequest": ACCEPT_REQUEST,
                "PasswordRequest": PASSWORD_REQUEST,
                "PushRequest": PUSH_REQUEST,
                "Mutation": MUTATION,
                "MutationResult": MUTATION_RESULT,
                "Change": CHANGE,
                "SubscribeRequest": SUBSCRIBE_REQUEST,
                "AuditEntry": AUDIT_ENTRY,
            },
        },
        "paths": {
            "/api/v1/health": {
                "get": {
                    "summary": "Liveness and versions",
                    "responses": {"200": {"description": "OK", **_json({
                        "type": "object",
                        "properties": {"status": {"const": "ok"},
                                       "version": {"type": "string"},
                                       "protocol": {"type": "integer"},
                                       "min_protocol": {"type": "integer"}},
                    })}},
                }
            },
            "/api/v1/openapi.json": {
                "get": {"summary": "This document",
                        "responses": {"200": {"description": "OK", **_json({"type": "object"})}}}
            },
            "/api/v1/login": {
                "post": {
                    "summary": "Exchange a user name and password for a token",
                    "parameters": [_PROTOCOL_PARAM],
                    "requestBody": {"required": True, **_json(LOGIN_REQUEST)},
                    "responses": {
                        "200": {"description": "Logged in", **_json({
                            "type": "object",
                            "required": ["token", "user"],
                            "properties": {"token": {"type": "string"},
                                           "user": {"type": "object"},
                                           "server_time": {"type": "string"}},
                        })},
                        **_errors(400, 401, 403, 413, 426, 429),
                    },
                }
            },
            "/api/v1/organizations/register": {
                "post": {
                    "summary": "An organization asks to join; it and its first administrator "
                               "wait for a platform administrator's approval",
                    "parameters": [_PROTOCOL_PARAM],
                    "requestBody": {"required": True, **_json(REGISTER_REQUEST)},
                    "responses": {
                        "201": {"description": "Registered, pending", **_json({
                            "type": "object",
                            "properties": {"organization": {"type": "object"},
                                           "status": {"const": "pending"}},
                        })},
                        **_errors(400, 409, 413, 426),
                    },
                }
            },
            "/api/v1/invitations": {
                "post": {
                    "summary": "The organization's administrator invites a member of staff; "
                               "the token is returned once",
                    "parameters": [_PROTOCOL_PARAM],
                    "security": _AUTH,
                    "requestBody": {"required": True, **_json(INVITATION_REQUEST)},
                    "responses": {
                        "201": {"description": "Invitation", **_json({
                            "type": "object",
                            "required": ["token", "role", "expires_at"],
                            "properties": {"token": {"type": "string"},
                                           "role": {"type": "string"},
                                           "expires_at": {"type": "string"}},
                        })},
                        **_errors(400, 401, 403, 413, 426),
                    },
                }
            },
            "/api/v1/invitations/accept": {
                "post": {
                    "summary": "Create the invited account with its own password",
                    "parameters": [_PROTOCOL_PARAM],
                    "requestBody": {"required": True, **_json(ACCEPT_REQUEST)},
                    "responses": {
                        "201": {"description": "Account created", **_json({"type": "object"})},
                        **_errors(400, 409, 413, 426),
                    },
                }
            },
            "/api/v1/password": {
                "post": {
                    "summary": "Change the caller's password; every session of the user ends "
                               "and a new token is returned",
                    "parameters": [_PROTOCOL_PARAM],
                    "security": _AUTH,
                    "requestBody": {"required": True, **_json(PASSWORD_REQUEST)},
                    "responses": {
                        "200": {"description": "Changed", **_json({
                            "type": "object", "required": ["token"],
                            "properties": {"token": {"type": "string"}}})},
                        **_errors(400, 401, 413, 426),
                    },
                }
            },
            "/api/v1/logout": {
                "post": {
                    "summary": "Revoke the token used for this request",
                    "parameters": [_PROTOCOL_PARAM],
                    "security": _AUTH,
                    "responses": {"200": {"description": "Logged out", **_json({"type": "object"})},
                                  **_errors(401, 426)},
                }
            },
            "/api/v1/pull": {
                "get": {
                    "summary": "Changes visible to the caller after a cursor, in commit order",
                    "parameters": [
                        _PROTOCOL_PARAM,
                        {"name": "after", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                        {"name": "limit", "in": "query",
                         "schema": {"type": "integer", "minimum": 1, "maximum": 5000}},
                        {"name": "contest", "in": "query", "schema": UUID,
                         "description": "Only this contest's records (an integrity re-pull)."},
                        {"name": "count", "in": "query",
                         "schema": {"type": "integer", "enum": [0, 1], "default": 1},
                         "description": "0 leaves out `remaining` (counting it reads every "
                                        "later change); a client asks for it on its first "
                                        "page only."},
                    ],
                    "security": _AUTH,
                    "responses": {
                        "200": {"description": "A page", **_json({
                            "type": "object",
                            "required": ["changes", "cursor", "more"],
                            "properties": {"changes": {"type": "array", "items": CHANGE},
                                           "cursor": {"type": "integer"},
                                           "more": {"type": "boolean"},
                                           "remaining": {"type": "integer"},
                                           "server_time": {"type": "string"}},
                        })},
                        **_errors(400, 401, 410, 426),
                    },
                }
            },
            "/api/v1/push": {
                "post": {
                    "summary": "Apply mutations; each mutation id is applied at most once",
                    "parameters": [_PROTOCOL_PARAM],
                    "security": _AUTH,
                    "requestBody": {"required": True, **_json(PUSH_REQUEST)},
                    "responses": {
                        "200": {"description": "One result per mutation, in order", **_json({
                            "type": "object",
                            "required": ["results"],
                            "properties": {"results": {"type": "array", "items": MUTATION_RESULT}},
                        })},
                        **_errors(400, 401, 413, 426),
                    },
                }
            },
            "/api/v1/integrity": {
                "get": {
                    "summary": "Per contest: count and sha256 of the caller's visible records",
                    "description": "checksum = sha256 of the sorted lines kind:id:rev, joined "
                                   "by newlines, over the contest, its stages, criteria, "
                                   "ideas, assignments and scores that a full pull would send.",
                    "parameters": [_PROTOCOL_PARAM],
                    "security": _AUTH,
                    "responses": {
                        "200": {"description": "Contest id to count and checksum", **_json({
                            "type": "object",
                            "additionalProperties": {
                                "type": "object",
                                "required": ["count", "checksum"],
                                "properties": {"count": {"type": "integer"},
                                               "checksum": {"type": "string"}},
                            },
                        })},
                        **_errors(401, 426),
                    },
                }
            },
            "/api/v1/results/{contest_id}": {
                "get": {
                    "summary": "A contest's results: the caller's own ideas (an author, only "
                               "after announcement) or every idea (its organizer), with the "
                               "outcome per stage and the released feedback; no user ids",
                    "parameters": [_PROTOCOL_PARAM,
                                   {"name": "contest_id", "in": "path", "required": True,
                                    "schema": {"type": "string"}}],
                    "responses": {
                        "200": {"description": "Results", **_json({
                            "type": "object",
                            "properties": {"contest_id": {"type": "string"},
                                           "title": {"type": "string"},
                                           "announced_at": {"type": ["string", "null"]},
                                           "ideas": {"type": "array"}},
                        })},
                        **_errors(400, 401, 403, 404, 426),
                    },
                }
            },
            "/api/v1/audit": {
                "get": {
                    "summary": "The caller's organization's audit log (organizers, administrators)",
                    "description": "after=N: entries after N, oldest first; before=N or neither: "
                                   "the newest entries below N, newest first.",
                    "parameters": [
                        _PROTOCOL_PARAM,
                        {"name": "after", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                        {"name": "before", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                        {"name": "limit", "in": "query",
                         "schema": {"type": "integer", "minimum": 1, "maximum": 500}},
                    ],
                    "security": _AUTH,
                    "responses": {
                        "200": {"description": "A page of entries", **_json({
                            "type": "object",
                            "required": ["entries", "more"],
                            "properties": {"entries": {"type": "array", "items": AUDIT_ENTRY},
                                           "more": {"type": "boolean"}},
                        })},
                        **_errors(400, 401, 403, 426),
                    },
                }
            },
            "/api/v1/subscriptions": {
                "post": {
                    "summary": "Receive an e-mail when a new public contest is announced",
                    "parameters": [_PROTOCOL_PARAM],
                    "requestBody": {"required": True, **_json(SUBSCRIBE_REQUEST)},
                    "responses": {"200": {"description": "Subscribed (also when already)",
                                          **_json({"type": "object"})},
                                  **_errors(400, 426)},
                }
            },
            "/api/v1/subscriptions/{token}": {
                "delete": {
                    "summary": "Unsubscribe with the code sent in every announcement",
                    "parameters": [_PROTOCOL_PARAM,
                                   {"name": "token", "in": "path", "required": True,
                                    "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "Unsubscribed",
                                          **_json({"type": "object"})},
                                  **_errors(400, 404, 426)},
                }
            },
            "/api/v1/track/{code}": {
                "get": {
                    "summary": "Status of an idea by its tracking code",
                    "parameters": [_PROTOCOL_PARAM,
                                   {"name": "code", "in": "path", "required": True,
                                    "schema": {"type": "string"}}],
                    "responses": {
                        "200": {"description": "Found", **_json({
                            "type": "object",
                            "properties": {"tracking_code": {"type": "string"},
                                           "status": {"type": "string"},
                                           "contest": {"type": "string"},
                                           "title": {"type": "string"}},
                        })},
                        **_errors(400, 404, 426),
                    },
                }
            },
        },
    }
