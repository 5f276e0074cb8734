"""A "not" before a negative word understates ("not infrequently" = often): no negation."""
import pytest

from claimlib.claims import _is_negated


@pytest.mark.parametrize("text, verb, negated", [
    ("There are not infrequently laws that make such conduct a crime.", "are", False),
    ("It is not uncommon for agencies to keep such records.", "is", False),
    ("There are not many laws that make such conduct a crime.", "are", True),
    ("The agency did not keep such records.", "keep", True),
    ("It is not common for agencies to keep such records.", "is", True),
])
def test_litotes_is_no_negation(nlp, text, verb, negated):
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert _is_negated(token) is negated
