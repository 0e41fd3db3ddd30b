"""The GUI's start-up seam: which arguments open the GUI, when Alembic can be skipped."""


from app.gui_launch import gui_arguments, head_revisions, schema_is_current
from tests import dbfiles


def test_only_global_options_open_the_gui():
    assert vars(gui_arguments(["--db", "x.db", "--lang", "en"])) == {"db": "x.db",
                                                                     "lang": "en"}
    assert gui_arguments([]) is not None
    assert [gui_arguments(a) for a in (["db", "check"], ["--help"], ["--lang", "fr"],
                                       ["--version"])] == [None, None, None, None]


def test_a_migrated_database_is_current(db_path):
    assert head_revisions() and schema_is_current(db_path)


def test_an_older_or_missing_database_is_not_current(db_path, tmp_path):
    con = dbfiles.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = 'older'")
    con.commit()
    con.close()
    assert (schema_is_current(db_path), schema_is_current(tmp_path / "none.db")) == (
        False, False)
