"""Generates a whole branch's history: staff, groups, members, loans, meetings, ledger.

The history is simulated with the real schedule engine and written in bulk (raw
SQLCipher, one transaction) with the same journal hash chain the services use, so a demo
database passes `shakha db check`: installment caches and savings balances equal the
ledger. It ends on `today`: past meetings posted, today's meetings scheduled and unpaid.
Demo history counts as already at head office (a snapshot), so it writes no outbox.
"""

from __future__ import annotations

import contextlib
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import sqlcipher3
from argon2 import PasswordHasher

from app.db.lock import hold_shared, release_shared
from app.db.migrate import check_branch_file, upgrade_database
from app.db.raw import DB_ERRORS, connect
from app.demo import names
from app.demo.history import Simulation
from app.demo.institution import DEMO_INSTITUTIONS, demo_institution_row
from app.domain.branch_code import is_branch_code
from app.domain.products import DEMO_PRODUCTS, PROFILES, LoanProduct
from app.errors import QT_TR_NOOP, ValidationError

DEMO_PASSWORD = "demo"


@dataclass(frozen=True)
class DemoSummary:
    path: Path
    members: int
    groups: int
    loans: int
    journal_rows: int
    today: date
    seconds: float
    branch_code: str = ""
    recovery_key: Path | None = None  # the demo's own "head office" recovery key


