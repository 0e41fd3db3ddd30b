"""Enrolment: a branch device gets its identity from a one-time, expiring file head
office wrote, makes its own key pair and presents the public half — online or by USB.
Head office keeps public keys and token digests only."""

from __future__ import annotations

import json
import os
import stat
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from app.cli import main
from app.headoffice.devices import accept_enrolment, issue_enrolment, read_enrolment_reply
from app.headoffice.ingest import Refused, now
from app.headoffice.keys import HqKeys
from app.headoffice.models import HqAlarm
from app.headoffice.models_trust import HqDeviceKey, HqEnrolment
from app.sync.device import device_key, is_enrolled
from app.sync.enrolment import (
    EnrolmentError,
    enrol_online,
    read_enrolment,
    write_enrolment_reply,
)
from app.sync.outbox import get_state
from tests import dbfiles
from tests.services.meeting_world import meeting_world


def _file(hq, hq_keys, tmp_path, code="BJS-001", **options):
    path = tmp_path / f"{code}-{os.urandom(3).hex()}.enrol"
    path.write_text(json.dumps(issue_enrolment(hq, hq_keys, code, **options)))
    return path


def _usb(engine, hq, hq_keys, path, tmp_path):
    reply = tmp_path / f"reply-{os.urandom(3).hex()}"
    write_enrolment_reply(engine, read_enrolment(path), reply)
    return accept_enrolment(hq, hq_keys, read_enrolment_reply(hq_keys, reply.read_bytes()))


def everything_head_office_holds(hq) -> str:
    from app.headoffice.models import HqBase

    with hq.connect() as conn:
        return " ".join(str(v) for t in HqBase.metadata.sorted_tables
                        for row in conn.execute(text(f"SELECT * FROM {t.name}")) for v in row)


def _alarms(hq, kind):
    with Session(hq) as s:
        return s.scalars(select(HqAlarm.detail).where(HqAlarm.kind == kind)).all()


def _active_keys(hq, code="BJS-001"):
    with Session(hq) as s:
        return s.scalars(select(HqDeviceKey.key_id).where(
            HqDeviceKey.branch == code, HqDeviceKey.retired_at.is_(None))).all()


def test_a_branch_enrolled_by_usb_holds_its_key_and_head_office_only_the_public_half(
        engine, hq, hq_keys, tmp_path):
    meeting_world(engine)
    path = _file(hq, hq_keys, tmp_path)
    answer = _usb(engine, hq, hq_keys, path, tmp_path)
    key = device_key(engine)
    assert answer["answer"]["key_id"] == key.id and _active_keys(hq) == [key.id]
    dump = everything_head_office_holds(hq)  # nothing of it could sign for the branch
    assert key.signing.private_b64 not in dump and key.seal_private_b64 not in dump
    assert json.loads(path.read_text())["token"] not in dump  # only its SHA-256
    with Session(engine) as s:
        assert json.loads(get_state(s, "hq_keys")) == hq_keys.public_keys()


def test_a_branch_enrolls_online_against_the_real_server(engine, hq, hq_keys, live, tmp_path):
    meeting_world(engine)
    url = f"http://127.0.0.1:{live.port}"
    done = enrol_online(engine, read_enrolment(_file(hq, hq_keys, tmp_path, hq_url=url)))
    assert done.online and done.hq_url == url and _active_keys(hq) == [done.key_id]
    with Session(engine) as s:
        assert get_state(s, "hq_url") == url


def test_an_enrolment_token_is_good_once_and_a_second_device_is_refused_with_an_alarm(
        engine, hq, hq_keys, tmp_path, _migrated_template):
    meeting_world(engine)
    path = _file(hq, hq_keys, tmp_path)
    first = _usb(engine, hq, hq_keys, path, tmp_path)
    assert _usb(engine, hq, hq_keys, path, tmp_path) == first  # the same file again: same key
    other_db = tmp_path / "other.db"
    dbfiles.copy_db(_migrated_template, other_db)
    from app.db.engine import open_engine

    other = open_engine(other_db)
    meeting_world(other)
    with pytest.raises(Refused, match="already used"):
        _usb(other, hq, hq_keys, path, tmp_path)
    other.dispose()
    assert _active_keys(hq) == [first["answer"]["key_id"]]
    assert any("already used" in a for a in _alarms(hq, "enrolment"))


def test_an_expired_enrolment_is_refused_by_head_office_with_an_alarm(engine, hq, hq_keys,
                                                                       tmp_path):
    meeting_world(engine)
    path = _file(hq, hq_keys, tmp_path)
    with Session(hq) as s, s.begin():
        s.execute(update(HqEnrolment).values(expires_at=now() - timedelta(minutes=1)))
    with pytest.raises(Refused, match="expired"):
        _usb(engine, hq, hq_keys, path, tmp_path)
    assert _active_keys(hq) == [] and _alarms(hq, "enrolment")


def test_an_enrolment_file_altered_by_hand_or_for_another_branch_is_refused_at_the_branch(
        engine, hq, hq_keys, tmp_path):
    meeting_world(engine)  # branch BJS-001
    path = _file(hq, hq_keys, tmp_path)
    data = json.loads(path.read_text())
    data["branch"] = "BJS-002"
    path.write_text(json.dumps(data))
    with pytest.raises(EnrolmentError, match="not an enrolment file"):
        read_enrolment(path)
    other = read_enrolment(_file(hq, hq_keys, tmp_path, code="BJS-002"))
    with pytest.raises(EnrolmentError, match="for branch BJS-002, this database is branch "
                                            "BJS-001"):
        write_enrolment_reply(engine, other, tmp_path / "reply")
    assert not is_enrolled(engine) and not (tmp_path / "reply").exists()


