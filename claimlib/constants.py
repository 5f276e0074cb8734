"""The shared vocabulary of claimlib's extractors.

Every linguistic list that more than one extractor needs lives here once
(reporting verbs with their classes, pronoun features, month and weekday
names, titles and roles), in the manner of textacy's ``constants.py``.
Extractors import from here; they do not keep private copies.
"""
