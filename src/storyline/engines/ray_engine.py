"""The Ray engine: the pipeline on a pool of Ray actors, each building its models once.

Runs on a local Ray instance (started here, sized to `workers`) or on an existing cluster
(`address="ray://head:10001"` or `"auto"`); there every node needs storyline installed
(`pip install 'storyline[ray]'`). Ray is imported only when this engine is used.
"""

from __future__ import annotations

from collections import Counter

from storyline.config import Settings
from storyline.engines.base import Engine, Result, analyze_one, resolve_workers
from storyline.records import RawDocument

RAY_MISSING = "the ray engine needs Ray: install it with `pip install 'storyline[ray]'`"


def import_ray():
    try:
        import ray
    except ImportError as exc:
        raise RuntimeError(RAY_MISSING) from exc
    return ray


class _PipelineWorker:
    """Actor body: one DocumentPipeline per actor, reused for every chunk it is sent."""

    def __init__(self, settings: Settings):
        from storyline.pipeline import DocumentPipeline

        self.pipeline = DocumentPipeline(settings)

    def analyze(self, raws: list[RawDocument]) -> tuple[list[Result], dict[str, float]]:
        before = dict(self.pipeline.timings)
        results = [analyze_one(self.pipeline, raw) for raw in raws]
        return results, {k: v - before.get(k, 0.0) for k, v in self.pipeline.timings.items()}


class RayEngine(Engine):
    name = "ray"

    def __init__(self, settings: Settings, *, workers: int = 1, address: str | None = None, chunk_size: int = 8):
        self.settings = settings
        self.address = address
        # on a cluster, workers=0 means one actor per CPU of the cluster (known once connected)
        self.requested_workers = workers
        self.workers = resolve_workers(workers) if not address else max(workers, 1)
        self.chunk_size = chunk_size
        self._ray = None
        self._started_ray = False
        self._actors: list = []
        self._pool = None
        self._timings: Counter = Counter()

    def _start(self) -> None:
        ray = import_ray()
        if not ray.is_initialized():
            if self.address:
                try:
                    ray.init(address=self.address, log_to_driver=False)
                except Exception as exc:  # unreachable or not a Ray cluster: say which, in one line
                    raise RuntimeError(f"cannot connect to the Ray cluster at {self.address}: {exc}") from exc
            else:
                # a private local instance: no dashboard, a small object store (documents are small)
                ray.init(num_cpus=self.workers, include_dashboard=False, log_to_driver=False,
                         object_store_memory=256 * 1024 * 1024)
            self._started_ray = True
        cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        if self.address and self.requested_workers == 0:
            self.workers = cpus
        # an actor holds one CPU: more actors than CPUs would wait forever for theirs
        self.workers = min(self.workers, cpus)
        actor = ray.remote(num_cpus=1)(_PipelineWorker)
        from ray.util import ActorPool

        self._ray = ray
        self._actors = [actor.remote(self.settings) for _ in range(self.workers)]
        self._pool = ActorPool(self._actors)

    def analyze_batch(self, raws: list[RawDocument]) -> list[Result]:
        if self._pool is None:
            self._start()
        chunks = [raws[i : i + self.chunk_size] for i in range(0, len(raws), self.chunk_size)]
        results: list[Result] = []
        # ActorPool.map keeps input order, so the engines' outputs line up document for document
        for chunk_results, seconds in self._pool.map(lambda actor, chunk: actor.analyze.remote(chunk), chunks):
            results.extend(chunk_results)
            self._timings.update(seconds)
        return results

    def stage_seconds(self) -> dict[str, float]:
        return dict(self._timings)

    def close(self) -> None:
        if self._pool is not None:
            for actor in self._actors:
                self._ray.kill(actor)
            self._actors, self._pool = [], None
        if self._started_ray and self._ray is not None:
            self._ray.shutdown()
            self._started_ray = False
