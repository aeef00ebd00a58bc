"""Stamps on files kept in a training work folder: reuse only what this run would make itself."""
import pytest

from simpul.extract import workstamp
from simpul.extract.workstamp import StaleWorkFileError


def test_a_kept_file_is_reused_only_with_the_settings_that_made_it(tmp_path):
    kept = tmp_path / "pretrain.pt"
    stamp = {"kind": "word2vec", "dim": 100, "text_sha256": workstamp.text_digest(["a b", "c"])}
    assert workstamp.reusable([kept], stamp, "--reuse-vectors") is False  # nothing kept: the run makes it afresh
    kept.write_bytes(b"vectors")
    with pytest.raises(StaleWorkFileError, match="no stamp"):  # made before stamps existed: no guessing
        workstamp.reusable([kept], stamp, "--reuse-vectors")
    workstamp.write(kept, stamp)
    assert workstamp.reusable([kept], dict(stamp), "--reuse-vectors") is True
    with pytest.raises(StaleWorkFileError, match=r"kind: 'word2vec' kept, 'fasttext' asked") as err:
        workstamp.reusable([kept], {**stamp, "kind": "fasttext"}, "--reuse-vectors")
    assert "dim" not in str(err.value) and str(err.value).startswith("--reuse-vectors: ")
    with pytest.raises(StaleWorkFileError, match="text_sha256"):  # same settings, other text
        workstamp.reusable([kept], {**stamp, "text_sha256": workstamp.text_digest(["a b", "d"])}, "--reuse-vectors")
    assert kept.read_bytes() == b"vectors"  # a refusal never touches the kept file
    workstamp.clear(kept)
    with pytest.raises(StaleWorkFileError, match="no stamp"):
        workstamp.reusable([kept], stamp, "--reuse-vectors")


def test_all_kept_files_must_exist_and_a_broken_stamp_is_refused(tmp_path):
    fwd, bwd = tmp_path / "charlm_forward.pt", tmp_path / "charlm_backward.pt"
    fwd.write_bytes(b"f")
    workstamp.write(fwd, {"hidden": 256})
    assert workstamp.reusable([fwd, bwd], {"hidden": 256}, "--reuse-charlm") is False
    bwd.write_bytes(b"b")
    assert workstamp.reusable([fwd, bwd], {"hidden": 256}, "--reuse-charlm") is True
    workstamp.stamp_path(fwd).write_text("{not json", encoding="utf-8")
    with pytest.raises(StaleWorkFileError, match="unreadable stamp"):
        workstamp.reusable([fwd, bwd], {"hidden": 256}, "--reuse-charlm")


def test_text_digest_sees_order_and_line_breaks():
    assert workstamp.text_digest(["a", "b"]) != workstamp.text_digest(["b", "a"])
    assert workstamp.text_digest(["a b"]) != workstamp.text_digest(["a", "b"])
    assert workstamp.text_digest(["a", "b"]) == workstamp.text_digest(iter(["a", "b"]))
