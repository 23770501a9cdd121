"""The one place where API errors and their stable codes live."""

from __future__ import annotations


class ApiError(Exception):
    """An error that leaves the server as JSON ``{"code": ..., "message": ...}``."""

    def __init__(self, status: int, code: str, message: str, **details: object) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers: list[tuple[str, str]] = []  # e.g. Retry-After on a 429

    def body(self) -> dict[str, object]:
        return {"code": self.code, "message": self.message, **self.details}


def bad_request(message: str, code: str = "bad_request", **details: object) -> ApiError:
    return ApiError(400, code, message, **details)


def unauthorized(message: str = "Log in first: the request carries no valid token.") -> ApiError:
    return ApiError(401, "unauthorized", message)


def forbidden(message: str) -> ApiError:
    return ApiError(403, "forbidden", message)


def not_found(message: str = "No such resource.") -> ApiError:
    return ApiError(404, "not_found", message)
