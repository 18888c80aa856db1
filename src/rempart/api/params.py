"""Path and query parameter types shared by the routers, bounded so no value reaches SQL unchecked."""

from __future__ import annotations

from typing import Annotated, Final

from fastapi import Path

#: The largest row id the databases store (a signed 64-bit integer).
MAX_ROW_ID: Final = 2**63 - 1
#: A numeric row id in a path: 1 up to the largest the databases store (else 422, never a 500).
RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID)]
