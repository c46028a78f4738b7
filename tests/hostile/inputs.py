"""Generated hostile articles: each kind, its file, and what a build must make of it.

REFUSED kinds must give one `error:` line naming the file (and a word saying
why); ACCEPTED kinds must build, with the words a listener must hear in the
transcript and none of the text that must not reach it.
"""

from __future__ import annotations

import codecs
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Refused:
    kind: str
    name: str
    data: bytes
    because: str  # a word the error line must hold


@dataclass(frozen=True)
class Accepted:
    kind: str
    name: str
    data: bytes
    says: tuple[str, ...]  # in the transcript
    never: tuple[str, ...] = ()  # not in the transcript nor the page


def _u(text: str) -> bytes:
    return text.encode("utf-8")


def _alias_bomb() -> bytes:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [{','.join([f'*{prev}'] * 9)}]")
    lines.append("title: [*i,*i,*i,*i,*i,*i,*i,*i,*i]")
    return _u("---\n" + "\n".join(lines) + "\n---\n\nWash your hands.\n")


def _broken_utf8() -> bytes:
    # English with broken multi-byte sequences: a Cyrillic code page "reads" it as garbage.
    rng = random.Random(12)
    return b"".join(b"Take " + bytes(rng.randrange(0x80, 0x100) for _ in range(4)) + b" pills. "
                    for _ in range(40))


BODY = "Drink water every day.\n\nRest when you feel tired.\n"

