"""Narration benchmark: bare Piper synthesis against the whole narration.

In one run, on ../shared/articles/compression-fractures.txt (relative to this
repository), it times:

1. bare: Piper synthesising the article's plain text and nothing else (the
   voice already loaded, the same speaking rate);
2. narrate+master: build_script, speak (cold clip cache) and master;
3. build: the whole `plaincast build` of that article from a cold cache, in a
   fresh process (voice loading included);

and prints the ratios to the bare time (target: at most 1.25) and the peak
memory (max RSS of this process and of its children; target under 600 MB).

    python benchmarks/bench_narration.py [article]
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_ARTICLE = REPO.parent / "shared" / "articles" / "compression-fractures.txt"


def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main(argv: list[str]) -> int:
    article_path = Path(argv[0]) if argv else DEFAULT_ARTICLE
    if not article_path.is_file():
        print(f"article not found: {article_path}", file=sys.stderr)
        return 2

    from piper import SynthesisConfig

    from plaincast.config import Settings
    from plaincast.ingest import read_article
    from plaincast.narrate import build_script, get_engine, speak
    from plaincast.audio import master

    settings = Settings(root=REPO)
    article = read_article(article_path)
    try:
        from plaincast.plain import simplify

        plain = simplify(article, settings)
    except ImportError:  # plain stage not there: narrate the article as it is
        from plaincast.model import PlainArticle

        plain = PlainArticle(article.slug, article.title, article.meta, article.sections, article)
    text = "\n".join(s.text for s in plain.all_sentences())

    engine = get_engine(settings.voice)  # loads the voice once; shared by both timings
    voice = engine.voice
    # warm-up so neither timing pays onnxruntime's first-run cost
    list(voice.synthesize("Warm up.", syn_config=SynthesisConfig(length_scale=settings.voice.length_scale)))

    started = time.perf_counter()
    samples = 0
    for chunk in voice.synthesize(text, syn_config=SynthesisConfig(length_scale=settings.voice.length_scale)):
        samples += len(chunk.audio_int16_bytes) // 2
    bare = time.perf_counter() - started
    bare_audio = samples / voice.config.sample_rate

    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        started = time.perf_counter()
        script = build_script(plain, settings)
        t_script = time.perf_counter() - started
        spoken = speak(script, engine, settings.voice, work_dir / "cache")
        t_speak = time.perf_counter() - started - t_script
        episode = master(script, spoken.clips, work_dir / "out", settings)
        narrate_total = time.perf_counter() - started
        t_master = narrate_total - t_script - t_speak

        build_total = None
        if shutil.which("plaincast") or (Path(sys.executable).parent / "plaincast").exists():
            content = work_dir / "content"
            content.mkdir()
            shutil.copy(article_path, content / article_path.name)
            command = [str(Path(sys.executable).parent / "plaincast"), "build", str(content),
                       "--output", str(work_dir / "site"), "--cache-dir", str(work_dir / "build-cache")]
            started = time.perf_counter()
            result = subprocess.run(command, cwd=work_dir, capture_output=True, text=True)
            build_total = time.perf_counter() - started
            if result.returncode != 0:
                print(f"plaincast build failed ({result.returncode}): {result.stderr.strip()[-300:]}")
                build_total = None

    own, children = _peak_mb()
    print(f"article: {article_path.name}, {len(script.utterances)} utterances, "
          f"{sum(len(s.text.split()) for s in plain.all_sentences())} words")
    print(f"audio length: {episode.duration_ms / 1000:.1f} s (bare synthesis: {bare_audio:.1f} s of speech)")
    print(f"loudness: {episode.loudness_lufs} LUFS, true peak {episode.true_peak_dbtp} dBTP, "
          f"mp3 {episode.size_bytes / 1e6:.1f} MB")
    print(f"bare Piper synthesis:   {bare:6.2f} s")
    print(f"narrate+master (cold):  {narrate_total:6.2f} s  ratio {narrate_total / bare:.3f}  "
          f"(script {t_script:.2f}, speak {t_speak:.2f}, master {t_master:.2f})")
    if build_total is not None:
        print(f"plaincast build (cold): {build_total:6.2f} s  ratio {build_total / bare:.3f}  "
              "(fresh process: includes start-up and voice loading)")
    else:
        print("plaincast build: not measured (no CLI)")
    print(f"target ratio: <= 1.25")
    print(f"peak memory: {max(own, children):.0f} MB (this process {own:.0f} MB, "
          f"largest child {children:.0f} MB); target < 600 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
