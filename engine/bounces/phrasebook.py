"""The words of bounces in other languages, read from one data file per language.

Exchange and Office 365 write their notices in the sender's language, and Postfix, Exim, qmail
and the big providers are often translated too. Each language's phrases live in
``phrases/<code>.toml`` (see docs/classifier.md for the format and how to add a language);
this module reads them once, at import, into regex fragments that the classifier merges into
the English patterns it already has: reasons (``reasons.py``), bounce subjects and words, the
lead-ins that introduce a failed recipient, the markers of the quoted original, and the words
of a delay warning.

A phrase is plain text, matched anywhere in the text lower-cased by ``folded`` (so it is
written in any case; an apostrophe also matches a typographic one), or, written ``re:…``, a
regular expression in lower case.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

PHRASES_DIR = Path(__file__).with_name("phrases")
#: the keys of a language file's ``[recognise]`` table
RECOGNISE_KEYS = ("subjects", "notice", "lead_ins", "original", "delayed")

# The only letters outside ASCII that IGNORECASE matches to an ASCII letter; lower() alone
# would leave ı and ſ as they are and make İ two characters.
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def folded(text: str) -> str:
    """``text`` lower-cased so that an all-lower-case ASCII pattern without IGNORECASE finds
    exactly what it would find in ``text`` with IGNORECASE."""
    if text.isascii():
        return text.lower()
    return text.translate(_TO_ASCII).lower()


@dataclass(frozen=True)
class Language:
    """One language file, its phrases already turned into regex fragments."""

    code: str
    name: str
    #: reason → its phrases, each as written in the file
    reasons: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: ``RECOGNISE_KEYS`` → the phrases, each as written in the file
    recognise: dict[str, tuple[str, ...]] = field(default_factory=dict)


def plain(phrase: str) -> str | None:
    """A phrase as the folded text it finds, when an ``in`` test finds it (no pattern, no
    apostrophe); else None."""
    if phrase.startswith("re:") or "'" in phrase or "’" in phrase:
        return None
    return " ".join(folded(phrase).split())


def fragment(phrase: str) -> str:
    """The regex for one phrase of a data file (see the module's docstring)."""
    if phrase.startswith("re:"):
        pattern = phrase[3:]
        re.compile(pattern)  # a broken pattern fails at import, naming itself
        return pattern
    text = " ".join(folded(phrase).replace("’", "'").split())
    return re.escape(text).replace("'", "['’]")


def _phrases(table: object, where: str) -> tuple[str, ...]:
    if not isinstance(table, list) or not all(isinstance(p, str) and p.strip() for p in table):
        raise ValueError(f"{where}: a list of phrases is expected")
    for phrase in table:
        fragment(phrase)  # a broken pattern fails at import, naming itself
    return tuple(table)


def read_language(path: Path) -> Language:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    reasons = data.get("reasons", {})
    recognise = data.get("recognise", {})
    unknown = set(recognise) - set(RECOGNISE_KEYS)
    if unknown:
        raise ValueError(f"{path.name}: unknown [recognise] keys {sorted(unknown)}")
    return Language(
        code=path.stem,
        name=str(data.get("name", path.stem)),
        reasons={r: _phrases(p, f"{path.name} reasons.{r}") for r, p in reasons.items()},
        recognise={k: _phrases(p, f"{path.name} recognise.{k}") for k, p in recognise.items()},
    )


def read_languages(folder: Path = PHRASES_DIR) -> tuple[Language, ...]:
    return tuple(read_language(path) for path in sorted(folder.glob("*.toml")))


LANGUAGES = read_languages()


def reason_phrases() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """For each reason, every language's phrases as the folded texts an ``in`` test finds,
    and as regex fragments for the others; reasons and phrases in the languages' order."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    for language in LANGUAGES:
        for reason, phrases in language.reasons.items():
            texts, patterns = found.setdefault(reason, ([], []))
            for phrase in phrases:
                text = plain(phrase)
                if text is None:
                    patterns.append(fragment(phrase))
                else:
                    texts.append(text)
    return {reason: (tuple(dict.fromkeys(texts)), tuple(dict.fromkeys(patterns)))
            for reason, (texts, patterns) in found.items()}


def recognise(key: str) -> str:
    """The alternation of every language's ``key`` phrases (``subjects``, ``lead_ins``, …)."""
    if key not in RECOGNISE_KEYS:
        raise KeyError(key)
    fragments = [fragment(p) for language in LANGUAGES for p in language.recognise.get(key, ())]
    return "|".join(dict.fromkeys(fragments))


def plain_words(key: str) -> tuple[str, ...]:
    """Every language's ``key`` phrases that an ``in`` test finds, folded (see ``plain``)."""
    words = [plain(p) for language in LANGUAGES for p in language.recognise.get(key, ())]
    return tuple(dict.fromkeys(w for w in words if w is not None))
