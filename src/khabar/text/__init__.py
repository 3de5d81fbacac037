"""Text handling: Arabic-aware normalisation with an offset map back to the original."""

from khabar.text.normalise import NormalizedText, fold, normalise

__all__ = ["NormalizedText", "fold", "normalise"]
