"""The pipeline components, in their default order.

========== ============================== ===========================================
component  requires                       assigns
========== ============================== ===========================================
normalise  text                           norm
segment    norm                           paragraphs, sentences, quotes
attribute  norm, sentences, quotes        statements (speaker, cue, content, kind, via)
stance     statements                     stance
speakers   statements                     speaker names (fullest name in the article)
dates      statements, published          dates, statement dates
quantities statements                     statement quantities
========== ============================== ===========================================
"""

from __future__ import annotations

from khabar.pipeline import Component


def default_components() -> list[Component]:
    from khabar.components.attribution import Attribute
    from khabar.components.dates import StatementDates
    from khabar.components.normalise import Normalise
    from khabar.components.quantities import StatementQuantities
    from khabar.components.segment import Segment
    from khabar.components.speakers import ResolveSpeakers
    from khabar.components.stance import Stance

    return [
        Normalise(),
        Segment(),
        Attribute(),
        Stance(),
        ResolveSpeakers(),
        StatementDates(),
        StatementQuantities(),
    ]
