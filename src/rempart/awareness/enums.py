"""The vocabularies of the awareness pages: placements, media kinds, helpline channels, weekdays."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Placement(StrEnum):
    """Where in the host platform a campaign is featured."""

    DISCOVER = "discover"  # the Discover / Explore tab
    HOME = "home"  # the home feed
    COMMENTS = "comments"  # above a comment section
    REPORT_FLOW = "report_flow"  # after someone files a report


class MediaKind(StrEnum):
    """What a campaign's media item is."""

    TESTIMONIAL_VIDEO = "testimonial_video"
    AWARENESS_CLIP = "awareness_clip"


class ChannelKind(StrEnum):
    """How a helpline can be reached."""

    PHONE = "phone"
    CHAT = "chat"
    MESSAGING = "messaging"  # WhatsApp, Messenger, …
    APP = "app"
    WEBSITE = "website"


#: Weekday codes used in opening hours, Monday first (index = ``date.weekday()``).
WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
