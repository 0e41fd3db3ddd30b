import os
import subprocess
import sys
import time

import httpx
import pytest

from app.sync.bundle import import_receipt
from app.sync.outbox import SyncError, local_cursor
from tests.ports import free_port
from tests.sync.world import branch_with_meeting, hq_events, outbox_count, register


def test_a_receipt_not_signed_by_head_office_prunes_nothing(engine, hq, tmp_path):
    from app.headoffice.keys import HqKeys
    from app.sync.bundle import RECEIPT, pack
    from app.sync.device import device_key
    from app.sync.seal import seal

    branch_with_meeting(engine)
    register(hq, engine)
    impostor = HqKeys.generate()  # sealed to the right device, signed by another key
    receipt = tmp_path / "r"
    receipt.write_bytes(seal(device_key(engine).public()["seal_public"], pack(
        RECEIPT, lambda data: impostor.sign("shakha/receipt/1", data),
        {"branch": "BJS-001", "acked_seq": 1, "acked_hash": "x", "epoch": 1})))
    with pytest.raises(SyncError, match="not signed by head office"):
        import_receipt(engine, receipt)
    assert (outbox_count(engine), local_cursor(engine).acked_seq) == (1, 0)


def _start_server(hq_url: str, port: int, fault: str | None = None) -> subprocess.Popen:
    env = dict(os.environ)
    env.pop("SHAKHA_FAULT", None)
    if fault:
        env["SHAKHA_FAULT"] = fault
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "hq", "serve", "--db", hq_url,
                             "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.05)
    assert proc.poll() is None, "head office's server did not start (port taken?)"
    return proc


@pytest.fixture
def server(hq, hq_url):
    port = free_port()
    proc = _start_server(hq_url, port)
    yield f"http://127.0.0.1:{port}"
    proc.kill()
    proc.wait()


@pytest.mark.parametrize("fault", ["hq.after_store", "hq.before_cursor", "hq.after_commit"])
def test_killing_head_office_mid_upload_loses_and_doubles_nothing(engine, hq, hq_url,
                                                                  db_path, tmp_path, fault):
    from tests.sync.world import hq_ledger_total, post_fee
    branch_with_meeting(engine)
    for _i in range(5):
        post_fee(engine, 2_00)
    register(hq, engine)
    engine.dispose()
    port = free_port()
    proc = _start_server(hq_url, port, fault)
    failed = _sync(db_path, f"http://127.0.0.1:{port}")
    proc.wait(10)
    assert failed.returncode == 1 and proc.returncode == -9
    proc = _start_server(hq_url, port)
    try:
        again = _sync(db_path, f"http://127.0.0.1:{port}")
    finally:
        proc.kill()
        proc.wait()
    assert again.returncode == 0, again.stderr
    assert [s for s, _ in hq_events(hq)] == [1, 2, 3, 4, 5, 6]
    assert hq_ledger_total(hq) == (7, 150_00 + 10_00) and outbox_count(engine) == 0


def _sync(db_path, url, fault=None):
    env = dict(os.environ)
    env.pop("SHAKHA_FAULT", None)
    if fault:
        env["SHAKHA_FAULT"] = fault
    return subprocess.run([sys.executable, "-m", "app.cli", "sync", "--db", str(db_path),
                           "--hq", url, "--timeout", "5", "--retries", "1"],
                          env=env,
                          capture_output=True, text=True, timeout=60)


def test_the_sync_command_over_real_http_exits_0_when_everything_is_acknowledged(
        engine, hq, server, db_path, tmp_path):
    branch_with_meeting(engine)
    register(hq, engine)
    engine.dispose()
    result = _sync(db_path, server)
    assert result.returncode == 0, result.stderr
    assert len(hq_events(hq)) == 1


@pytest.mark.parametrize("fault", ["sync.before_send", "sync.after_send_before_ack",
                                   "sync.before_ack_record", "sync.after_ack_record",
                                   "sync.snapshot.after_chunk", "sync.pull.before_cursor"])
def test_killing_the_branch_at_any_point_of_a_sync_loses_and_doubles_nothing(
        engine, hq, server, db_path, tmp_path, fault):
    branch_with_meeting(engine)
    register(hq, engine)
    from app.headoffice.admin import publish
    publish(hq, "holiday", "2026-12-25", {"name_en": "Christmas", "name_bn": "বড়দিন"})
    engine.dispose()
    killed = _sync(db_path, server, fault)
    assert killed.returncode == -9
    again = _sync(db_path, server)
    assert again.returncode == 0, again.stderr
    assert (len(hq_events(hq)), outbox_count(engine)) == (1, 0)


