"""The count report of a stock-take when its folder cannot be made: one sentence, no file."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui import label_print
from warehouse_desktop.errors import WarehouseError


def test_a_count_report_whose_folder_cannot_be_made_is_refused_in_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("WAREHOUSE_DATA_DIR", str(blocker))
    with pytest.raises(WarehouseError) as caught:
        label_print.count_report_pdf(1)
    assert caught.value.key == "file_unwritable"
    assert caught.value.args_["path"] == str(blocker / "counts")
    assert not (blocker / "counts").exists()
