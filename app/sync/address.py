"""Head office's address as a branch may use it: HTTPS, or plain HTTP to this computer.

Member data and signed requests cross the internet between branch and head office;
signatures keep them from being altered or forged, but only TLS keeps them from being
read. Plain http:// is accepted only for a loopback address (a one-machine trial, a
test, or a local TLS tunnel).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from app.errors import QT_TR_NOOP, ValidationError


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_hq_url(url: str) -> str:
    """The address without a trailing slash; ValidationError if it is not one a branch
    may send to."""
    url = url.strip().rstrip("/")
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        parts, host = None, ""
    if parts is None or parts.scheme not in ("http", "https") or not host:
        raise ValidationError(QT_TR_NOOP("Head office's address starts with https:// "
                                         "(e.g. https://hq.example.org)."))
    if parts.scheme == "http" and not is_loopback(host):
        raise ValidationError(QT_TR_NOOP(
            "Head office's address must start with https://: plain http:// would send "
            "the branch's data unencrypted (it is allowed only to this computer)."))
    return url
