"""One lock per process around every SQLite connection that opens a branch file's
shared memory (-shm), and around the backup's read of a live file.

The app reads and writes through sqlcipher3 and writes backups through apsw (SQLite3
Multiple Ciphers): two copies of SQLite in one process. POSIX locks never conflict within
a process, so one copy cannot see the other's readers: a connection of one copy opening
the file believed itself the first and truncated the -shm the other had mapped, and the
process died of SIGBUS (seen when a day-close backup ran while the background
checkpointer opened its connection). While this lock is held by one, the other waits.
"""

from __future__ import annotations

import threading

SHM_GUARD = threading.RLock()
