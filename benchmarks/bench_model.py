"""Benchmark the language model pass of the plain stage (issue 9's targets).

Readability is measured with ../shared/eval/readability.py and SARI with
../shared/eval/sari.py (the shared judges), never with plaincast's own meter.

1. The seed article (../shared/articles/compression-fractures.txt): FKGL and SMOG of
   the original and of the plain text, sentences changed by each engine, model
   refusals, guard losses; the model pass's time against Piper speaking the same
   plain article in the same run (target: at most 4x); then an unchanged rebuild,
   which must make no model call and not load the model.
2. Cochrane val: mean FKGL of the abstracts before and after (a sample of
   --cochrane-limit abstracts; the model takes seconds per sentence).
3. ASSET valid: corpus SARI on a fixed sample of --asset-limit sentences (every
   k-th line, so the sample is the same in every run) with the guard on, beside the
   unchanged input's SARI on the same sample.

Rewrites go to a fresh cache folder, so the model really runs. The machine's load
changes timings: the time ratio is measured in one run, the model pass and Piper
back to back.

    .venv/bin/python benchmarks/bench_model.py [--threads N] [--cochrane-limit N]
        [--asset-limit N] [--skip-article] [--model small] [--rules-only] [--pages FILE ...]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# ../shared beside the clone (a worktree one level deeper finds it one level up)
SHARED = next((p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()),
              REPO.parent / "shared")
EVAL = SHARED / "eval"


def judge(name: str):
    spec = importlib.util.spec_from_file_location(name, EVAL / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def model_settings(args):
    from plaincast.config import PlainSettings, Settings

    return Settings(plain=PlainSettings(rewriter="model", threads=args.threads, model=args.model),
                    root=REPO)


def engines(plain) -> str:
    count = {e: sum(1 for r in plain.rewrites if r.engine == e) for e in ("rules", "model", "clinic")}
    refused = sum(1 for r in plain.rewrites if any(x.startswith("refused model") for x in r.reasons))
    return (f"changed by rules {count['rules']}, by model {count['model']}; "
            f"{refused} sentences with a refused model answer; {len(plain.rewrites)} sentences")


def guard_losses(plain, lex) -> int:
    from plaincast.plain.engine import guard_check

    return sum(1 for r in plain.rewrites
               if r.change == "changed" and guard_check(r.original, " ".join(r.result), lex))


def bench_article(path: Path, args, readability) -> None:
    from plaincast import narrate
    from plaincast.ingest import read_article
    from plaincast.plain import render_diff, render_text, simplify
    from plaincast.plain.engine import lexicon_for
    from plaincast.plain.llm import ModelRewriter

    settings = model_settings(args)
    article = read_article(path)
    rewriter = ModelRewriter(settings)
    start = time.perf_counter()
    plain = simplify(article, settings, rewriter)
    model_pass = time.perf_counter() - start
    rewriter.release()
    before = readability.measure(path.read_text(encoding="utf-8"))
    after = readability.measure(render_text(plain))
    print(f"{path.name}: FKGL {before['fkgl']} -> {after['fkgl']}, SMOG {before['smog']} -> "
          f"{after['smog']}, at grade 6 {before['share_grade6']:.0%} -> {after['share_grade6']:.0%} "
          "(shared readability.py)")
    print(f"  {engines(plain)}; guard losses {guard_losses(plain, lexicon_for(settings))}")
    print(f"  model pass (rules + model, {rewriter.calls} model calls, model load included): "
          f"{model_pass:.1f} s")

    # Piper speaking the same plain article, right after, into an empty clip cache
    script = narrate.build_script(plain, settings)
    engine = narrate.get_engine(settings.voice)
    with tempfile.TemporaryDirectory() as clips:
        engine.prepare()
        start = time.perf_counter()
        spoken = narrate.speak(script, engine, Path(clips))
        speaking = time.perf_counter() - start
        engine.release()
    audio_s = sum(c.duration_ms for c in spoken.clips) / 1000
    print(f"  Piper speaking it: {speaking:.1f} s for {audio_s / 60:.1f} min of audio; "
          f"model pass / speaking = {model_pass / speaking:.1f}x (target <= 4x)")

    again = ModelRewriter(settings)
    start = time.perf_counter()
    replay = simplify(article, settings, again)
    print(f"  unchanged rebuild: {again.calls} model calls, model loaded: {again.loaded}, "
          f"{again.cached} answers from the cache, {time.perf_counter() - start:.1f} s, "
          f"same text: {render_text(replay) == render_text(plain)}")
    out = Path(os.environ.get("BENCH_OUT", tempfile.gettempdir())) / "bench-model-article.txt"
    out.write_text(render_text(plain), encoding="utf-8")
    out.with_suffix(".diff").write_text(render_diff(plain), encoding="utf-8")
    print(f"  plain text written to {out}, every change with its engine and refusals beside it")


def bench_cochrane(args, readability) -> None:
    from plaincast.plain import simplify_sentences
    from plaincast.plain.llm import ModelRewriter
    from plaincast.sentences import split_sentences

    abstracts = (EVAL / "cochrane-val" / "val.source").read_text(encoding="utf-8").splitlines()
    step = max(1, len(abstracts) // args.cochrane_limit)
    sample = abstracts[::step][:args.cochrane_limit]
    settings = model_settings(args)
    rules = replace(settings, plain=replace(settings.plain, rewriter="rules"))
    rewriter = ModelRewriter(settings)
    start = time.perf_counter()
    grades = {"before": [], "rules": [], "model": []}
    for abstract in sample:
        sentences = split_sentences(abstract)
        grades["before"].append(readability.measure(abstract)["fkgl"])
        grades["rules"].append(readability.measure(" ".join(simplify_sentences(sentences, rules)))["fkgl"])
        if not args.rules_only:
            grades["model"].append(readability.measure(
                " ".join(simplify_sentences(sentences, settings, rewriter)))["fkgl"])
    rewriter.release()
    mean = {k: sum(v) / len(v) for k, v in grades.items() if v}
    model = "" if args.rules_only else (f" -> rules + model {mean['model']:.2f}; "
                                        f"{rewriter.calls} model calls")
    print(f"cochrane-val, {len(sample)} of {len(abstracts)} abstracts (every {step}th): mean FKGL "
          f"{mean['before']:.2f} -> rules {mean['rules']:.2f}{model}, "
          f"{time.perf_counter() - start:.0f} s")


def bench_pages(paths: list[Path], args, readability) -> None:
    """Each page (any article file) before, with the rules, and with rules + model."""
    from plaincast.ingest import read_article
    from plaincast.plain import render_text, simplify
    from plaincast.plain.llm import ModelRewriter

    settings = model_settings(args)
    rules = replace(settings, plain=replace(settings.plain, rewriter="rules"))
    rewriter = ModelRewriter(settings)
    for path in paths:
        article = read_article(path)
        plain = simplify(article, rules)
        # the original as read (an HTML page's text, not its markup), written out as the
        # plain text is
        measured = [readability.measure(render_text(plain.original)),
                    readability.measure(render_text(plain))]
        if not args.rules_only:
            measured.append(readability.measure(render_text(simplify(article, settings, rewriter))))
        print(f"{path.name}: FKGL " + " -> ".join(f"{m['fkgl']:.2f}" for m in measured) +
              ", SMOG " + " -> ".join(f"{m['smog']:.2f}" for m in measured) +
              f", at grade 6 {measured[-1]['share_grade6']:.0%} (original -> rules"
              f"{'' if args.rules_only else ' -> rules + model'})")
    rewriter.release()


def bench_asset(args) -> None:
    from plaincast.plain import simplify_sentences
    from plaincast.plain.llm import ModelRewriter

    sari = judge("sari")
    folder = EVAL / "asset-valid"
    orig = (folder / "asset.valid.orig").read_text(encoding="utf-8").split("\n")
    refs = [(folder / f"asset.valid.simp.{k}").read_text(encoding="utf-8").split("\n")
            for k in range(10)]
    step = max(1, len(orig) // args.asset_limit)
    picks = list(range(0, len(orig), step))[:args.asset_limit]
    orig = [orig[i] for i in picks]
    refs = [[r[i] for i in picks] for r in refs]
    settings = model_settings(args)
    rules = replace(settings, plain=replace(settings.plain, rewriter="rules"))
    rewriter = ModelRewriter(settings)
    start = time.perf_counter()
    with_model = simplify_sentences(orig, settings, rewriter)
    elapsed = time.perf_counter() - start
    rewriter.release()
    rules_only = simplify_sentences(orig, rules)
    score = lambda system: sari.corpus_sari(orig, system, refs)[0]  # noqa: E731 (sari, parts)
    print(f"asset-valid, {len(orig)} of 2000 sentences (every {step}th line), guard on: SARI "
          f"rules + model {score(with_model):.2f}, rules only {score(rules_only):.2f}, "
          f"unchanged input {score(orig):.2f}; {rewriter.calls} model calls, {elapsed:.0f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=0, help="model threads (0 = all cores)")
    parser.add_argument("--model", default="", help='"" (1.5B), "small", or a .gguf path')
    parser.add_argument("--cochrane-limit", type=int, default=10)
    parser.add_argument("--asset-limit", type=int, default=300)
    parser.add_argument("--skip-article", action="store_true")
    parser.add_argument("--rules-only", action="store_true",
                        help="Cochrane and --pages with the rules alone (all 411 abstracts in seconds)")
    parser.add_argument("--pages", type=Path, nargs="*", default=[],
                        help="article files to measure too (e.g. tests/data/agency/*.txt)")
    args = parser.parse_args()
    if not EVAL.is_dir():
        print("../shared/eval not found beside the repository: nothing to measure")
        return 0
    from plaincast.plain.llm import ModelRewriter

    if not args.rules_only and not ModelRewriter(model_settings(args)).available:
        return 0  # the notice said why
    with tempfile.TemporaryDirectory() as cache:
        # a fresh rewrite cache, so the model really runs (BENCH_CACHE keeps one for reading)
        os.environ["PLAINCAST_CACHE_DIR"] = os.environ.get("BENCH_CACHE") or cache
        readability = judge("readability")
        article = SHARED / "articles" / "compression-fractures.txt"
        if article.is_file() and not args.skip_article:
            bench_article(article, args, readability)
        if args.pages:
            bench_pages(args.pages, args, readability)
        if args.cochrane_limit:
            bench_cochrane(args, readability)
        if args.asset_limit:
            bench_asset(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
