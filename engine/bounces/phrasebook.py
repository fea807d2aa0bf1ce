"""The words of bounces in other languages, read from one data file per language.

Exchange and Office 365 write their notices in the sender's language, and Postfix, Exim, qmail
and the big providers are often translated too. Each language's phrases live in
``phrases/<code>.toml`` (see docs/classifier.md for the format and how to add a language);
this module reads them once, at import, into the sets of phrases (``PhraseSet``) and regex
alternations the classifier tries after its English patterns: reasons (``reasons.py``),
bounce subjects and words, the lead-ins that introduce a failed recipient, the markers of the
quoted original, and the words of a delay warning.

A phrase is plain text, matched anywhere in the text lower-cased by ``folded`` (so it is
written in any case; an apostrophe also matches a typographic one), or, written ``re:…``, a
regular expression in lower case that starts with a literal word (the search skips ahead to
it; a pattern costs more than plain text, so keep them few).
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
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_TO_ASCII)  # a search per letter is cheaper than translate()
    return text.lower()


@dataclass(frozen=True)
class Language:
    """One language file, its phrases checked (a broken pattern fails to load)."""

    code: str
    name: str
    #: reason → its phrases, each as written in the file
    reasons: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: ``RECOGNISE_KEYS`` → the phrases, each as written in the file
    recognise: dict[str, tuple[str, ...]] = field(default_factory=dict)


def plain(phrase: str) -> str | None:
    """A phrase as the folded text an ``in`` test finds it in (its typographic apostrophes
    made plain, as ``PhraseSet`` does to the text); None for a pattern."""
    if phrase.startswith("re:"):
        return None
    return " ".join(folded(phrase).replace("’", "'").split())


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


# The scripts the phrases are written in, each with a test for a text holding any of its
# letters: a phrase with a Cyrillic letter cannot be in a text without one, so the phrases of
# the other scripts cost nothing on a text in ASCII.
_SCRIPTS = (
    re.compile("[\u00c0-\u024f]"),  # Latin letters with accents
    re.compile("[\u0400-\u04ff]"),  # Cyrillic
    re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"),  # Hangul
    re.compile("[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"),  # CJK, kana
)
_NOT_ASCII = 1 << len(_SCRIPTS)  # a text, or phrase, with any letter outside ASCII
# Cyrillic, Hangul, CJK: a text holding these is not read for the Latin languages' phrases
NOT_LATIN = 0b1110


def script_mask(text: str) -> int:
    """The scripts ``text`` holds letters of, as bits of ``_SCRIPTS`` (0: ASCII only)."""
    if text.isascii():
        return 0
    return _NOT_ASCII | sum(1 << bit for bit, test in enumerate(_SCRIPTS) if test.search(text))


# Words of English prose that the languages of the files do not write as words of their own
_ENGLISH = (" the ", " and ", " your ", " been ", " this ", " to ", " of ")
ENGLISH_HEAD = 500


def reads_as_english(text: str) -> bool:
    """The opening of ``text`` (folded) is English prose: it holds two of ``_ENGLISH``. Such a
    text is not read for the files' phrases: its words are the English rules' to read, and
    each phrase costs an ``in`` test over the text."""
    head = text[:ENGLISH_HEAD]
    return sum(word in head for word in _ENGLISH) >= 2


class PhraseSet:
    """Phrases of the data files, looked for in folded text: those an ``in`` test finds by
    ``in`` (only those whose scripts the text has letters of; in a text in Cyrillic, Hangul or
    CJK, only those in these scripts: a Russian or Japanese notice does not hold Polish
    words), the others by one pattern."""

    def __init__(self, phrases: tuple[str, ...]) -> None:
        texts = tuple(dict.fromkeys(t for t in map(plain, phrases) if t is not None))
        # ß written in capitals is SS, which lower-cases to ss
        texts += tuple(t.replace("ß", "ss") for t in texts if "ß" in t)
        patterns = tuple(dict.fromkeys(fragment(p) for p in phrases if plain(p) is None))
        needs = [script_mask(text) for text in texts]
        self.by_mask = tuple(
            tuple(text for text, need in zip(texts, needs, strict=True)
                  if need & mask == need and (need & NOT_LATIN or not mask & NOT_LATIN))
            for mask in range(_NOT_ASCII << 1))
        self.pattern = re.compile("|".join(patterns)) if patterns else None

    def __bool__(self) -> bool:
        return bool(self.by_mask[-1]) or self.pattern is not None

    def found_in(self, text: str, mask: int | None = None) -> bool:
        """``text`` (folded; ``mask`` its ``script_mask`` when known) holds a phrase."""
        if mask is None:
            mask = script_mask(text)
        if mask and "’" in text:
            text = text.replace("’", "'")
        for word in self.by_mask[mask]:
            if word in text:
                return True
        return self.pattern is not None and self.pattern.search(text) is not None


def reason_phrases() -> dict[str, PhraseSet]:
    """For each reason, every language's phrases; reasons in the languages' order."""
    found: dict[str, list[str]] = {}
    for language in LANGUAGES:
        for reason, phrases in language.reasons.items():
            found.setdefault(reason, []).extend(phrases)
    return {reason: PhraseSet(tuple(phrases)) for reason, phrases in found.items()}


def phrases(key: str) -> PhraseSet:
    """Every language's ``key`` phrases of ``[recognise]`` (``subjects``, ``lead_ins``, …)."""
    if key not in RECOGNISE_KEYS:
        raise KeyError(key)
    return PhraseSet(tuple(p for language in LANGUAGES for p in language.recognise.get(key, ())))


def recognise(key: str, latin: bool | None = None) -> str:
    """Every language's ``key`` phrases as one alternation, for a pattern that takes them in
    place (the lead-ins before an address, the markers of the quoted original); with
    ``latin``, only those (not) in Cyrillic, Hangul or CJK."""
    if key not in RECOGNISE_KEYS:
        raise KeyError(key)
    fragments = [fragment(p) for language in LANGUAGES for p in language.recognise.get(key, ())
                 if latin is None or latin != bool(script_mask(p) & NOT_LATIN)]
    return "|".join(dict.fromkeys(fragments))
