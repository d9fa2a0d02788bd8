"""Time zones by IANA name (zoneinfo): the computer's own, and moving a wall-clock moment
from the zone it was logged in to the zone an agreement is kept in."""

from __future__ import annotations

import datetime as dt
import os
import zoneinfo
from pathlib import Path

from .errors import ValidationError
from .messages import UNKNOWN_ZONE


def local_zone_name() -> str:
    """The computer's zone: $TZ when it names one, else /etc/localtime's target, else UTC."""
    named = os.environ.get("TZ", "").lstrip(":")
    if named and _known(named):
        return named
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        name = target.split("zoneinfo/", 1)[1]
        if _known(name):
            return name
    return "UTC"


def _known(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def check_zone(name: str) -> str:
    """An IANA zone name as typed (" Europe/Moscow "), or a ValidationError."""
    name = name.strip()
    if name and not _known(name):
        raise ValidationError(UNKNOWN_ZONE, name=name)
    return name


def move(moment: dt.datetime, logged_in: str, judged_in: str) -> dt.datetime:
    """The wall-clock `moment` of zone `logged_in` as the wall clock of `judged_in` ("" is
    the computer's zone). Unknown names leave the moment as it is."""
    source, target = logged_in or local_zone_name(), judged_in or local_zone_name()
    if source == target:
        return moment
    try:
        aware = moment.replace(tzinfo=zoneinfo.ZoneInfo(source))
        return aware.astimezone(zoneinfo.ZoneInfo(target)).replace(tzinfo=None)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return moment
