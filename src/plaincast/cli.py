"""The `plaincast` command: parses options and calls the pipeline, nothing else."""

from __future__ import annotations

import json
import os
import sys
import traceback
from dataclasses import replace
from pathlib import Path

import click

from .config import Settings, ShowSettings, load_settings
from .errors import PlaincastError
from .model import VoiceSettings
from .schema import check_field

ENGINES = ("piper", "espeak", "gtts")
EXECUTORS = ("serial", "local", "dask")  # as plaincast.executors.EXECUTORS, without importing it


class State:
    def __init__(self, debug: bool, config: Path | None):
        self.debug = debug
        self.config = config

    def settings(self, search_dir: Path | None = None) -> Settings:
        return load_settings(self.config, search_dir=search_dir)


pass_state = click.make_pass_decorator(State)


class UserError(click.ClickException):
    """One line on stderr, exit 1: how every plaincast error reaches the user."""

    def show(self, file=None) -> None:
        click.echo(f"error: {self.message}", err=True)


class PlaincastGroup(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except BrokenPipeError:
            # the reader (head, less) stopped reading: stop quietly, as other tools do,
            # and keep Python from failing again when it flushes stdout at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except PlaincastError as exc:
            self._maybe_trace(ctx)
            raise UserError(str(exc)) from None
        except Exception as exc:  # last line of defence: never a traceback without --debug
            self._maybe_trace(ctx)
            raise UserError(f"internal error ({type(exc).__name__}: {exc}); "
                            "run with --debug for details") from None

    @staticmethod
    def _maybe_trace(ctx: click.Context) -> None:
        if isinstance(ctx.obj, State) and ctx.obj.debug:
            traceback.print_exc()


@click.group(cls=PlaincastGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="plaincast")
@click.option("--config", "config", type=click.Path(dir_okay=False, path_type=Path),
              help="plaincast.toml to use (default: ./plaincast.toml when present).")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, config: Path | None, debug: bool) -> None:
    """Turn health articles into plain language, narrated audio, large-print pages and a podcast feed."""
    ctx.obj = State(debug=debug, config=config)


def _voice_options(func):
    func = click.option("--engine", type=click.Choice(ENGINES),
                        help="Voice engine. piper (default) and espeak work offline; "
                             "gtts sends the text to Google.")(func)
    func = click.option("--voice", help="Piper .onnx voice file, espeak voice name, "
                                        "or gTTS language.")(func)
    # float, not FloatRange: FloatRange lets "nan" through; the schema refuses it
    func = click.option("--rate", "length_scale", type=float,
                        help="Piper length scale: above 1 is slower (default 1.1).")(func)
    return func


def _apply_voice(settings: Settings, engine: str | None, voice: str | None,
                 length_scale: float | None) -> Settings:
    changes = {}
    if engine:
        changes["engine"] = engine
        if engine != settings.voice.engine and voice is None:
            changes["voice"] = ""  # a Piper voice path means nothing to espeak
    if voice is not None:
        changes["voice"] = str(Path(voice).resolve()) if voice.endswith(".onnx") else voice
    if voice is not None:
        check_field(VoiceSettings, "voice", voice, "--voice")
    if length_scale is not None:
        changes["length_scale"] = check_field(VoiceSettings, "length_scale", length_scale, "--rate")
    return replace(settings, voice=replace(settings.voice, **changes)) if changes else settings


@cli.command()
@click.argument("content_dir", default="content",
                type=click.Path(file_okay=False, path_type=Path))