def test_a_file_for_another_policy_profile_is_refused(engine, hq, hq_keys, tmp_path):
    meeting_world(engine)  # india_rbi
    enrolment = read_enrolment(_file(hq, hq_keys, tmp_path, profile="bangladesh_mra"))
    with pytest.raises(EnrolmentError, match="policy profile bangladesh_mra"):
        write_enrolment_reply(engine, enrolment, tmp_path / "reply")
    assert not is_enrolled(engine)


def test_enrolling_again_with_a_new_file_replaces_the_device_and_raises_an_alarm(
        engine, hq, hq_keys, tmp_path):
    meeting_world(engine)
    first = _usb(engine, hq, hq_keys, _file(hq, hq_keys, tmp_path), tmp_path)
    second = _usb(engine, hq, hq_keys, _file(hq, hq_keys, tmp_path), tmp_path)
    assert second["answer"]["key_id"] != first["answer"]["key_id"]
    assert _active_keys(hq) == [device_key(engine).id] == [second["answer"]["key_id"]]
    assert _alarms(hq, "re-enrolled")


def test_an_answer_not_signed_by_head_office_enrols_nothing(engine, hq, hq_keys, tmp_path):
    meeting_world(engine)
    impostor = HqKeys.generate()

    def fake(request):  # answers as head office would, with another key
        content = {"branch": "BJS-001", "key_id": json.loads(request.content)["request"]
                   ["device"]["key_id"], "enrolled_at": "2026-11-25T10:00:00", "epoch": 1,
                   "hq_keys": impostor.public_keys()}
        return httpx.Response(200, json={"answer": content,
                                         "signature": impostor.sign("shakha/enrolment/1",
                                                                    content)})

    enrolment = read_enrolment(_file(hq, hq_keys, tmp_path, hq_url="https://hq.example"))
    with pytest.raises(EnrolmentError, match="not signed by head office"):
        enrol_online(engine, enrolment, client=httpx.Client(transport=httpx.MockTransport(fake)))
    assert not is_enrolled(engine)


def test_the_cli_words_enrol_by_usb_and_online(engine, hq, hq_url, live, tmp_path, capsys,
                                                db_path):
    meeting_world(engine)
    enrolment, reply = tmp_path / "bjs.enrol", tmp_path / "bjs.reply"
    assert main(["hq", "enrol", "BJS-001", "--db", hq_url, "--out", str(enrolment),
                 "--profile", "india_rbi"]) == 0
    assert stat.S_IMODE(enrolment.stat().st_mode) == 0o600  # it holds a one-time secret
    assert main(["enrol", str(enrolment), "--db", str(db_path), "--out", str(reply)]) == 0
    assert main(["hq", "accept-enrolment", str(reply), "--db", hq_url]) == 0
    assert "branch BJS-001 enrolled" in capsys.readouterr().out
    assert _active_keys(hq) == [device_key(engine).id]
    assert main(["hq", "enrol", "BJS-001", "--db", hq_url, "--out", str(enrolment)]) == 0
    assert main(["enrol", str(enrolment), "--db", str(db_path), "--hq",
                 f"http://127.0.0.1:{live.port}"]) == 0
    assert _active_keys(hq) == [device_key(engine).id]
    assert main(["enrol", str(enrolment), "--db", str(db_path), "--hq",
                 "http://hq.example.org"]) == 2  # plain http to another computer
    assert "https://" in capsys.readouterr().err


def test_head_office_key_file_is_owner_only_and_refused_when_others_can_read_it(
        hq_keys_path, tmp_path):
    assert stat.S_IMODE(hq_keys_path.stat().st_mode) == 0o600
    copy = tmp_path / "keys.json"
    copy.write_text(hq_keys_path.read_text())
    copy.chmod(0o644)
    from app.errors import ValidationError

    with pytest.raises(ValidationError, match="can be read by other users"):
        HqKeys.load(copy)


def test_hq_init_puts_the_recovery_public_key_in_the_key_file_and_enrolment_carries_it(
        engine, hq, hq_url, hq_keys_path, tmp_path, db_path):
    """`hq init --recovery-public FILE`: head office's recovery public key goes into its
    key file (kind "recovery"); every enrolment file carries it, so the enrolled branch
    database gets a key slot head office can recover it with."""
    from app.db import keyslots
    from app.db.recovery import make_key_pair

    public_file = make_key_pair(tmp_path / "recovery.pem")
    keys_file = tmp_path / "keys.json"  # this head office's keys, a copy to change
    keys_file.write_text(hq_keys_path.read_text())
    keys_file.chmod(0o600)
    assert main(["hq", "init", "--db", hq_url, "--keys", str(keys_file),
                 "--recovery-public", str(public_file)]) == 0
    keys = HqKeys.load(keys_file)
    assert keys.public_keys()["recovery"] == [
        {"id": keys.public_keys()["recovery"][0]["id"],
         "public": public_file.read_text().strip()}]
    assert stat.S_IMODE(keys_file.stat().st_mode) == 0o600
    meeting_world(engine)
    _usb(engine, hq, keys, _file(hq, keys, tmp_path), tmp_path)
    assert keyslots.read_slots(db_path).names("recovery")
    assert main(["hq", "init", "--db", hq_url, "--keys", str(keys_file),
                 "--recovery-public", str(db_path)]) == 2  # not a key: refused, no change
    assert HqKeys.load(keys_file).recovery == keys.recovery
