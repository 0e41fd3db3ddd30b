"""Why the computer refused a file, disk or network operation, in the reader's words.

An OSError's own text ("No such file or directory", "Permission denied") is the
operating system's English whatever language the user chose. A message that names the
reason takes `os_reason(exc)` instead, a Phrase translated like every other message:

    except OSError as exc:
        raise ValidationError(QT_TR_NOOP("The backup could not be written: {reason}"),
                              reason=os_reason(exc)) from None

The reason is chosen by the error's number (errno), which Python sets alike on Linux
and Windows (a Windows error is mapped to its errno), never by the system's text.
"""

from __future__ import annotations

import errno

from app.errors import QT_TR_NOOP, Phrase

_NOT_THERE = QT_TR_NOOP("the file or folder does not exist")
_NOT_ALLOWED = QT_TR_NOOP("this computer's user may not use that file or folder")
_FULL = QT_TR_NOOP("the disk is full")
_CUT = QT_TR_NOOP("the connection was cut")
_NO_ROUTE = QT_TR_NOOP("the network cannot reach the other computer")
_IN_USE = QT_TR_NOOP("another program is using the file")
_NO_DEVICE = QT_TR_NOOP("the disk or pen drive is not there (was it removed?)")
_TOO_MANY = QT_TR_NOOP("too many files are open")

REASONS: dict[int, str] = {
    errno.ENOENT: _NOT_THERE,
    errno.EACCES: _NOT_ALLOWED,
    errno.EPERM: _NOT_ALLOWED,
    errno.ENOSPC: _FULL,
    errno.EDQUOT: _FULL,
    errno.EROFS: QT_TR_NOOP("the disk or pen drive can only be read, not written to"),
    errno.EEXIST: QT_TR_NOOP("a file or folder of that name is already there"),
    errno.EISDIR: QT_TR_NOOP("that is a folder, not a file"),
    errno.ENOTDIR: QT_TR_NOOP("a part of the path is a file, not a folder"),
    errno.ENOTEMPTY: QT_TR_NOOP("the folder is not empty"),
    errno.EIO: QT_TR_NOOP("the disk or pen drive could not be read or written "
                          "(it may be damaged, or was removed)"),
    errno.ENAMETOOLONG: QT_TR_NOOP("the file name is too long"),
    errno.EINVAL: QT_TR_NOOP("the file name or the request is not allowed"),
    errno.EFBIG: QT_TR_NOOP("the file is too large"),
    errno.EBUSY: _IN_USE,
    errno.ETXTBSY: _IN_USE,
    errno.EMFILE: _TOO_MANY,
    errno.ENFILE: _TOO_MANY,
    errno.ENODEV: _NO_DEVICE,
    errno.ENXIO: _NO_DEVICE,
    errno.ETIMEDOUT: QT_TR_NOOP("the other computer did not answer in time"),
    errno.ECONNREFUSED: QT_TR_NOOP("the other computer refused the connection "
                                   "(is its service running?)"),
    errno.ECONNRESET: _CUT,
    errno.ECONNABORTED: _CUT,
    errno.EPIPE: _CUT,
    errno.ENETUNREACH: _NO_ROUTE,
    errno.EHOSTUNREACH: _NO_ROUTE,
    errno.ENETDOWN: _NO_ROUTE,
}
_UNKNOWN = QT_TR_NOOP("the computer refused (error {code})")
_NO_CODE = QT_TR_NOOP("the computer refused")


def os_reason(error: OSError) -> Phrase:
    """The reason behind `error` as a translatable phrase (its errno's, else a general
    one that keeps the number for a technician)."""
    code = error.errno
    if code in REASONS:
        return Phrase(REASONS[code])
    if code:
        return Phrase(_UNKNOWN, code=int(code))
    return Phrase(_NO_CODE)
