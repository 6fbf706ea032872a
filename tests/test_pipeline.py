"""Pipeline wiring is checked when built; components may only change what they produce."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from dateline.config import Settings
from dateline.deadline import Deadline
from dateline.errors import BudgetExceeded, PipelineError
from dateline.model import Annotations, Document, Mention, Provenance, Span
from dateline.pipeline import DEFAULT_COMPONENTS, Pipeline, check_wiring, registry

DOC = Document("d", "Kyiv was quiet.", dt.date(2026, 1, 1))


class Fake:
    """A configurable test component."""

    def __init__(
        self,
        name: str,
        requires: tuple[str, ...],
        produces: tuple[str, ...],
        touch: str | None = None,
        sleep: float = 0.0,
    ) -> None:
        self.name, self.version = name, "0"
        self.requires, self.produces = requires, produces
        self.touch, self.sleep = touch, sleep

    def __call__(self, doc: Document, ann: Annotations, deadline: Deadline) -> Annotations:
        if self.sleep:
            end = time.monotonic() + self.sleep
            while time.monotonic() < end:
                pass
        layer = self.touch or self.produces[0]
        mention = Mention(Span(0, 4), "Kyiv", "GPE", Provenance(self.name, "0"))
        return ann.with_layers(**{layer: (mention,)})


def test_missing_requirement_is_caught_at_build_time() -> None:
    with pytest.raises(PipelineError, match="requires parse"):
        check_wiring([Fake("ents", ("parse",), ("entities",))])


def test_order_matters_and_unknown_layers_are_rejected() -> None:
    a = Fake("a", (), ("parse",))
    b = Fake("b", ("parse",), ("entities",))
    check_wiring([a, b])
    with pytest.raises(PipelineError):
        check_wiring([b, a])
    with pytest.raises(PipelineError, match="unknown layer"):
        check_wiring([Fake("c", (), ("sentiment",))])
    with pytest.raises(PipelineError, match="twice"):
        check_wiring([a, a])


def test_component_touching_an_undeclared_layer_fails_the_document() -> None:
    rogue = Fake("rogue", (), ("parse",), touch="entities")
    pipeline = Pipeline([rogue], Settings.load(env={}))
    [outcome] = list(pipeline.annotate_many([DOC]))
    assert isinstance(outcome.error, PipelineError)
    assert "does not produce" in str(outcome.error)


def test_time_budget_rejects_only_the_slow_document() -> None:
    slow = Fake("slow", (), ("entities",), sleep=0.3)
    settings = Settings.load({"doc_timeout": 0.05}, env={})
    pipeline = Pipeline([slow], settings)
    [outcome] = list(pipeline.annotate_many([DOC]))
    assert isinstance(outcome.error, BudgetExceeded)
    fast = Pipeline([Fake("fast", (), ("entities",))], settings)
    [ok] = list(fast.annotate_many([DOC]))
    assert ok.error is None and ok.result is not None


def test_default_pipeline_is_registered_and_wired(pipeline: Pipeline) -> None:
    assert [c.name for c in pipeline.components] == list(DEFAULT_COMPONENTS)
    assert set(DEFAULT_COMPONENTS) <= set(registry.names())
    assert all(c.version for c in pipeline.components)


def test_unknown_component_name() -> None:
    with pytest.raises(PipelineError, match="unknown component"):
        Pipeline.build(Settings.load(env={}), names=("parse", "nonesuch"))


class Sleeper(Fake):
    """A component that waits without using the CPU (as a thread waiting for the GIL does)."""

    def __call__(self, doc: Document, ann: Annotations, deadline: Deadline) -> Annotations:
        time.sleep(0.05)
        return super().__call__(doc, ann, deadline)


class Spinner(Fake):
    """A component that uses 0.05 s of its thread's CPU time."""

    def __call__(self, doc: Document, ann: Annotations, deadline: Deadline) -> Annotations:
        end = time.thread_time() + 0.05
        while time.thread_time() < end:
            pass
        return super().__call__(doc, ann, deadline)


def test_timings_keep_wall_and_cpu_seconds_apart() -> None:
    busy = Spinner("busy", (), ("parse",))
    idle = Sleeper("idle", ("parse",), ("entities",))
    pipeline = Pipeline([busy, idle], Settings.load(env={}))
    [outcome] = list(pipeline.annotate_many([DOC]))
    assert outcome.error is None
    assert pipeline.timings["busy"] >= 0.05 and pipeline.timings["idle"] >= 0.05
    assert pipeline.cpu_timings["busy"] >= 0.05
    assert pipeline.cpu_timings["idle"] < 0.03
