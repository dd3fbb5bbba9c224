import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.register_page import RegisterPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    bin_: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    tnved: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_bin_: None | str | Unset
    if isinstance(bin_, Unset):
        json_bin_ = UNSET
    else:
        json_bin_ = bin_
    params["bin"] = json_bin_

    json_name: None | str | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    else:
        json_name = name
    params["name"] = json_name

    json_tnved: None | str | Unset
    if isinstance(tnved, Unset):
        json_tnved = UNSET
    else:
        json_tnved = tnved
    params["tnved"] = json_tnved

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.date):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/register",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | RegisterPage | None:
    if response.status_code == 200:
        response_200 = RegisterPage.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | Problem | RegisterPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    bin_: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    tnved: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | RegisterPage]:
    """Who is in the register: by BIN, TN VED, region; or the register as of a date (public)

    Args:
        bin_ (None | str | Unset):
        name (None | str | Unset): Part of the company's name, any letter case
        tnved (None | str | Unset):
        region (None | str | Unset):
        as_of (datetime.date | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        accept_language (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | RegisterPage]
    """

    kwargs = _get_kwargs(
        bin_=bin_,
        name=name,
        tnved=tnved,
        region=region,
        as_of=as_of,
        cursor=cursor,
        limit=limit,
        accept_language=accept_language,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    bin_: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    tnved: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | RegisterPage | None:
    """Who is in the register: by BIN, TN VED, region; or the register as of a date (public)

    Args:
        bin_ (None | str | Unset):
        name (None | str | Unset): Part of the company's name, any letter case
        tnved (None | str | Unset):
        region (None | str | Unset):
        as_of (datetime.date | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        accept_language (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | RegisterPage
    """

    return sync_detailed(
        client=client,
        bin_=bin_,
        name=name,
        tnved=tnved,
        region=region,
        as_of=as_of,
        cursor=cursor,
        limit=limit,
        accept_language=accept_language,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    bin_: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    tnved: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | RegisterPage]:
    """Who is in the register: by BIN, TN VED, region; or the register as of a date (public)

    Args:
        bin_ (None | str | Unset):
        name (None | str | Unset): Part of the company's name, any letter case
        tnved (None | str | Unset):
        region (None | str | Unset):
        as_of (datetime.date | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        accept_language (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | RegisterPage]
    """

    kwargs = _get_kwargs(
        bin_=bin_,
        name=name,
        tnved=tnved,
        region=region,
        as_of=as_of,
        cursor=cursor,
        limit=limit,
        accept_language=accept_language,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    bin_: None | str | Unset = UNSET,
    name: None | str | Unset = UNSET,
    tnved: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | RegisterPage | None:
    """Who is in the register: by BIN, TN VED, region; or the register as of a date (public)

    Args:
        bin_ (None | str | Unset):
        name (None | str | Unset): Part of the company's name, any letter case
        tnved (None | str | Unset):
        region (None | str | Unset):
        as_of (datetime.date | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        accept_language (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | RegisterPage
    """

    return (
        await asyncio_detailed(
            client=client,
            bin_=bin_,
            name=name,
            tnved=tnved,
            region=region,
            as_of=as_of,
            cursor=cursor,
            limit=limit,
            accept_language=accept_language,
            if_none_match=if_none_match,
        )
    ).parsed
