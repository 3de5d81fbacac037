"""Pipeline components and the runner that checks their order.

A component is any object with a ``name``, the document attributes it ``requires`` and the
ones it ``assigns``, and a ``__call__(doc) -> doc``. :class:`Pipeline` refuses an order in
which a component needs something no earlier component assigns.
"""

from khabar.pipeline._pipeline import Component, Pipeline

__all__ = ["Component", "Pipeline"]
