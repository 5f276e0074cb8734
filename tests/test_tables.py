"""The table contract is enforced where rows become a DataFrame."""
import pytest

from claimlib.tables import columns, frame


def _row(table: str, **changes) -> dict:
    row = {c: None for c in columns(table)}
    row.update(changes)
    return row


def test_a_complete_row_makes_one_line():
    df = frame("quotes", [_row("quotes", speaker="Dmitry Peskov")])
    assert list(df.columns) == columns("quotes")
    assert df.loc[0, "speaker"] == "Dmitry Peskov"


@pytest.mark.parametrize(
    "table, row, message",
    [
        ("quotes", {**_row("quotes"), "speakr": "Peskov"}, "unknown keys ['speakr']"),
        ("quotes", {k: v for k, v in _row("quotes").items() if k != "speaker"}, "missing ['speaker']"),
        ("no_such_table", {}, "unknown table 'no_such_table'"),
    ],
)
def test_a_row_outside_the_contract_is_an_error(table, row, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        frame(table, [row])
