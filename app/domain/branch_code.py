"""What a branch code may be.

The code names the branch everywhere: in loan numbers printed on passbooks
(BJS-SHB-L000123), in head office's stream of the branch (and its partition), in the
enrolment file `hq enrol CODE` writes, in URLs and in file names of USB bundles. So it is kept to
what survives all of them: capital letters A–Z, digits and hyphens, 2 to 20 long,
starting with a letter or a digit.
"""

from __future__ import annotations

import re

_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{1,19}")


def is_branch_code(text: str) -> bool:
    return _CODE.fullmatch(text) is not None
