"""The settings schema: each settings dataclass field's type, plus limits kept in its metadata.

One table of rules for plaincast.toml and the command-line options, in the
manner of MkDocs' typed config: the type comes from the field's annotation
(str, int, float, bool, tuple[str, ...]), so a key added to a settings
dataclass is type-checked with no further code; a range, a pattern or "an
absolute http(s) URL" is declared beside the default with `limits(...)`:

    length_scale: float = field(default=1.1, metadata=limits(low=0.5, high=2.0))

Every mistake is one line naming the key, the value given and what is allowed.
Hand-written rather than a schema library: the rules are few, and a library's
messages would name JSON paths, not plaincast.toml keys.
"""

from __future__ import annotations

import math
import re
import types
import typing
from dataclasses import dataclass, fields
from functools import lru_cache
from urllib.parse import urlsplit

from .errors import ConfigError

# Longer strings are not settings but pasted documents; they would end up in
# every page and in the feed.
MAX_TEXT_CHARS = 10_000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Limits:
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    pattern: str = ""  # a regular expression the whole string must match
    meaning: str = ""  # what the pattern means, for the error line
    web_url: bool = False  # an absolute http:// or https:// address


def limits(**rules) -> dict:
    """Field metadata declaring a setting's allowed values (see Limits)."""
    return {"limits": Limits(**rules)}


def _show(value: object) -> str:
    text = repr(value) if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:g}"


def _number_range(rule: Limits, unit: str) -> str:
    low = "" if rule.low is None else _number(rule.low)
    high = "" if rule.high is None else _number(rule.high)
    if low and high:
        return f"{unit} from {low} to {high}"
    return f"{unit} of at least {low}" if low else f"{unit} of at most {high}"


def check_value(label: str, kind: object, rule: Limits | None, value: object) -> object:
    """`value` converted to the field's type, or ConfigError("<label> = <value>: <what is allowed>")."""

    def refuse(allowed: str) -> typing.NoReturn:
        raise ConfigError(f"{label} = {_show(value)}: {allowed}")

    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):  # "int | None": TOML has no null, so the int
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return value if value is None else check_value(label, options[0], rule, value)
    if origin is typing.Literal:
        choices = typing.get_args(kind)
        if value not in choices:
            refuse("must be one of " + ", ".join(map(str, choices)))
        return value
    if kind is bool:
        if not isinstance(value, bool):
            refuse("must be true or false")
        return value
    if kind in (int, float):
        return _check_number(kind is int, rule, value, refuse)
    if origin is tuple:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, (list, tuple)) or not all(isinstance(v, str) for v in items):
            refuse("must be a list of strings (or one string)")
        return tuple(check_value(label, str, rule, v) for v in items)
    if kind is str:
        if not isinstance(value, str):
            refuse("must be a string (in quotes)")
        if len(value) > MAX_TEXT_CHARS:
            refuse(f"must be at most {MAX_TEXT_CHARS:,} characters")
        if _CONTROL.search(value):
            refuse("must not contain control characters")
        if rule:
            _check_text(rule, value, refuse)
        return value
    return value  # a type the schema does not know: left to the code that uses it


def _check_number(whole: bool, rule: Limits | None, value: object, refuse) -> int | float:
    unit = "a whole number" if whole else "a number"
    ranged = rule is not None and (rule.low is not None or rule.high is not None)
    allowed = f"must be {_number_range(rule, unit) if ranged else unit}"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        refuse(allowed)
    if isinstance(value, float) and not math.isfinite(value):
        refuse(f"must be a finite {'whole ' if whole else ''}number")
    if whole and isinstance(value, float):
        if not value.is_integer():
            refuse(allowed)
        value = int(value)
    if ranged and ((rule.low is not None and value < rule.low) or (rule.high is not None and value > rule.high)):
        refuse(allowed)
    return value if whole else float(value)


def _check_text(rule: Limits, value: str, refuse) -> None:
    if rule.choices and value not in rule.choices:
        refuse("must be one of " + ", ".join(rule.choices))
    if rule.pattern and not re.fullmatch(rule.pattern, value):
        refuse(f"must be {rule.meaning or 'of the form ' + rule.pattern}")
    if rule.web_url and value != "":  # empty: not set (a default may mean 'none')
        try:
            parts = urlsplit(value)
            ok = parts.scheme in ("http", "https") and bool(parts.hostname) and not re.search(r"\s", value)
        except ValueError:
            ok = False
        if not ok:
            refuse("must be an absolute http:// or https:// address")


@lru_cache(maxsize=None)
def _field_table(cls: type) -> dict[str, tuple[object, Limits | None]]:
    hints = typing.get_type_hints(cls)
    return {f.name: (hints[f.name], f.metadata.get("limits")) for f in fields(cls)}


def check_field(cls: type, key: str, value: object, label: str) -> object:
    """One setting of the dataclass `cls`, checked and converted."""
    kind, rule = _field_table(cls)[key]
    return check_value(label, kind, rule, value)


def check_table(cls: type, table: object, name: str, source: str) -> dict[str, object]:
    """A TOML table's values for `cls`, each checked; unknown keys are refused."""
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: [{name}] must be a table of settings, not {_show(table)}")
    known = _field_table(cls)
    values = {}
    for key, value in table.items():
        if key not in known:
            raise ConfigError(f"{source}: unknown key [{name}] {key} "
                              f"(known: {', '.join(sorted(known))})")
        values[key] = check_field(cls, key, value, f"{source}: [{name}] {key}")
    return values


__all__ = ["Limits", "check_field", "check_table", "check_value", "limits"]
