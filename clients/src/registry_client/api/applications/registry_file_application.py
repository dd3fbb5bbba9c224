from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_create import ApplicationCreate
from ...models.application_public import ApplicationPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ApplicationCreate,
    accept_language: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/applications",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationPublic | Problem | None:
    if response.status_code == 202:
        response_202 = ApplicationPublic.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = Problem.from_dict(response.json())

        return response_405

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApplicationPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
    accept_language: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApplicationPublic | Problem]:
    """File an application for inclusion in the register (Art. 51-1)

     Accepted asynchronously: digital verification starts at once; poll the application or wait for the
    notice in the cabinet. Send an Idempotency-Key so that a retried request files one application.

    Args:
        accept_language (str | Unset):
        idempotency_key (str | Unset):
        body (ApplicationCreate): An application for inclusion in the register of Kazakhstani
            producers (Art. 51-1.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationPublic | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
    accept_language: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ApplicationPublic | Problem | None:
    """File an application for inclusion in the register (Art. 51-1)

     Accepted asynchronously: digital verification starts at once; poll the application or wait for the
    notice in the cabinet. Send an Idempotency-Key so that a retried request files one application.

    Args:
        accept_language (str | Unset):
        idempotency_key (str | Unset):
        body (ApplicationCreate): An application for inclusion in the register of Kazakhstani
            producers (Art. 51-1.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationPublic | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
    accept_language: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApplicationPublic | Problem]:
    """File an application for inclusion in the register (Art. 51-1)

     Accepted asynchronously: digital verification starts at once; poll the application or wait for the
    notice in the cabinet. Send an Idempotency-Key so that a retried request files one application.

    Args:
        accept_language (str | Unset):
        idempotency_key (str | Unset):
        body (ApplicationCreate): An application for inclusion in the register of Kazakhstani
            producers (Art. 51-1.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationPublic | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
    accept_language: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ApplicationPublic | Problem | None:
    """File an application for inclusion in the register (Art. 51-1)

     Accepted asynchronously: digital verification starts at once; poll the application or wait for the
    notice in the cabinet. Send an Idempotency-Key so that a retried request files one application.

    Args:
        accept_language (str | Unset):
        idempotency_key (str | Unset):
        body (ApplicationCreate): An application for inclusion in the register of Kazakhstani
            producers (Art. 51-1.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationPublic | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept_language=accept_language,
            idempotency_key=idempotency_key,
        )
    ).parsed
