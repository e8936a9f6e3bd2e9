"""Finding taxonomy terms (topics, audiences) and other word lists in free text, Chinese or English.

Chinese has no spaces, so Chinese synonyms are found as substrings, longest first; Latin-script synonyms
must stand as whole words. Typos are forgiven only where that is safe: a Chinese synonym of four or more
characters one character off (人工只能 → 人工智能), a Latin word of five or more letters close enough
(quantun → quantum).
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.config import DATA_DIR
from bot.nlu.pinyin import sound_keys

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_LATIN_WORD = re.compile(r"[a-z][a-z0-9'\-]*")


def normalize(text: str) -> str:
    """Full-width to half-width, traditional characters to simplified, lower case, collapse spaces."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = to_simplified(text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1)
def _t2s():
    """OpenCC's converter and the characters it changes: most text has none of them, and checking that
    costs far less than converting (~25 µs a call)."""
    import opencc

    conv = opencc.OpenCC("t2s")
    block = "".join(map(chr, range(0x3400, 0xA000)))  # CJK Extension A and Unified Ideographs
    converted = conv.convert(block)
    return conv, frozenset(a for a, b in zip(block, converted) if a != b)


def to_simplified(text: str) -> str:
    """蘭州 機器人 → 兰州 机器人 (OpenCC's phrase-aware t2s: 乾隆 stays 乾隆), so that queries and events
    written in traditional characters meet the simplified names of places, topics and audiences."""
    conv, traditional = _t2s()
    return conv.convert(text) if not traditional.isdisjoint(text) else text


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


