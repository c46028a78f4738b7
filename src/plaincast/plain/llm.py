"""The language model rewriter: a local GGUF instruct model, run by llama.cpp through
`xllamacpp`, asked to rewrite one sentence at a time.

`ModelRewriter` is the small interface the plain stage uses: `ask(sentence, context)`
returns the model's answer, from the rewrite cache when the same request was answered
before, else from the model, which is loaded on the first request that needs it and
freed by `release()`. An article whose requests are all cached never loads it.

Requests are a fixed few-shot chat (plain/data/model_prompt.toml) followed by one user
turn, so llama.cpp reuses the computed prefix between sentences; decoding is greedy
(temperature 0) and the answer's length is bounded by the sentence's.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
import urllib.request
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from importlib.util import find_spec
from typing import Callable

from ..config import Settings
from ..errors import ModelError
from . import cache
from ..datafiles import word_set
from .lexicon import data_text
from .weights import ModelFile, ModelMissing, model_file

INSTALL_HINT = "pip install 'plaincast[model]'"


@dataclass(frozen=True)
class Example:
    sentence: str
    rewrite: str
    hints: str = ""
    before: str = ""
    after: str = ""


@dataclass(frozen=True)
class Prompt:
    version: str
    system: str
    user: str
    context: str
    hints: str
    retry: str
    examples: tuple[Example, ...]


@lru_cache(maxsize=1)
def load_prompt() -> Prompt:
    table = tomllib.loads(data_text("model_prompt.toml"))
    return Prompt(
        version=str(table["version"]), system=table["system"], user=table["user"],
        context=table["context"], hints=table["hints"], retry=table["retry"],
        examples=tuple(Example(e["sentence"], e["rewrite"], e.get("hints", ""),
                               e.get("before", ""), e.get("after", "")) for e in table["example"]),
    )


@dataclass(frozen=True)
class Request:
    """What varies between sentences: the sentence, its neighbours, plain-word hints."""

    sentence: str
    before: str = ""
    after: str = ""
    hints: str = ""  # "term = plain words; ..."

    def user_turn(self, prompt: Prompt, keep: str = "") -> str:
        context = prompt.context.format(before=self.before or "(none)",
                                        after=self.after or "(none)") \
            if (self.before or self.after) else ""
        hints = prompt.hints.format(pairs=self.hints) if self.hints else ""
        retry = prompt.retry.format(keep=keep) if keep else ""
        return prompt.user.format(context=context, hints=hints, retry=retry,
                                  sentence=self.sentence)


def messages(prompt: Prompt, request: Request, keep: str = "") -> list[dict]:
    """The chat: system text, the examples as earlier turns, then this sentence. A retry
    is the same request with a line saying what the first answer lost (`keep`), not a
    longer conversation: the small model answers a follow-up turn badly."""
    chat = [{"role": "system", "content": prompt.system}]
    for example in prompt.examples:
        shown = Request(example.sentence, example.before, example.after, example.hints)
        chat.append({"role": "user", "content": shown.user_turn(prompt)})
        chat.append({"role": "assistant", "content": example.rewrite})
    chat.append({"role": "user", "content": request.user_turn(prompt, keep)})
    return chat


# what a refused answer must keep, told in fixed words, by the start of the reason
KEEP_SAID = (
    (("negation",), 'every "not", "no" and "never" of the sentence'),
    (("informal word",), "words a health leaflet would print"),
    (("model answer", "answer says more", "condition added", "result added", "feeling added",
      "number added", "who it is for changed", "advice added", "symptom added", "place added",
      "likeness added", "illness added", "action added"),
     "to this sentence's own facts"),
    (("advice made an order",), "whose advice each action is"),
    (("an order to the reader", "who does it changed"), "who does each action"),
    (("who it is about changed",), "whom each fact is about"),
    (("somebody's words changed",), "the quoted words as they are, in their quotation marks"),
    (("a list item said twice",), "every item of the list, each once"),
    (("part of the sentence left out",), "every part of the sentence"),
    (("a sentence left unfinished",), "each condition in the same sentence as its action"),
    (("a list left without its verb",), "each list in the same sentence as its verb"),
    (("reason for the name lost",), 'why it has its name, with "because"'),
    (("action left unsaid",), "every action in its own words"),
    (("offers what it sets aside",), "every word that says which thing it is"),
    (("order in time added",), 'the actions in the sentence\'s own order, with no "then" it does not say'),
    (("list items told as examples",), "each listed thing as an item of the list, not as an example"),
)
# ... or told with the words the reason quotes
KEEP_QUOTED = (
    ("claim made stronger", lambda q: f'"{q}"'),
    ("choice changed", lambda q: f'"{q.removesuffix(" ...")}" with the whole list after it'),
    ("number moved", lambda q: '"{}" with "{}"'.format(*q.partition(" ... ")[::2])),
    ("hedge moved", lambda q: '"{}" with "{}"'.format(*q.partition(" ")[::2])),
    ("time moved", lambda q: f'"{q}" together'),
    ("clause moved", lambda q: f'"{q}" together'),
    ("link made a cause", lambda q: f'"{q}", a link and not a cause'),
    ("what it causes changed", lambda q: f'"{q}"'),
    ("place changed", lambda q: f'"{q}"'),
    ("past told as now", lambda q: f'"{q}"'),
    ("which one changed", lambda q: f'"{q}"'),
    ("which one lost", lambda q: f'"{q}"'),
    ("advice made weaker", lambda q: f'"{q}"'),
    ("emphasis added", lambda q: f'"{q}"'),
    ("reason lost", lambda q: f'"{q}" with the reason after it'),
    ("other name left out", lambda q: f'"{q}", the other name'),
    ("name the article gives lost", lambda q: f'"{q}", the name the article gives it'),
    ("what it belongs to told as what it is", lambda q: "that it is one of the group, not the group"),
    ("denial widened", lambda q: f'"{q}" as the sentence says it, not denied'),
    ("advice widened", lambda q: f'"{q}" as the sentence says it, not as advice'),
    ("what is denied widened", lambda q: f'"{q}", every word of it'),
    ("name lost", lambda q: f'"{q}", the name'),
    ("opposite said", lambda q: f'"{q}", not its opposite'),
    ("which kind lost", lambda q: f'"{q}", the kind it is'),
    ("how to reach them changed", lambda q: f'"{q}", going there and not phoning'),
)


def what_to_keep(reasons: list[str]) -> str:
    """The refusal reasons in words for the model: what its answer must keep."""
    said = []
    for reason in reasons:
        label, _, items = reason.partition(": ")
        fixed = next((words for starts, words in KEEP_SAID if label.startswith(starts)), None)
        quoted = re.search(r'"([^"]+)"', items)
        told = next((tell for start, tell in KEEP_QUOTED if label.startswith(start)), None)
        if fixed:
            said.append(fixed)
        elif label.startswith("condition lost or moved") and items.strip('"'):
            # the guard quotes the condition with the words it governs ("at least one
            # month after ..."): the model is told the condition's own words
            words = items.strip(chr(34)).split()
            phrases = word_set("plaincast.plain", "conditions.tsv")
            phrase = next((" ".join(words[:n]) for n in (3, 2) if " ".join(words[:n]) in phrases), words[0])
            said.append(f'"{phrase}" with the same action')
        elif told:
            # (a word-list row's reason names its words unquoted: "which kind lost: nonsurgical")
            if quoted or items:
                said.append(told(quoted.group(1) if quoted else items))
        elif " told as " in label and quoted:
            # one thing said as another ('"are infected" said as "sick"'): the sentence's word
            said.append(f'"{quoted.group(1)}"')
        elif label.startswith("examples told as the whole list"):
            said.append(f'"{items}" before the examples')
        elif items:
            said.append(", ".join(f'"{item.strip(chr(34))}"' for item in items.split(", ")))
    return " and ".join(dict.fromkeys(said))


def clean_answer(text: str) -> str:
    """The rewrite alone: the model sometimes adds a label, quotes or a second paragraph."""
    text = text.strip()
    text = re.sub(r"^(rewrite|rewritten|plain)[^:\n]{0,20}:\s*", "", text, flags=re.I)
    text = text.split("\n\n")[0]
    text = " ".join(text.split())
    if len(text) > 1 and text[0] in "\"“" and text[-1] in "\"”":
        text = text[1:-1].strip()
    return text


def default_threads() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _binding_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("xllamacpp")
    except PackageNotFoundError:
        return "unknown"


def _note(message: str) -> None:
    import click  # the same one-line form as the build's progress notices

    click.echo(f"note: {message}", err=True)


class LlamaChat:
    """One loaded model: an in-process llama.cpp server with a single slot.

    The slot's state after the fixed prompt is saved to `prefix_state` after the first
    answer and restored when the next build loads the model. llama.cpp offers slot
    save and restore only as server endpoints, so those two calls go over the
    server's own HTTP port on 127.0.0.1; the answers themselves go through the binding.
    """

    def __init__(self, weights: ModelFile, threads: int, context: int = 2048,
                 prefix_state: Path | None = None):
        import xllamacpp

        self.prefix_state = prefix_state
        self._prefix_kept = False  # restored from the file, or the save was tried once
        params = xllamacpp.CommonParams()
        params.model.path = str(weights.path)
        params.n_ctx = context
        params.n_parallel = 1  # one slot: its cached prefix is the few-shot prompt
        params.port = 0  # the server's HTTP side binds a free port on 127.0.0.1; unused
        params.warmup = False
        params.verbosity = -1  # llama.cpp logs nothing on our stdout/stderr
        params.cpuparams.n_threads = threads
        params.cpuparams_batch.n_threads = threads
        params.sampling.temp = 0.0
        if prefix_state is not None:
            params.slot_save_path = str(prefix_state.parent) + os.sep  # llama.cpp appends the name
        self.server = xllamacpp.Server(params)
        if prefix_state is not None and prefix_state.is_file():
            self._prefix_kept = self._slot_action("restore")

    def _slot_action(self, action: str) -> bool:
        """Save or restore slot 0's state; False when llama.cpp refuses (a state file from
        another build of it, a full disk): the prefix is then simply read again."""
        assert self.prefix_state is not None
        request = urllib.request.Request(
            f"{self.server.listening_address}/slots/0?action={action}",
            data=json.dumps({"filename": self.prefix_state.name}).encode("utf-8"),
            headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return "error" not in json.loads(response.read())
        except (OSError, ValueError):
            return False

    @property
    def restored(self) -> bool:
        """Whether the fixed prompt's state was restored or its save tried (after one answer)."""
        return self._prefix_kept

    def complete(self, chat: list[dict], max_tokens: int) -> str:
        answer = self.server.handle_chat_completions({
            "messages": chat, "max_tokens": max_tokens, "temperature": 0.0,
            "top_k": 1, "seed": 0, "cache_prompt": True,
        })
        if "choices" not in answer:
            raise RuntimeError(answer.get("message") or answer.get("error") or str(answer))
        if self.prefix_state is not None and not self._prefix_kept:
            # one attempt per load: a cache that cannot be written costs the prefix next build
            self._prefix_kept = True
            try:
                self.prefix_state.parent.mkdir(parents=True, exist_ok=True)
                if self._slot_action("save"):
                    cache.drop_older_prefix_states(self.prefix_state)
            except OSError:
                pass
        return answer["choices"][0]["message"]["content"] or ""

    def close(self) -> None:
        server, self.server = self.server, None
        del server  # joins llama.cpp's loop thread and frees the weights


