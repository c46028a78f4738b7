"""Where a cold build's time goes, step by step: wall and CPU seconds of each.

Builds the example articles (plus --extra, by default
../shared/articles/compression-fractures.txt) in this process through
plaincast.pipeline.build, with the build's steps wrapped in timers. Each
step's figures are exclusive (a step nested in another is taken out of it),
and CPU is this process's (every thread) plus the ffmpeg processes it waited
for, so the CPU column stays meaningful on a busy machine where wall time
is not.

Two builds run, each into a fresh output folder:
  cold    a fresh clip cache: speaking included (with --executor)
  warm    the clip cache the cold build filled: everything but speaking,
          i.e. what a build costs on top of speaking

    PLAINCAST_REWRITER=rules python benchmarks/profile_build.py [--executor local] [--extra FILE]
        [--clips CACHE]   (a clip cache that holds the articles' clips: the warm build only)
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
EXTRA_ARTICLE = REPO.parent / "shared" / "articles" / "compression-fractures.txt"


# a step's phase from the first word of its name (the talking books are published outputs,
# but their AAC parts are made while mastering)
PHASES = {"plan": "plan", "speak": "speak", "master": "master", "m4b": "publish", "epub": "publish",
          "output": "publish", "publish": "publish"}


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Steps:
    """Exclusive wall and CPU seconds per named step."""

    def __init__(self):
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[list[float]] = []  # [wall, cpu] spent in nested steps

    def wrap(self, name: str, function, consume: bool = False):
        def timed(*args, **kwargs):
            self._stack.append([0.0, 0.0])
            wall, cpu = time.perf_counter(), _cpu()
            try:
                result = function(*args, **kwargs)
                return list(result) if consume else result
            finally:
                wall, cpu = time.perf_counter() - wall, _cpu() - cpu
                inner = self._stack.pop()
                self.wall[name] += wall - inner[0]
                self.cpu[name] += cpu - inner[1]
                self.calls[name] += 1
                if self._stack:
                    self._stack[-1][0] += wall
                    self._stack[-1][1] += cpu
        return timed

    def patch(self, owner, attribute: str, name: str, consume: bool = False) -> None:
        setattr(owner, attribute, self.wrap(name, getattr(owner, attribute), consume))

    def clear(self) -> None:
        self.wall.clear(), self.cpu.clear(), self.calls.clear()


def _process_cpu(pid: int) -> float:
    """CPU seconds of a live process of this machine (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def count_workers(workers: dict[str, float]) -> None:
    """Note the local pool's workers' CPU just before they are shut down (they are the
    forkserver's children, so no rusage of this process counts them)."""
    from plaincast.executors.local import LocalExecutor

    close = LocalExecutor.close

    def counted(self):
        if self._pool is not None:
            for pid in list(self._pool._processes):
                workers[str(pid)] = _process_cpu(pid)
        close(self)

    LocalExecutor.close = counted


def instrument(steps: Steps) -> None:
    import plaincast.audio as audio
    import plaincast.books.epub as epub
    import plaincast.books.m4b as m4b
    import plaincast.ingest as ingest
    import plaincast.narrate as narrate
    import plaincast.outputs as outputs
    import plaincast.outputs.tree as tree
    import plaincast.phases.master as master_phase
    import plaincast.phases.plan as plan
    import plaincast.pipeline as pipeline
    import plaincast.plain as plain
    import plaincast.site as site

    mastering = sys.modules["plaincast.audio.master"]  # plaincast.audio.master is also a function

    steps.patch(pipeline, "plan_article", "plan: other")
    steps.patch(ingest, "read_article", "plan: read")
    steps.patch(plain, "simplify", "plan: simplify")
    steps.patch(narrate, "build_script", "plan: script")
    steps.patch(pipeline, "speak", "speak (+ waiting on workers)")
    steps.patch(pipeline, "clips_of", "master: read clips")
    steps.patch(master_phase, "unchanged_episode", "master: reuse check")
    steps.patch(audio, "master_key", "master: key")
    steps.patch(audio, "master", "master: other")
    steps.patch(mastering, "assemble", "master: assemble")
    steps.patch(mastering.Summary, "of", "master: loudness summary")
    steps.patch(mastering, "encode_mp3", "master: mp3 encode + meter")
    steps.patch(mastering, "write_tags", "master: id3 tags")
    for name in ("render_vtt", "render_srt", "render_chapters_json", "render_text"):
        steps.patch(mastering, name, "master: transcripts")
    steps.patch(site, "record_episode", "master: feed record")
    steps.patch(m4b, "inputs_key", "m4b: inputs key")
    steps.patch(m4b, "encode_m4b", "m4b: join + remux")
    steps.patch(epub, "write_epub", "epub: write")
    steps.patch(tree.Version, "finish", "publish: switch version")
    steps.patch(tree.Version, "place", "publish: place files")
    for output in outputs.registered():
        outputs._REGISTRY[output.name] = replace(
            output, render=steps.wrap(f"output {output.scope}: {output.name}", output.render, consume=True))


def report(label: str, steps: Steps, wall: float, cpu: float) -> None:
    print(f"\n{label}: {wall:.2f} s wall, {cpu:.2f} s CPU (this process + waited-for ffmpeg)")
    print(f"  {'step':38s} {'wall s':>7s} {'cpu s':>7s} {'calls':>6s}")
    for name in sorted(steps.wall, key=lambda n: -steps.wall[n]):
        print(f"  {name:38s} {steps.wall[name]:7.2f} {steps.cpu[name]:7.2f} {steps.calls[name]:6d}")
    rest_wall, rest_cpu = wall - sum(steps.wall.values()), cpu - sum(steps.cpu.values())
    print(f"  {'(outside the steps above)':38s} {rest_wall:7.2f} {rest_cpu:7.2f}")
    phases: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for name in steps.wall:
        phase = PHASES.get(name.split(":")[0].split(" ")[0], "publish")
        phases[phase][0] += steps.wall[name]
        phases[phase][1] += steps.cpu[name]
    print("  by phase: " + "; ".join(f"{phase} {w:.2f} s wall, {c:.2f} s CPU"
                                     for phase, (w, c) in phases.items()))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--executor", default="local")
    parser.add_argument("--extra", type=Path, default=EXTRA_ARTICLE)
    parser.add_argument("--content", type=Path, default=REPO / "content")
    parser.add_argument("--clips", type=Path,
                        help="a clip cache that already holds these articles' clips: copied in, and "
                             "only the warm build runs (what a build costs on top of speaking)")
    args = parser.parse_args()
    started = time.perf_counter()
    from plaincast.config import load_settings  # noqa: F401  (import cost counted below)
    from plaincast.pipeline import build
    imported = time.perf_counter() - started
    from plaincast.config import Settings

    steps = Steps()
    instrument(steps)
    workers: dict[str, float] = {}
    count_workers(workers)
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        content = work / "content"
        content.mkdir()
        for path in sorted(args.content.iterdir()):
            if path.is_file():
                shutil.copy(path, content / path.name)
        if args.extra.is_file():
            shutil.copy(args.extra, content / args.extra.name)
        settings = Settings(root=work)
        settings = replace(settings, build=replace(settings.build, executor=args.executor))
        print(f"articles: {', '.join(sorted(p.name for p in content.iterdir()))}; executor {args.executor}; "
              f"rewriter {os.environ.get('PLAINCAST_REWRITER', '(settings)')}; "
              f"importing plaincast.pipeline: {imported:.2f} s")
        labels = ["cold (fresh clip cache)", "warm clip cache, fresh output"]
        if args.clips:
            shutil.copytree(args.clips, work / "cache", ignore=shutil.ignore_patterns("audiobook"))
            labels = labels[1:]
        for label in labels:
            steps.clear()
            workers.clear()
            wall, cpu = time.perf_counter(), _cpu()
            result = build(content, work / f"output-{len(label)}", settings, work / "cache")
            wall, cpu = time.perf_counter() - wall, _cpu() - cpu
            if any(r.error for r in result.results):
                print([r.error for r in result.results if r.error], file=sys.stderr)
                return 1
            report(label, steps, wall, cpu)
            if workers:
                print(f"  speaking workers' CPU: {sum(workers.values()):.2f} s "
                      f"({', '.join(f'{v:.1f}' for v in workers.values())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
