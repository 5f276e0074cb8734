"""Syntax helpers shared by every extractor.

Small pure functions over spaCy tokens and spans (the subject of a verb,
the bounds of a noun phrase, a verb's clausal complement), so that the same
verb gets the same subject whether it is read as an event, a quote cue or a
claim.
"""