def test_the_sync_command_says_clearly_when_head_office_is_unreachable(engine, hq, db_path,
                                                                        tmp_path):
    branch_with_meeting(engine)
    register(hq, engine)
    engine.dispose()
    result = _sync(db_path, f"http://127.0.0.1:{free_port()}")
    assert result.returncode == 1 and "cannot be reached" in result.stderr


def test_the_sync_command_of_a_branch_not_enrolled_says_how_to_enrol(engine, db_path):
    branch_with_meeting(engine)
    engine.dispose()
    result = _sync(db_path, f"http://127.0.0.1:{free_port()}")
    assert result.returncode == 1 and "shakha enrol FILE" in result.stderr


def _branch_files(engine, hq, db_path, tmp_path, enrolled_for="BJS-001"):
    from sqlalchemy import text
    from sqlalchemy.orm import Session

    from app.sync.outbox import set_state

    branch_with_meeting(engine)
    register(hq, engine)
    with Session(engine) as s, s.begin():  # a key taken from another branch's database
        set_state(s, "enrolled_branch", enrolled_for)
    with engine.connect() as conn:
        state = conn.execute(text("SELECT key, value FROM sync_state")).all()
    engine.dispose()
    return state


def _files(folder):
    """What is in the folder (SQLite's -wal and -shm of the branch database aside)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


def _sync_state(engine):
    from sqlalchemy import text

    with engine.connect() as conn:
        return conn.execute(text("SELECT key, value FROM sync_state")).all()


def test_a_usb_bundle_is_not_written_with_another_branchs_key(engine, hq, db_path,
                                                               tmp_path, capsys):
    from app.cli import main

    state = _branch_files(engine, hq, db_path, tmp_path, enrolled_for="JB-CHD")
    bundle = tmp_path / "b.shakha"
    assert main(["sync", "export", "--out", str(bundle), "--db", str(db_path)]) == 1
    assert "enrolled for branch JB-CHD, but the database is branch BJS-001" in \
        capsys.readouterr().err
    assert (_files(tmp_path), _sync_state(engine)) == (["branch.db"], state)


@pytest.mark.parametrize("bad", [
    ["--key-file", "{binary}"], ["--timeout", "-1"], ["--timeout", "0"],
    ["--retries", "-2"], ["--hq", "hq.example.org"], ["--hq", "http://hq.example.org"],
    ["--out", "{folder}"], ["--out", "{missing}/b.shakha"], ["{stray}"]])
def test_sync_words_a_script_gets_wrong_are_refused_in_one_line_changing_nothing(
        engine, hq, db_path, tmp_path, capsys, bad):
    from app.cli import main

    state = _branch_files(engine, hq, db_path, tmp_path)
    binary = tmp_path / "binary.key"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    words = [w.format(binary=binary, folder=tmp_path, missing=tmp_path / "no",
                      stray=tmp_path / "r.shakha") for w in bad]
    argv = {"--hq": ["sync"], "--timeout": ["sync"], "--retries": ["sync"],
            "--key-file": ["sync"]}.get(bad[0], ["sync", "export"])
    options = {"--db": str(db_path), "--hq": "http://127.0.0.1:9",
               "--out": str(tmp_path / "b.shakha")}
    if argv == ["sync"]:
        del options["--out"]
    for i in range(0, len(words) - 1, 2):
        options[words[i]] = words[i + 1]
    flat = [w for pair in options.items() for w in pair]
    stray = words if len(words) == 1 else []
    before = _files(tmp_path)
    assert main([*argv, *stray, *flat]) == 2
    err = capsys.readouterr().err
    assert err.startswith("shakha: error: ") and err.count("\n") == 1
    assert (_files(tmp_path), _sync_state(engine)) == (before, state)


def test_import_receipt_of_a_file_that_is_not_there_is_a_usage_error(engine, hq, db_path,
                                                                      tmp_path, capsys):
    from app.cli import main

    state = _branch_files(engine, hq, db_path, tmp_path)
    missing = tmp_path / "receipt.shakha"
    assert main(["sync", "import-receipt", str(missing), "--db", str(db_path)]) == 2
    assert capsys.readouterr().err == f"shakha: error: File not found: {missing}\n"
    assert _sync_state(engine) == state