@click.option("-o", "--output", "output_dir", default="output", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Where to write the site.")
@click.option("--base-url", help="Public address of the output folder, for the feed's absolute URLs.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Clip cache (default: .cache/plaincast beside the config, or here).")
@click.option("--no-plain", is_flag=True, help="Narrate the original wording, without rewriting.")
@click.option("--no-epub", is_flag=True, help="Make no talking books (EPUB).")
@click.option("--no-audiobook", is_flag=True, help="Make no audiobook of the library (M4B).")
@click.option("--executor", type=click.Choice(EXECUTORS),
              help="Where clips are spoken: serial, local (a process per core, the default) or dask.")
@click.option("--jobs", type=click.IntRange(1, 1024),
              help="Speaking workers for local and a Dask LocalCluster (default: this machine's cores).")
@click.option("--scheduler", help="Dask scheduler address (tcp://host:8786); without it, a LocalCluster.")
@_voice_options
@pass_state
def build(state: State, content_dir: Path, output_dir: Path, base_url: str | None,
          cache_dir: Path | None, no_plain: bool, no_epub: bool, no_audiobook: bool,
          executor: str | None, jobs: int | None, scheduler: str | None,
          engine: str | None, voice: str | None, length_scale: float | None) -> None:
    """Build every article in CONTENT_DIR (default: content) into OUTPUT_DIR."""
    from .pipeline import build as run_build
    from .progress import TerminalProgress, format_duration

    settings = state.settings()
    settings = _apply_voice(settings, engine, voice, length_scale)
    if base_url is not None:
        base_url = check_field(ShowSettings, "base_url", base_url, "--base-url")
        settings = replace(settings, show=replace(settings.show, base_url=base_url))
    if no_plain:
        settings = replace(settings, plain=replace(settings.plain, enabled=False))
    if no_epub:
        settings = replace(settings, epub=replace(settings.epub, enabled=False))
    if no_audiobook:
        settings = replace(settings, audiobook=replace(settings.audiobook, enabled=False))
    given = {"executor": "dask" if scheduler and not executor else executor,
             "jobs": jobs, "scheduler": scheduler}
    given = {key: value for key, value in given.items() if value is not None}
    if given:
        settings = replace(settings, build=replace(settings.build, **given))
    cache = cache_dir or settings.root / ".cache" / "plaincast"
    report = run_build(content_dir, output_dir, settings, cache,
                       TerminalProgress(debug=state.debug))
    built = [r for r in report.results if r.ok]
    total_ms = sum(r.published.episode.duration_ms for r in built)
    click.echo(f"Built {len(built)} of {len(report.results)} articles into {output_dir}/ "
               f"in {report.seconds:.1f} s ({format_duration(total_ms)} of audio).")
    if report.failed:
        click.echo(f"{len(report.failed)} article(s) failed; see the error lines above.", err=True)
        sys.exit(1)


def _read(path: Path):
    from .ingest import read_article

    return read_article(path)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the whole article model as JSON.")
def outline(file: Path, as_json: bool) -> None:
    """Print FILE's section tree with word counts."""
    from .outline import article_to_dict, render_outline

    article = _read(file)
    if as_json:
        click.echo(json.dumps(article_to_dict(article), ensure_ascii=False, indent=2))
    else:
        click.echo(render_outline(article))


@cli.command()
@click.argument("file", type=click.Path(path_type=Path), required=False)
@click.option("--diff", is_flag=True, help="Show each original sentence beside its rewrite.")
@click.option("--report", is_flag=True, help="Show readability before and after, refusals and drops.")
@click.option("--sentences", "sentences", type=click.File("r", encoding="utf-8"),
              help="Rewrite one sentence per line of this file (- for standard input) and "
                   "print one line per input line.")
@click.option("--rewriter", type=click.Choice(["model", "rules"]),
              help="The language model after the rules (default), or the rules only.")
@pass_state
def simplify(state: State, file: Path | None, diff: bool, report: bool, sentences,
             rewriter: str | None) -> None:
    """Print FILE rewritten in plain language."""
    from . import plain

    settings = state.settings()
    if rewriter:
        settings = replace(settings, plain=replace(settings.plain, rewriter=rewriter))
    if sentences is not None:
        if file is not None or diff or report:
            raise click.UsageError("--sentences takes no FILE, --diff or --report")
        for line in plain.simplify_sentences(sentences.read().splitlines(), settings):
            click.echo(line)
        return
    if file is None:
        raise click.UsageError("give a FILE, or --sentences FILE")
    plain_article = plain.simplify(_read(file), settings)
    if diff:
        click.echo(plain.render_diff(plain_article))
    if report:
        click.echo(plain.render_report(plain_article))
    if not (diff or report):
        click.echo(plain.render_text(plain_article))


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@pass_state
def script(state: State, file: Path) -> None:
    """Print the narration script for FILE: what the voice will say, with pauses."""
    from . import narrate, plain

    settings = state.settings()
    narration = narrate.build_script(plain.simplify(_read(file), settings), settings)
    for utterance in narration.utterances:
        click.echo(f"[{utterance.kind}] {utterance.spoken}  <{utterance.pause_after_ms} ms>")


@cli.command()
@click.argument("output_dir", default="output",
                type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
def serve(output_dir: Path, port: int) -> None:
    """Preview OUTPUT_DIR on http://127.0.0.1:PORT/ (with byte ranges, as podcast apps expect)."""
    from .site import serve as run_server

    run_server(output_dir, host="127.0.0.1", port=port)


def main() -> None:
    cli(prog_name="plaincast")


if __name__ == "__main__":
    main()
