"""Components, their registry, and the pipeline that wires and runs them.

A component declares ``name``, ``version``, ``requires`` and ``produces`` (layer names
from ``dateline.model.LAYERS``). It receives the document and the annotations so far
and returns a new ``Annotations`` in which only its declared layers differ. The pipeline
checks the wiring once, when it is built, and the "only declared layers" rule on every
call.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from dateline.config import Settings
from dateline.deadline import Deadline, time_limit
from dateline.errors import DatelineError, PipelineError
from dateline.model import LAYERS, AnnotatedDocument, Annotations, Document, Provenance

if TYPE_CHECKING:
    from dateline.resources import Resources


@runtime_checkable
class Component(Protocol):
    """What every pipeline component declares and does."""

    name: str
    version: str
    requires: tuple[str, ...]
    produces: tuple[str, ...]

    def __call__(self, doc: Document, ann: Annotations, deadline: Deadline) -> Annotations:
        """Return ``ann`` with this component's layers added or refined."""
        ...


@runtime_checkable
class BatchComponent(Component, Protocol):
    """A component that can also process many documents at once (the spaCy pass)."""

    def pipe(self, docs: Sequence[Document], anns: Sequence[Annotations]) -> Iterator[Annotations]:
        """Yield one result per input, in order."""
        ...


ComponentFactory = Callable[["Resources"], Component]


class Registry:
    """Named component factories, in the spirit of spaCy's registry."""

    def __init__(self) -> None:
        self._factories: dict[str, ComponentFactory] = {}

    def register(self, name: str) -> Callable[[ComponentFactory], ComponentFactory]:
        """Decorator registering a factory under ``name``."""

        def decorate(factory: ComponentFactory) -> ComponentFactory:
            self._factories[name] = factory
            return factory

        return decorate

    def create(self, name: str, resources: Resources) -> Component:
        """Build the component registered under ``name``."""
        try:
            factory = self._factories[name]
        except KeyError:
            known = ", ".join(sorted(self._factories)) or "none"
            raise PipelineError(f"unknown component {name!r} (known: {known})") from None
        return factory(resources)

    def names(self) -> tuple[str, ...]:
        """All registered component names."""
        return tuple(sorted(self._factories))


registry = Registry()

DEFAULT_COMPONENTS: tuple[str, ...] = (
    "parse",
    "entities",
    "actors",
    "geo",
    "timex",
    "quotes",
    "events",
)
"""The standard pipeline, in order. Later layers append their components here."""


def check_wiring(components: Sequence[Component]) -> None:
    """Raise ``PipelineError`` unless every required layer is produced earlier."""
    available: set[str] = set()
    seen: set[str] = set()
    for comp in components:
        if comp.name in seen:
            raise PipelineError(f"component {comp.name!r} appears twice")
        seen.add(comp.name)
        for layer in (*comp.requires, *comp.produces):
            if layer not in LAYERS:
                raise PipelineError(f"component {comp.name!r} names unknown layer {layer!r}")
        missing = [layer for layer in comp.requires if layer not in available]
        if missing:
            raise PipelineError(
                f"component {comp.name!r} requires {', '.join(missing)}, "
                "which no earlier component produces"
            )
        if not comp.produces:
            raise PipelineError(f"component {comp.name!r} produces nothing")
        available.update(comp.produces)


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result for one input document: annotations, or the error that stopped it."""

    document: Document
    result: AnnotatedDocument | None = None
    error: DatelineError | None = None


class Pipeline:
    """An ordered, wiring-checked list of components."""

    def __init__(self, components: Sequence[Component], settings: Settings) -> None:
        check_wiring(components)
        self.components = tuple(components)
        self.settings = settings
        self.provenance = tuple(Provenance(c.name, c.version) for c in self.components)
        # Seconds spent in each component, summed over all documents (for benchmarks):
        # wall time, and CPU time of the calling thread, which leaves out waits for the GIL
        # held by the store's writer thread and time the machine gave to other processes.
        self.timings: defaultdict[str, float] = defaultdict(float)
        self.cpu_timings: defaultdict[str, float] = defaultdict(float)

    @classmethod
    def build(cls, settings: Settings, names: Iterable[str] = DEFAULT_COMPONENTS) -> Pipeline:
        """Build the named components from shared resources and check their wiring."""
        from dateline.nlp import register_all
        from dateline.resources import Resources

        register_all()
        resources = Resources(settings)
        return cls([registry.create(n, resources) for n in names], settings)

    def annotate(self, doc: Document, deadline: Deadline | None = None) -> AnnotatedDocument:
        """Run every component on one document within its time budget."""
        deadline = deadline or Deadline(self.settings.doc_timeout)
        with time_limit(deadline):
            ann = Annotations()
            for comp in self.components:
                deadline.check()
                ann = self._run(comp, doc, ann, deadline)
        return AnnotatedDocument(doc, ann, self.provenance)

    def annotate_many(self, docs: Iterable[Document]) -> Iterator[Outcome]:
        """Annotate documents in batches; a failing document never stops the others."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= self.settings.batch_size:
                yield from self._annotate_batch(batch)
                batch = []
        if batch:
            yield from self._annotate_batch(batch)

    def _annotate_batch(self, batch: list[Document]) -> Iterator[Outcome]:
        first = self.components[0] if self.components else None
        if len(batch) == 1 or not isinstance(first, BatchComponent):
            for doc in batch:
                yield self._one(doc)
            return
        budget = Deadline(self.settings.doc_timeout * len(batch))
        try:
            with time_limit(budget):
                started, cpu = time.perf_counter(), time.thread_time()
                starts = list(first.pipe(batch, [Annotations()] * len(batch)))
                self._timed(first.name, started, cpu)
        except DatelineError:
            # Fall back to one at a time so only the offending document is rejected.
            for doc in batch:
                yield self._one(doc)
            return
        for doc, ann in zip(batch, starts, strict=True):
            yield self._one(doc, ann, skip=1)

    def _one(self, doc: Document, ann: Annotations | None = None, skip: int = 0) -> Outcome:
        deadline = Deadline(self.settings.doc_timeout)
        ann = ann or Annotations()
        try:
            with time_limit(deadline):
                for comp in self.components[skip:]:
                    deadline.check()
                    ann = self._run(comp, doc, ann, deadline)
        except DatelineError as exc:
            return Outcome(doc, error=exc)
        return Outcome(doc, AnnotatedDocument(doc, ann, self.provenance))

    def _run(
        self, comp: Component, doc: Document, ann: Annotations, deadline: Deadline
    ) -> Annotations:
        started, cpu = time.perf_counter(), time.thread_time()
        try:
            return _run_checked(comp, doc, ann, deadline)
        finally:
            self._timed(comp.name, started, cpu)

    def _timed(self, name: str, started: float, cpu: float) -> None:
        self.timings[name] += time.perf_counter() - started
        self.cpu_timings[name] += time.thread_time() - cpu


def _run_checked(
    comp: Component, doc: Document, ann: Annotations, deadline: Deadline
) -> Annotations:
    out = comp(doc, ann, deadline)
    for layer in LAYERS:
        if layer not in comp.produces and getattr(out, layer) is not getattr(ann, layer):
            raise PipelineError(
                f"component {comp.name!r} changed layer {layer!r} it does not produce"
            )
    return out
