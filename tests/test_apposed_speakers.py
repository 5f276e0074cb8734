"""A plural speaker phrase that lists its people in apposition: each of them speaks.

"Two objectors, Ann Cole and Tom Reyes, had challenged the permit, contending that ..." is
said by both; a single name in apposition, a list of things, or names set apart from the
speaker ("Two objectors, including Ann Cole, ...") add no one. Short articles of our own.
"""
from __future__ import annotations

import pytest

from tests.test_accusations import _analyze

TWO_OBJECTORS = (
    "Permit\n\n"
    "Two objectors, Ann Cole and Tom Reyes, had challenged the permit with the council, contending that "
    "the tower should not be built because it broke the zoning code."
)
THREE_NEIGHBOURS = (
    "Permit\n\n"
    "Three neighbors, Ann Cole, Tom Reyes and Rita Vance, wrote to the council, arguing that the tower "
    "would block the light."
)
ONE_NAME = (
    "Permit\n\n"
    "Two objectors, Ann Cole among them, had challenged the permit, contending that the tower broke "
    "the zoning code."
)
SINGLE = (
    "Permit\n\n"
    "A neighbor, Ann Cole, had challenged the permit, contending that the tower broke the zoning code."
)


@pytest.mark.parametrize("text, speakers", [
    (TWO_OBJECTORS, {"Ann Cole", "Tom Reyes"}),
    (THREE_NEIGHBOURS, {"Ann Cole", "Tom Reyes", "Rita Vance"}),
    (ONE_NAME, {"Ann Cole"}),
    (SINGLE, {"Ann Cole"}),
])
def test_each_apposed_name_speaks(nlp, text, speakers):
    result = _analyze(nlp, text)
    speaking = {v.name for v in result.voices.itertuples() if v.quotes}
    assert speakers <= speaking and not (speaking - speakers - {"council"}), result.voices[["name", "quotes"]]