@dataclass(frozen=True)
class Term:
    id: str
    zh: str
    en: str
    synonyms: tuple[str, ...]
    weak_synonyms: tuple[str, ...] = ()  # name the term only when no other term is named with them

    def name(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class Hit:
    id: str
    matched: str
    fuzzy: bool = False


def _latin_pattern(words: list[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alts})(?![a-z0-9])")


class Vocabulary:
    """A set of terms with synonyms; `find` takes them out of a text.

    A synonym may belong to several terms ("deep sea" is ocean and deep-earth science; "moon" is
    spaceflight and astronomy): finding it names all of them. Terms whose id is "-" are consumed and
    name nothing: they stop a longer word from being read as a shorter one (大学生 is not 学生).
    """

    def __init__(self, terms: list[Term], not_typos: frozenset[str] = frozenset(),
                 pinyin: dict[str, list[str]] | None = None):
        self.terms = {t.id: t for t in terms if t.id != "-"}
        cjk: dict[str, list[str]] = {}
        latin: dict[str, list[str]] = {}
        self._weak: set[str] = set()
        for t in terms:
            self._weak.update(normalize(w) for w in t.weak_synonyms)
            for s in {*t.synonyms, *t.weak_synonyms, t.zh, t.en}:
                s = normalize(s)
                if not s:
                    continue
                ids = (cjk if has_cjk(s) else latin).setdefault(s, [])
                if t.id not in ids:
                    ids.append(t.id)
        for spelled, ids in (pinyin or {}).items():
            latin.setdefault(spelled, list(ids))
        self._cjk = sorted(cjk.items(), key=lambda p: len(p[0]), reverse=True)
        self._latin = latin
        self._latin_re = _latin_pattern(list(latin)) if latin else None
        # Only long single words are typo-matched: short ones collide with ordinary words.
        self._not_typos = not_typos
        self._fuzzy_latin = [w for w in latin if " " not in w and len(w) >= 5 and latin[w] != ["-"]]
        # Names of two or three words ("ice festival"), typo-matched as a whole against as many words in a row.
        self._fuzzy_phrases: dict[int, list[str]] = {}
        self._phrase_ends: set[tuple[int, int, str]] = set()  # (length, first or last word, the word)
        for w in latin:
            parts = w.split()
            n = len(parts)
            if n in (2, 3) and len(w) >= 8 and latin[w] != ["-"] and _LATIN_WORD.fullmatch(w.replace(" ", "")):
                self._fuzzy_phrases.setdefault(n, []).append(w)
                self._phrase_ends.update({(n, 0, parts[0]), (n, -1, parts[-1])})
        self._fuzzy_cjk = [s for s, ids in self._cjk if len(s) >= 4 and ids != ["-"]]
        self._cjk_ids = dict(self._cjk)
        self._names = {normalize(t.zh) for t in terms if t.id != "-"}

    def get(self, term_id: str) -> Term | None:
        return self.terms.get(term_id)

    def words(self) -> list[str]:
        """Every (normalized) word that names a term, longest first."""
        cjk = [s for s, ids in self._cjk if ids != ["-"]]
        latin = sorted((w for w, ids in self._latin.items() if ids != ["-"]), key=len, reverse=True)
        return cjk + latin

    def find(self, text: str, fuzzy: bool = True, keep: frozenset[str] = frozenset()) -> tuple[list[Hit], str]:
        """Terms named in `text` (normalized), and the text with them replaced by spaces. Words in `keep`
        (place names: Jiaxing is not a typo of jiating 家庭) are never read as typos."""
        hits: list[Hit] = []
        seen: dict[str, int] = {}  # term id → its place in hits

        def add(term_ids: list[str], matched: str, is_fuzzy: bool = False) -> None:
            for term_id in term_ids:
                if term_id == "-":
                    continue
                if term_id not in seen:
                    seen[term_id] = len(hits)
                    hits.append(Hit(term_id, matched, is_fuzzy))
                elif hits[seen[term_id]].matched in self._weak and matched not in self._weak:
                    hits[seen[term_id]] = Hit(term_id, matched, is_fuzzy)  # named for real after all

        if has_cjk(text):
            for syn, term_ids in self._cjk:
                if syn in text:
                    add(term_ids, syn)
                    text = text.replace(syn, " ")
        if fuzzy:
            # Before single words: in "electirc car" the slip is in one word and the other (car) would
            # otherwise be taken alone, leaving the phrase nothing to match.
            text = self._find_fuzzy_phrases(text, add, keep)
        if self._latin_re is not None:
            def repl(m: re.Match[str]) -> str:
                add(self._latin[m.group(0)], m.group(0))
                return " "

            text = self._latin_re.sub(repl, text)
        if fuzzy:
            text = self._find_fuzzy(text, add, keep)
        return self._without_weak(hits), text

    def _without_weak(self, hits: list[Hit]) -> list[Hit]:
        """Hits by weak synonyms count only when nothing else was named: 机器人 + 编程 is robotics, not AI."""
        if any(h.matched in self._weak for h in hits) and any(h.matched not in self._weak for h in hits):
            return [h for h in hits if h.matched not in self._weak]
        return hits

    def _find_fuzzy(self, text: str, add, keep: frozenset[str] = frozenset()) -> str:
        for word in set(_LATIN_WORD.findall(text)):
            if len(word) < 5 or not self._fuzzy_latin or word in self._not_typos or word in keep:
                continue
            best = process.extractOne(word, self._fuzzy_latin, scorer=fuzz.ratio, score_cutoff=85)
            if best and best[0][0] == word[0]:  # people rarely mistype the first letter
                add(self._latin[best[0]], word, True)
                text = re.sub(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", " ", text)
        for run in _CJK_RUN.findall(text):
            for size in (6, 5, 4):
                for i in range(0, len(run) - size + 1):
                    window = run[i : i + size]
                    best = process.extractOne(
                        window, self._fuzzy_cjk, scorer=Levenshtein.distance, score_cutoff=1
                    )
                    # One character off, and that character sounds the same: a slip of the pinyin
                    # keyboard (人工只能 → 人工智能), not a different word (科学教育 ≠ 科学教师).
                    if best and len(best[0]) == size and best[1] == 1 and same_sound(window, best[0]):
                        add(self._cjk_ids[best[0]], window, True)
                        text = text.replace(window, " ")
        # A word of two or three characters mistyped the same way (莆田 天闻, 长江 生太), only where it is
        # written on its own: inside a longer run such a window is too often another word (活动地址 is
        # not 地质). A place's name (海阳 sounds like 海洋) is never a typo.
        for run in set(_CJK_RUN.findall(text)):
            if len(run) not in (2, 3) or run in keep or run in self._cjk_ids:
                continue
            found = dict.fromkeys(s for key in sound_keys(run) for s in self._short_sounds.get(key, ()))
            # 天闻 sounds like 天文 (astronomy) and 天问 (the Mars probe): a topic's own name first.
            for syn in sorted(found, key=lambda w: w not in self._names):
                if len(syn) == len(run) and sum(a != b for a, b in zip(syn, run)) == 1:
                    add(self._cjk_ids[syn], run, True)
                    text = _CJK_RUN.sub(lambda m, run=run: " " if m.group(0) == run else m.group(0), text)
                    break
        return text

    @cached_property
    def _short_sounds(self) -> dict[str, list[str]]:
        """Sound key ('tianwen') → the two- and three-character words read that way; built on first use."""
        out: dict[str, list[str]] = {}
        for syn, ids in self._cjk:
            if len(syn) in (2, 3) and ids != ["-"] and syn not in self._weak:
                for key in sound_keys(syn):
                    out.setdefault(key, []).append(syn)
        return out

    def _find_fuzzy_phrases(self, text: str, add, keep: frozenset[str]) -> str:
        """"ice festivl" → ice festival: a name of several words with a slip in one of them, close as a whole
        (ratio 90) and every word starting with the right letter."""
        words = _LATIN_WORD.findall(text)
        for n, phrases in self._fuzzy_phrases.items():
            for i in range(len(words) - n + 1):
                window = words[i : i + n]
                # One word slipped, so the first or the last is right: most windows are skipped here.
                if (n, 0, window[0]) not in self._phrase_ends and (n, -1, window[-1]) not in self._phrase_ends:
                    continue
                if any(w in keep or w in self._not_typos for w in window):
                    continue
                joined = " ".join(window)
                best = process.extractOne(joined, phrases, scorer=fuzz.ratio, score_cutoff=90)
                if best and best[0] != joined and all(a[0] == b[0] for a, b in zip(window, best[0].split())):
                    add(self._latin[best[0]], joined, True)
                    text = re.sub(r"(?<![a-z0-9])" + r"\s+".join(map(re.escape, window)) + r"(?![a-z0-9])", " ", text)
        return text

    def classify(self, texts: list[str]) -> list[str]:
        """Term ids named (exactly) in any of the texts, for tagging events."""
        return self.merge(self.classify_one(t) for t in texts)

    def classify_one(self, text: str) -> tuple[tuple[str, bool], ...]:
        """(term id, named only by a weak synonym) for one text: what `merge` combines, cacheable per text."""
        return tuple((h.id, h.matched in self._weak) for h in self.find(normalize(text), fuzzy=False)[0])

    @staticmethod
    def merge(results) -> list[str]:
        """The ordered union of classify_one results; weakly named terms only when nothing is named for real."""
        strong: dict[str, None] = {}
        weak: dict[str, None] = {}
        for result in results:
            for term_id, is_weak in result:
                (weak if is_weak else strong)[term_id] = None
        return list(strong) if strong else list(weak)


def pinyin_forms(vocab_terms: list[Term]) -> dict[str, list[str]]:
    """"tianwen" and "tian wen" for 天文: people without a Chinese keyboard type pinyin. Generated into
    data/pinyin_synonyms.json by scripts/build_pinyin_synonyms.py (pypinyin is slow to load). Only long
    spellings (short ones are English words or syllables of everything), never a place's name; a
    term's own name claims its spelling before synonyms do (天文 astronomy, not 天问 spaceflight)."""
    from pypinyin import lazy_pinyin

    from bot.geo.gazetteer import Gazetteer

    out: dict[str, list[str]] = {}
    ordered = [(t.zh, t.id) for t in vocab_terms] + [(s, t.id) for t in vocab_terms for s in t.synonyms]
    for word, term_id in ordered:
        word = normalize(word)
        if term_id == "-" or not _CJK_RUN.fullmatch(word or "-") or len(word) < 2:
            continue
        syllables = lazy_pinyin(word)
        joined = "".join(syllables)
        if len(joined) < 6 or not joined.isascii() or not joined.isalpha():
            continue
        # A place's Latin name is never a topic, even one find_in_text leaves alone when it stands by
        # itself (yuzhou is 禹州 before it is 宇宙).
        gazetteer = Gazetteer.default()
        if joined in gazetteer.latin_names or gazetteer.find_in_text(joined, fuzzy=False)[0] is not None:
            continue
        for form in (joined, " ".join(syllables)):
            out.setdefault(form, [term_id])
    return dict(sorted(out.items()))


def same_sound(a: str, b: str) -> bool:
    """True when two Chinese strings can be read the same, tones aside (pinyin keyboards make such typos)."""
    from bot.nlu.pinyin import same_sound as _same

    return _same(a, b)


@lru_cache(maxsize=8)
def data(name: str) -> dict:
    """A JSON file of data/ (topics.json, audiences.json, query_words.json), read once a process."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def _load_terms(name: str, key: str) -> list[Term]:
    raw = data(name)
    return [Term(d["id"], d["zh"], d["en"], tuple(d["synonyms"]), tuple(d.get("weak_synonyms", ()))) for d in raw[key]]


@lru_cache(maxsize=1)
def _not_typos() -> frozenset[str]:
    return frozenset(normalize(w) for w in data("query_words.json")["not_typos"])


PINYIN_FILE = DATA_DIR / "pinyin_synonyms.json"


@lru_cache(maxsize=2)
def _pinyin(kind: str) -> dict[str, list[str]]:
    if not PINYIN_FILE.exists():
        return {}
    return json.loads(PINYIN_FILE.read_text(encoding="utf-8")).get(kind, {})


@lru_cache(maxsize=1)
def topics() -> Vocabulary:
    return Vocabulary(_load_terms("topics.json", "topics"), _not_typos(), _pinyin("topics"))


@lru_cache(maxsize=1)
def audiences() -> Vocabulary:
    return Vocabulary(_load_terms("audiences.json", "audiences"), _not_typos(), _pinyin("audiences"))


@lru_cache(maxsize=1)
def audience_kin() -> dict[str, tuple[str, ...]]:
    """Audiences close enough to stand in for one that has no events (children ↔ family)."""
    return {k: tuple(v) for k, v in data("audiences.json").get("kin", {}).items()}


@dataclass(frozen=True)
class QueryWords:
    online: Vocabulary
    filler_zh: tuple[str, ...]
    filler_en: frozenset[str]
    near_me: re.Pattern  # "what is near me": a place the text does not name
    all_topics: frozenset[str] = frozenset()  # words naming several topics that must all hold (新能源车)


def asks_near(text: str) -> bool:
    """Whether the text asks for what is near the user (附近, nearby) rather than naming a place."""
    return bool(query_words().near_me.search(normalize(text)))


@lru_cache(maxsize=1)
def query_words() -> QueryWords:
    raw = data("query_words.json")
    online = Vocabulary([Term("online", "线上", "online", tuple(raw["online"]))])
    filler_zh = tuple(sorted((normalize(w) for w in raw["filler_zh"]), key=len, reverse=True))
    near = sorted((normalize(w) for w in raw["near_me"]), key=len, reverse=True)
    # Latin words whole (nearby, not "nearbyville"); Chinese ones anywhere, as Chinese has no spaces.
    near_me = re.compile("|".join(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in near))
    return QueryWords(online, filler_zh, frozenset(normalize(w) for w in raw["filler_en"]), near_me,
                      frozenset(normalize(w) for w in raw.get("all_topics", ())))


def strip_filler(text: str) -> str:
    """What is left to rank by once the words every query has are gone."""
    words = query_words()
    for w in words.filler_zh:
        text = text.replace(w, " ")
    kept = [tok for tok in re.split(r"[\s,，。.!！?？、;；:：/|()（）\"'“”]+", text) if tok and tok not in words.filler_en]
    return " ".join(kept)
