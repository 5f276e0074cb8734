"""Scoring claimlib against public gold corpora (PolNeAR, TempEval-3, MEANTIME)."""
