"""FastAPI dependencies as `Annotated` aliases: the services and the caller's workspace."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.errors import ApiError
from assistant.services import Services

bearer = HTTPBearer(auto_error=False, description="An API key: `journey keys create`.")


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


def get_workspace(
    request: Request,
    services: ServicesDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> str:
    """The workspace of the caller's key; in dev mode the served workspace, no key needed."""
    state = request.app.state
    if state.dev:
        workspace: str = state.dev_workspace
        return workspace
    if credentials is None or not credentials.credentials:
        raise ApiError(401, "send an API key as `Authorization: Bearer KEY` (journey keys create)")
    from assistant.store.keys import KeyStore

    found = KeyStore(services.db).workspace_of(credentials.credentials.strip())
    if found is None:
        raise ApiError(401, "unknown or revoked API key")
    return found


WorkspaceDep = Annotated[str, Depends(get_workspace)]
