"""The journal chain's fields as they travel (app.sync.journal_chain): head office gets
back exactly the posted_at text the branch hashed, whatever the two clocks say."""

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from app.sync.journal_chain import posted_at_entry, posted_at_text

_TIMES = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1))


@given(device=_TIMES, posted=_TIMES)
def test_posted_at_comes_back_as_the_text_the_branch_hashed(device, posted):
    event = {"device_time": device.isoformat()}
    entry = posted_at_entry(event, posted)
    assert posted_at_text(event, entry) == posted.isoformat()
    if device >= posted and (device - posted).days < 10:
        assert isinstance(entry, int)  # the compact form whenever it can be said


@given(posted=_TIMES, device=st.sampled_from(["", "not a time", "None"]))
def test_a_device_time_that_does_not_read_sends_posted_at_as_text(posted, device):
    event = {"device_time": device}
    assert posted_at_entry(event, posted) == posted.isoformat()
    assert posted_at_text(event, 5) is None