def _officer_count(members: int) -> int:
    """5–8 field officers, as in a real branch (about 700 members each at the top)."""
    return max(5, min(8, members // 700 + 1))


def _staff(con: sqlcipher3.Connection, officers: int, rng: random.Random,
           profile: str) -> list[int]:
    # every demo user's password is "demo" (no secret to protect): cheap argon2 parameters
    # keep a small demo quick to create; login verifies with the parameters in the hash
    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    people = [("manager", "branch_manager", "BM-1"), ("accountant", "accountant", None),
              ("auditor", "auditor", None), ("admin", "admin", None)]
    people += [(f"officer{k}", "field_officer", None) for k in range(1, officers + 1)]
    ids = []
    for username, role, grade in people:
        (first, first_bn), (last, last_bn), _, _ = names.person(
            rng, profile, women=rng.random() < 0.4)
        cur = con.execute(
            "INSERT INTO staff (username, full_name_en, full_name_bn, role, sanction_grade,"
            " password_hash, phone, active, preferred_language) VALUES (?,?,?,?,?,?,?,1,?)",
            (username, f"{first} {last}", f"{first_bn} {last_bn}", role, grade,
             hasher.hash(DEMO_PASSWORD), f"9{rng.randrange(10**8, 10**9)}", "bn"))
        if role == "field_officer":
            ids.append(int(cur.lastrowid or 0))
    return ids


def _holidays(con: sqlcipher3.Connection, profile: str, start: date, today: date) -> set[date]:
    days = set()
    for year in range(start.year, today.year + 2):
        for month, day, en, bn in names.HOLIDAYS[profile]:
            d = date(year, month, day)
            if d == today:
                continue  # today's screens must never be empty
            days.add(d)
            con.execute("INSERT INTO holiday (on_date, name_en, name_bn) VALUES (?,?,?)",
                        (d.isoformat(), en, bn))
    return days


def _products(con: sqlcipher3.Connection, profile: str) -> list[tuple[int, LoanProduct]]:
    out: list[tuple[int, LoanProduct]] = []
    for product in DEMO_PRODUCTS:
        if product.profile != profile:
            continue
        cur = con.execute(
            "INSERT INTO loan_product (code, name_en, name_bn, definition, version, active)"
            " VALUES (?,?,?,?,1,1)",
            (product.code, product.name_en, product.name_bn, json.dumps(product.to_dict())))
        out.append((int(cur.lastrowid or 0), product))
    return out


def generate_demo(path: str | Path, members: int = 300, years: int = 2, seed: int = 1,
                  branch_code: str | None = None, profile: str = "india_rbi",
                  today: date | None = None,
                  progress: Callable[[int, str], None] | None = None) -> DemoSummary:
    """Create a demo branch database at `path` (which must not hold a branch yet)."""
    started = time.perf_counter()
    if profile not in PROFILES:
        raise ValidationError(QT_TR_NOOP("Unknown policy profile: {profile}"), profile=profile)
    if not 5 <= members <= 100_000 or not 1 <= years <= 20:
        raise ValidationError(QT_TR_NOOP("Members must be 5–100,000 and years 1–20."))
    if branch_code is not None and not is_branch_code(branch_code):
        raise ValidationError(QT_TR_NOOP("{code} is not a branch code: use 2–20 capital "
                                         "letters A–Z, digits and hyphens (e.g. BJS-SHB)."),
                              code=branch_code)
    path = Path(path)
    if path.exists():  # a folder, another program's file: said so, not "holds a branch"
        check_branch_file(path, current=False, new_ok=True)
    if path.exists() and path.stat().st_size > 0:
        try:
            con = connect(path)
            try:
                has_branch = con.execute("SELECT count(*) FROM branch").fetchone()[0]
            finally:
                con.close()
        except DB_ERRORS:
            has_branch = 1
        if has_branch:
            raise ValidationError(QT_TR_NOOP("{path} already holds a branch; choose a new file."),
                                  path=str(path))
    upgrade_database(path)
    today = today or date.today()
    branch_code = branch_code or ("BJS-SHB" if profile == "india_rbi" else "JB-CHD")
    start = today - timedelta(days=365 * years)
    rng = random.Random(seed)
    report = progress or (lambda _pct, _text: None)
    hold = hold_shared(path)  # written raw: maintenance waits until it is done
    con = connect(path, isolation_level=None)
    try:
        # A new file that is deleted if anything fails: no durability needed while it is
        # written, a big page cache for the index inserts, and references are verified
        # afterwards by PRAGMA foreign_key_check (as `shakha db check` does).
        con.execute("PRAGMA journal_mode=MEMORY")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA cache_size=-400000")
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("BEGIN")
        policy = PROFILES[profile]
        inst_name = ("Beghoria Janakalyan Samity" if profile == "india_rbi"
                     else "Janata Bank RCD")
        con.execute(
            "INSERT INTO branch (code, name_en, name_bn, institution, currency, policy_profile,"
            " address, grievance_contact, business_date) VALUES (?,?,?,?,?,?,?,?,?)",
            (branch_code, "Saheberhat" if profile == "india_rbi" else "Chandina",
             "সাহেবেরহাট" if profile == "india_rbi" else "চান্দিনা", inst_name,
             policy.currency, profile, "Branch office",
             DEMO_INSTITUTIONS[profile].grievance_phone,
             today.isoformat()))
        con.execute("INSERT INTO setting (key, value) VALUES (?, ?)",
                    demo_institution_row(profile))
        officers = _staff(con, _officer_count(members), rng, profile)
        holidays = _holidays(con, profile, start, today)
        products = _products(con, profile)
        report(5, "staff, products and holidays")
        sim = Simulation(con, rng, profile, start, today, holidays, officers, products,
                         branch_code, report)
        sim.run(members)
        dangling = con.execute("PRAGMA foreign_key_check").fetchone()
        if dangling is not None:
            raise RuntimeError(f"demo generator bug: dangling reference {dangling}")
        con.execute("COMMIT")
        con.execute("PRAGMA journal_mode=WAL")
    except BaseException:
        con.close()
        release_shared(hold)
        for suffix in ("", "-wal", "-shm", ".keys"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    release_shared(hold)
    report(97, "applications")
    from app.demo.applications import pending_applications

    pending_applications(path)
    recovery_key = _demo_keys(path)
    report(100, "done")
    return DemoSummary(path, sim.member_count, sim.group_count, sim.loan_count,
                       sim.journal_count, today, time.perf_counter() - started, branch_code,
                       recovery_key)


# every demo password is "demo" (no secret to protect): cheap slots keep a demo quick
DEMO_SLOT_COST = {"t": 1, "m": 1024, "p": 1}


def _demo_keys(path: Path) -> Path:
    """Key slots as a real branch has them: one per staff password (no password hash
    kept), and head office's recovery slot — for a demo, a recovery key pair the demo
    makes itself, kept beside this computer's machine keys (a real branch gets only
    head office's public key, with its enrolment file)."""
    from app.db import recovery, staff_keys
    from app.db.machine_key import key_dir

    con = connect(path)
    try:
        users = [r[0] for r in con.execute("SELECT username FROM staff ORDER BY id")]
        for username in users:
            staff_keys.set_password(path, username, DEMO_PASSWORD, DEMO_SLOT_COST)
        con.execute("UPDATE staff SET password_hash = ''")
        con.commit()
    finally:
        con.close()
    private = key_dir() / "demo-head-office-recovery.key"
    if not Path(f"{private}.pub").exists():
        private.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(FileExistsError):  # another demo made it meanwhile
            recovery.make_key_pair(private)
    staff_keys.add_recovery(path, recovery.load_public(Path(f"{private}.pub")))
    return private


