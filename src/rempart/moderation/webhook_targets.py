"""Where webhooks may go: public internet addresses only, unless the deployment allows others.

A platform key chooses its webhook URLs, and Rempart posts to them from inside the network it runs
in. Without a check, a URL naming ``127.0.0.1``, ``10.0.0.5`` or a cloud metadata address would
let the key's holder reach services that are not theirs (server-side request forgery). So a URL
whose host is a private, loopback, link-local or otherwise non-public address, or a ``localhost``
name, is refused when it is registered; and when a delivery is sent, the host name is resolved
once, every address it resolves to must be public, and the request is sent to that very address
(the TLS name stays the host's), so a DNS answer cannot change between the check and the
connection. ``REMPART_WEBHOOK_ALLOW_PRIVATE_ADDRESSES=true`` lifts the rule for receivers on the
deployment's own network (and for tests).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from rempart.errors import InvalidInput

#: ``socket.getaddrinfo``'s shape; tests pass a fake resolver.
Resolver = Callable[..., Sequence[tuple[Any, ...]]]

_LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")


class WebhookAddressNotPublic(InvalidInput):
    default_code = "webhook_address_not_public"


class InvalidWebhookUrl(InvalidInput):
    default_code = "invalid_webhook_url"


def _parse(url: str) -> tuple[httpx.URL, str]:
    """``url`` parsed, with its host in lower case; InvalidWebhookUrl if it has no valid host."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise InvalidWebhookUrl(f"This webhook URL is not valid: {error}.",
                                f"Cette URL de webhook n'est pas valide : {error}.") from None
    # The ASCII (IDNA) form: what DNS, the Host header and the TLS name all use.
    host = parsed.raw_host.decode("ascii").lower().rstrip(".")
    if not host:
        raise InvalidWebhookUrl("This webhook URL names no host.",
                                "Cette URL de webhook ne nomme aucun hôte.")
    return parsed, host


def _refusal(host: str, address: str | None = None) -> WebhookAddressNotPublic:
    shown = f"{host} ({address})" if address and address != host else host
    return WebhookAddressNotPublic(
        f"Webhooks are only sent to public internet addresses, and {shown} is not one. "
        "An operator can allow private addresses with REMPART_WEBHOOK_ALLOW_PRIVATE_ADDRESSES.",
        f"Les webhooks ne sont envoyés qu'à des adresses publiques d'Internet, et {shown} n'en est "
        "pas une. L'exploitant peut autoriser les adresses privées avec "
        "REMPART_WEBHOOK_ALLOW_PRIVATE_ADDRESSES.")


_Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def _literal_address(host: str) -> _Address | None:
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])  # raw_host has no brackets
    except ValueError:
        return None


def _is_public(address: _Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_global
    return address.is_global and not address.is_multicast


def _checked(url: str, *, allow_private: bool) -> tuple[httpx.URL, str, _Address | None]:
    """``url`` parsed, its host, and the host as an address if it is one; refused as
    :func:`check_registered_url` says."""
    parsed, host = _parse(url)
    address = _literal_address(host)
    if not allow_private and (host in _LOCAL_NAMES or host.endswith(".localhost") or (
            address is not None and not _is_public(address))):
        raise _refusal(host)
    return parsed, host, address


def check_registered_url(url: str, *, allow_private: bool) -> None:
    """Refuse a URL with no valid host (422 invalid_webhook_url) or, unless ``allow_private``,
    whose host is a non-public address or a local name (422 webhook_address_not_public); names
    are resolved only when a delivery is sent (see :func:`pin`)."""
    _checked(url, allow_private=allow_private)


@dataclass(frozen=True)
class PinnedTarget:
    """Where one delivery goes: ``url`` names the checked address itself."""

    url: str
    headers: dict[str, str] = field(default_factory=dict)
    extensions: dict[str, Any] = field(default_factory=dict)


def pin(url: str, *, allow_private: bool,
        resolve: Resolver = socket.getaddrinfo) -> PinnedTarget:
    """The address a delivery to ``url`` is sent to, resolved once and checked to be public;
    WebhookAddressNotPublic or InvalidWebhookUrl otherwise (OSError when the name does not
    resolve)."""
    if allow_private:
        return PinnedTarget(url)
    parsed, host, literal = _checked(url, allow_private=False)
    if literal is not None:
        return PinnedTarget(url)  # a public address: nothing to resolve
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
                 for info in resolve(host, port, type=socket.SOCK_STREAM)]
    if not addresses:
        raise OSError(f"{host} resolves to no address")
    for address in addresses:
        if not _is_public(address):
            raise _refusal(host, str(address))
    netloc_host = f"{host}:{parsed.port}" if parsed.port else host
    return PinnedTarget(str(parsed.copy_with(host=str(addresses[0]))),
                        headers={"Host": netloc_host}, extensions={"sni_hostname": host})
