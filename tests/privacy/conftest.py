"""Fixtures of the personal-data tests: the moderation backbone's app, clock and small world."""

from tests.moderation.conftest import client, clock, world

__all__ = ["client", "clock", "world"]