REFUSED: tuple[Refused, ...] = (
    Refused("empty file", "empty.txt", b"", "empty"),
    Refused("whitespace only", "blank.txt", b" \n\t\r\n   \n", "empty"),
    Refused("zero-width characters only", "invisible.txt", _u("\u200b\u200c\u200d\ufeff\n" * 20), "empty"),
    Refused("NUL bytes", "nul.txt", b"Title\n\nSome\x00 text\x00\x01 more\n", "binary"),
    Refused("random bytes", "noise.txt", random.Random(1).randbytes(3000), "binary"),
    Refused("broken UTF-8 that a code page reads as Cyrillic", "broken-utf8.txt", _broken_utf8(),
            "not readable as text in any encoding tried"),
    Refused("broken UTF-8 inside good text", "broken-utf8-2.md",
            b"Wash your hands with soap. " * 3 + b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\x81\x8d\x8f\x90" * 10,
            "not readable as text in any encoding tried"),
    Refused("UTF-16 BOM over odd bytes", "utf16-broken.txt", codecs.BOM_UTF16_LE + b"W\x00a\x00\x00\xd8x", "UTF-16"),
    Refused("PDF renamed .txt", "report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    Refused("PNG renamed .html", "picture.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    Refused("control characters", "controls.txt", bytes(range(1, 32)) * 40, "binary"),
    Refused("unsupported suffix", "notes.docx", b"Wash your hands.\n", "unsupported"),
    Refused("no suffix", "README", b"Wash your hands.\n", "unsupported"),
    Refused("YAML alias bomb", "bomb.md", _alias_bomb(), "alias"),
    Refused("front matter a list", "fm-list.md", _u("---\n- a\n- b\n---\n\n" + BODY), "front matter"),
    Refused("front matter a string", "fm-scalar.md", _u("---\njust words\n---\n\n" + BODY), "front matter"),
    Refused("front matter too deep", "fm-deep.md", _u("---\nx: " + "[" * 60 + "]" * 60 + "\n---\n\n" + BODY), "deep"),
    Refused("front matter too large", "fm-huge.md",
            _u("---\n" + "".join(f"k{i}: {'v' * 60}\n" for i in range(800)) + "---\n\n" + BODY), "too large"),
    Refused("front matter not YAML", "fm-bad.md", _u("---\ntitle: [unclosed\n---\n\n" + BODY), "YAML"),
    Refused("front matter YAML tag", "fm-tag.md",
            _u("---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\n\n" + BODY), "YAML"),
    Refused("title of 300 words", "long-title.md", _u("---\ntitle: " + "word " * 300 + "\n---\n\n" + BODY), "title"),
    Refused("over max_words", "huge.txt", _u("Big.\n\n" + "Wash your hands. " * 7000), "max_words"),
    Refused("200,000 entities", "entities.html",
            _u("<html><body><p>Wash.</p><p>" + "&amp; " * 200_000 + "</p></body></html>"), "max_words"),
    Refused("one 1 MB word", "one-word.txt", _u("Long\n\n" + "a" * 1_000_000 + "\n"), "characters"),
    Refused("HTML with only a script", "script-only.html",
            _u("<html><body><script>alert('x')</script></body></html>"), "no readable text"),
    Refused("Markdown with only code", "code-only.md", _u("```\nprint('hi')\n```\n"), "no readable text"),
    Refused("title but no body", "title-only.md", _u("---\ntitle: Alone\n---\n"), "no body"),
    Refused("Markdown lists nested 80 deep", "nested-80.md",
            _u("# Deep\n\nSteps:\n\n" + "".join("  " * i + f"- Level{i}\n" for i in range(80))), "nested"),
    Refused("300 nested quotes", "quotes.md", _u("# Q\n\nText.\n\n" + ">" * 300 + " deep\n\nAfter.\n"), "nested"),
    Refused("5,000 nested brackets", "brackets.md", _u("# B\n\nText " + "[" * 5000 + "x" + "]" * 5000 + ".\n"),
            "nested"),
    Refused("SVG renamed .html, only script", "drawing.html",
            _u('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect/></svg>'), "no readable text"),
)

ACCEPTED: tuple[Accepted, ...] = (
    Accepted("UTF-8 BOM", "bom.txt", codecs.BOM_UTF8 + _u("Bom title\n\nTake the blue tablet daily.\n"),
             ("blue tablet",), ("\ufeff",)),
    Accepted("UTF-16 LE with BOM", "utf16.txt", codecs.BOM_UTF16_LE + "Sixteen\n\nSip warm tea slowly.\n".encode("utf-16-le"),
             ("warm tea",)),
    Accepted("Windows-1252 quotes", "cp1252.txt", "Quotes\n\n\u201cRest\u201d is good \u2013 really.\n".encode("cp1252"),
             ("Rest",), ("\u00e2\u20ac",)),
    Accepted("CRLF line ends", "crlf.md", b"# Crlf\r\n\r\nStretch your legs.\r\n\r\n- Walk\r\n- Swim\r\n",
             ("Stretch your legs", "Swim"), ("\r",)),
    Accepted("zero-width and RTL override characters", "hidden-chars.md",
             _u("# Hidden\n\nTake\u200b two\u200d pills \u202eyadot\u202c after food.\n"),
             ("pills",), ("\u202e", "\u200b")),
    Accepted("nested lists 40 deep", "nested.md",
             _u("# Nested\n\nSteps to follow:\n\n" + "".join("  " * i + f"- Level{i} step\n" for i in range(40))),
             ("Level0 step", "Level39 step")),
    Accepted("setext trap", "setext.md",
             _u("# Doses\n\nIntro line.\n\nNever take more than eight tablets of paracetamol in one day, "
                "and wait four hours between doses.\n-\n\n## Next\n\nAsk your pharmacist.\n"),
             ("eight tablets", "four hours", "pharmacist")),
    Accepted("embed and source swallowing the page", "embed.html",
             _u("<html><body><main><h1>Media</h1><p>Before the media.</p><embed src='x.swf'>"
                "<p>After embed.</p><source src='a.mp3'><p>After source.</p><track src='a.vtt'>"
                "<p>After track.</p><wbr><p>After wbr.</p><foo>Unknown tag text.</foo>"
                "<bar><p>Inside unknown.</p></main></body></html>"),
             ("Before the media", "After embed", "After source", "After track", "After wbr",
              "Unknown tag text", "Inside unknown")),
    Accepted("hostile HTML and SVG", "hostile.html",
             _u("<html><body><main><h1 onclick='alert(1)'>Safe <script>alert(2)</script>title</h1>"
                "<p>Keep <img src=x onerror=alert(3)>calm.</p><svg><script>alert(4)</script>"
                "<text>svgtext</text></svg><p><a href='javascript:alert(5)'>Link text</a> here.</p>"
                "<iframe src='https://evil.example'></iframe><p>End.</p></main></body></html>"),
             ("Keep calm", "Link text"), ("alert", "svgtext", "javascript:")),
    Accepted("5,000 nested divs", "deep.html",
             _u("<html><body>" + "<div>" * 5000 + "<p>Deep text survives.</p>" + "</div>" * 5000 + "</body></html>"),
             ("Deep text survives",)),
    Accepted("markup in front matter", "markup-meta.md",
             _u("---\ntitle: \"<b>Hands</b> &amp; <script>alert(1)</script>soap\"\n"
                "summary: \"<i>Clean</i> hands <img src=x onerror=alert(2)>save lives\"\n---\n\nWash with soap.\n"),
             ("Wash with soap",), ("alert", "<b>")),
    Accepted("HTML markup in a Markdown heading", "markup-heading.md",
             _u("# Care <em>now</em>\n\n## Part <script>alert(1)</script>two\n\nSleep well.\n"),
             ("Sleep well",), ("alert",)),
    Accepted("a line of 200 numbers", "numbers.txt",
             _u("Numbers\n\n" + ", ".join(str(n) for n in range(200)) + ".\n"), ("199",)),
    Accepted("100,000 asterisks", "stars.md", _u("# Stars\n\nRest " + "*" * 100_000 + " well.\n"),
             ("Rest well",), ("****",)),
    Accepted("a 250-character file name", "n" * 246 + ".txt", _u("Long name\n\nBreathe in slowly.\n"),
             ("Breathe in slowly",)),
)
