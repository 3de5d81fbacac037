"""The Component protocol and the strict runner (no business logic here)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from khabar.errors import PipelineError
from khabar.model import Document

# what a fresh Document already carries
INITIAL = frozenset({"text", "lang", "published"})


@runtime_checkable
class Component(Protocol):
    """One step of the pipeline: reads ``requires``, writes ``assigns``."""

    @property
    def name(self) -> str: ...

    @property
    def requires(self) -> tuple[str, ...]: ...

    @property
    def assigns(self) -> tuple[str, ...]: ...

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    """An ordered list of components, checked once when built.

    >>> from khabar.components import default_components
    >>> Pipeline(default_components()).names[:2]
    ['normalise', 'segment']
    """

    def __init__(self, components: Iterable[Component]) -> None:
        self.components: list[Component] = list(components)
        self._check(self.components)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    @staticmethod
    def _check(components: Sequence[Component]) -> None:
        have = set(INITIAL)
        for comp in components:
            missing = [r for r in comp.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"component {comp.name!r} requires {', '.join(missing)}, "
                    "which no earlier component assigns"
                )
            have.update(comp.assigns)

    def __call__(self, doc: Document) -> Document:
        for comp in self.components:
            doc = comp(doc)
            doc.done.update(comp.assigns)
        return doc