@dataclass
class ModelRewriter:
    """The model for one build: found and loaded on first use, asked through the cache."""

    settings: Settings
    notice: Callable[[str], None] = field(default=None)  # type: ignore[assignment]
    calls: int = 0  # requests the model answered (cache misses)
    cached: int = 0  # requests answered from the cache
    _weights: ModelFile | None = None
    _chat: LlamaChat | None = None
    _unavailable: str = ""
    prompt: Prompt = field(default_factory=load_prompt)

    def weights(self) -> ModelFile | None:
        """The checked model file, or None (after one notice) when it is not installed."""
        if self._weights is None and not self._unavailable:
            try:
                weights = model_file(self.settings.plain.model, self.settings.root)
                if find_spec("xllamacpp") is None:
                    raise ModelMissing("the package xllamacpp is not installed")
                self._weights = weights
            except ModelMissing as exc:
                self._unavailable = str(exc)
                self.notice(f"the language model is not installed ({exc}); rewriting with the "
                            f"rules only. To add it: {INSTALL_HINT}")
        return self._weights

    def __post_init__(self) -> None:
        if self.notice is None:
            self.notice = _note

    @property
    def available(self) -> bool:
        return self.weights() is not None

    def ask(self, request: Request, keep: str = "") -> str:
        """The model's cleaned answer for this sentence ("" when no model is available);
        `keep` names what a refused first answer lost."""
        weights = self.weights()
        if weights is None:
            return ""
        # the context is the user turn as the model sees it: a neighbour the prompt does
        # not show does not split the cache
        key = cache.rewrite_key(weights.sha256, self.prompt.version, request.sentence,
                                request.user_turn(self.prompt, keep))
        answer = cache.cached_rewrite(key)
        if answer is not None:
            self.cached += 1
            return answer
        if self._chat is None:
            self._chat = self._load(weights)
        # bounded: a rewrite may split and explain, never run on
        limit = min(200, 24 + 2 * len(request.sentence.split()))
        answer = clean_answer(self._chat.complete(messages(self.prompt, request, keep), limit))
        self.calls += 1
        cache.store_rewrite(key, answer)
        return answer

    def _load(self, weights: ModelFile) -> LlamaChat:
        threads = self.settings.plain.threads or default_threads()
        state = cache.prefix_state_path(weights.sha256, self.prompt.version,
                                        _binding_version())
        try:
            return LlamaChat(weights, threads, prefix_state=state)
        except RuntimeError as exc:
            raise ModelError(f"[plain] model: llama.cpp cannot load {weights.path.name} ({exc})") \
                from None

    @property
    def loaded(self) -> bool:
        return self._chat is not None

    def release(self) -> None:
        """Free the model's memory (about 1.8 GB for the default); it loads again if asked."""
        if self._chat is not None:
            self._chat.close()
            self._chat = None
