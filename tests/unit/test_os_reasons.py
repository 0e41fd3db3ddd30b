"""Why the computer refused (a missing folder, a full disk, a pen drive pulled out, a
head office that does not answer) reaches a Bengali reader in Bengali, chosen by the
error's number, never the system's English ("No such file or directory")."""

from __future__ import annotations

import errno
import os
import re

import pytest

from app.errors import ShakhaError
from app.i18n import fill, tr_error, translate
from app.os_reasons import REASONS, os_reason

LATIN = re.compile(r"[A-Za-z]")
BENGALI = re.compile(r"[\u0980-\u09ff]")
ASKED = ("ENOENT", "EACCES", "EPERM", "ENOSPC", "EROFS", "EEXIST", "EISDIR", "ENOTDIR",
         "EIO", "ETIMEDOUT", "ECONNREFUSED", "ECONNRESET", "EHOSTUNREACH", "ENETUNREACH",
         "EBUSY", "ENAMETOOLONG", "ENOTEMPTY", "EMFILE", "ENODEV")


def bengali(error: OSError) -> str:
    reason = os_reason(error)
    return fill(reason.text, reason.params, "bn", lambda text: translate("", text, "bn"))


@pytest.mark.parametrize("name", ASKED)
def test_each_common_refusal_has_its_own_bengali_sentence(name):
    code = getattr(errno, name)
    said = bengali(OSError(code, os.strerror(code)))
    assert code in REASONS
    assert BENGALI.search(said) and not LATIN.search(said), said


def test_different_troubles_read_differently():
    said = {name: bengali(OSError(getattr(errno, name), "")) for name in
            ("ENOENT", "EACCES", "ENOSPC", "EROFS", "EEXIST", "EISDIR", "ENOTDIR", "EIO",
             "ETIMEDOUT", "ECONNREFUSED")}
    assert len(set(said.values())) == len(said), said


def test_the_errors_the_computer_really_raises_are_said_in_bengali(tmp_path):
    (tmp_path / "a file").write_text("x")
    raised = []
    for attempt in (lambda: (tmp_path / "gone" / "x.pdf").write_bytes(b""),
                    lambda: tmp_path.write_bytes(b""),
                    lambda: os.mkdir(tmp_path / "a file"),
                    lambda: (tmp_path / "a file" / "x.pdf").write_bytes(b"")):
        with pytest.raises(OSError) as caught:
            attempt()
        raised.append(bengali(caught.value))
    assert raised == ["ফাইল বা ফোল্ডারটি নেই", "এটি একটি ফোল্ডার, ফাইল নয়",
                      "ওই নামে একটি ফাইল বা ফোল্ডার আগে থেকেই আছে",
                      "ঠিকানার একটি অংশ ফাইল, ফোল্ডার নয়"]


def test_an_unknown_refusal_keeps_its_number_in_bengali_digits():
    assert bengali(OSError(9999, "Unknown error 9999")) == \
        "কম্পিউটার কাজটি করতে দিল না (ত্রুটি নম্বর ৯৯৯৯)"
    assert bengali(OSError("the printer could not be opened")) == "কম্পিউটার কাজটি করতে দিল না"


def test_a_message_naming_the_reason_reads_whole_in_each_language():
    error = ShakhaError("The backup could not be written: {reason}",
                        reason=os_reason(OSError(errno.ENOSPC, "No space left on device")))
    assert tr_error(error, "en") == "The backup could not be written: the disk is full"
    assert "ডিস্কে আর জায়গা নেই" in tr_error(error, "bn")
    assert "No space" not in tr_error(error, "bn")


def test_a_backup_into_what_is_no_folder_says_why_in_bengali(engine, tmp_path):
    from app.services.backup import back_up_to

    (tmp_path / "a file").write_text("x")
    with pytest.raises(ShakhaError) as caught:
        back_up_to(engine, str(tmp_path / "a file" / "shakha.db"))
    said = tr_error(caught.value, "bn")
    # the folder cannot be made: a file has its name
    assert said == "ব্যাকআপ লেখা গেল না: ওই নামে একটি ফাইল বা ফোল্ডার আগে থেকেই আছে", said
