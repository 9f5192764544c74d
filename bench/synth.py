"""The benchmarks' workload: records cloned from fixtures/ under fresh PMIDs, and claims about them.

Why clones are not byte-for-byte copies: claimcheck memoises per-sentence work by the sentence's
text (quantity scans, term lists), so a thousand identical abstracts would cost little more than
one, and the benchmark would flatter the engine. Each clone therefore gets its own letter case on
some long lower-case words of its title and abstract. The engine folds case when it compares
words, so a clone's sentences are new strings with the same meaning (tests/test_bench_smoke.py
checks that the verdicts do not change).

Claims start from the registry's own sentences (claims.yaml and the held-out set) about the
fixture records; each copy gets varied numbers, swapped words (more/less, placebo/saline...), an
optional lead-in and its own letter case, so most claims are new texts and the verdicts are mixed.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
FIXTURES = REPO_ROOT / "fixtures"
CLAIM_SOURCES = (REPO_ROOT / "claims.yaml", REPO_ROOT / "tests" / "heldout" / "claims.yaml")
FIRST_SYNTHETIC_PMID = 90_000_001
CLAIMS_PER_RECORD = 5      # the ketamine article cites its records about six times each
RECORDS_PER_ARTICLE = 20   # claims are shuffled within groups of this many records

XML_HEAD = (b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD '
            b'PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/'
            b'pubmed_250101.dtd">\n<PubmedArticleSet>\n')
XML_TAIL = b"\n</PubmedArticleSet>\n"

_ARTICLE = re.compile(rb"<PubmedArticle>.*?</PubmedArticle>", re.DOTALL)
_PMID = re.compile(rb"<PMID[^>]*>(\d+)</PMID>")
_VARIED_ELEMENT = re.compile(r"(<(ArticleTitle|AbstractText)\b[^>]*>)(.*?)(</\2>)", re.DOTALL)
_TAG = re.compile(r"(<[^>]*>)")
_TOKEN = re.compile(r"\S+")
_PLAIN_WORD = re.compile(r"([a-z]{5,})([,;:)]?)")
_NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?!\.?\d)")

CASE_SHARE_RECORD = 0.5
CASE_SHARE_CLAIM = 0.5
NUMBER_SHARE = 0.3
SWAP_SHARE = 0.25
LEAD_INS = ("", "", "", "", "Researchers reported that ", "The cited work reports that ",
            "It was found that ", "The authors found that ", "Investigators observed that ",
            "The paper states that ", "It has been shown that ", "Data showed that ")
SWAPS = {
    "more": "less", "less": "more", "higher": "lower", "lower": "higher",
    "increased": "decreased", "decreased": "increased", "improved": "worsened",
    "greater": "smaller", "placebo": "saline", "randomized": "open-label",
    "double-blind": "single-blind", "weekly": "monthly", "reduced": "raised",
    "effective": "ineffective", "significantly": "slightly",
}
_SWAP = re.compile(r"\b(" + "|".join(re.escape(word) for word in SWAPS) + r")\b")


@dataclass(frozen=True)
class SyntheticRecord:
    pmid: str
    template_pmid: str
    article: bytes  # one <PubmedArticle> element

    @property
    def document(self) -> bytes:
        """An efetch reply holding this one record, as the cache stores NCBI's bytes."""
        return article_set([self.article])


@dataclass(frozen=True)
class SyntheticClaim:
    id: str
    text: str
    pmid: str

    def as_dict(self) -> dict[str, str]:
        return {"id": self.id, "text": self.text, "pmid": self.pmid}


def fixture_articles(folder: Path = FIXTURES) -> dict[str, bytes]:
    """PMID -> its <PubmedArticle> element, for every fixtures/<PMID>.xml."""
    articles: dict[str, bytes] = {}
    for path in sorted(folder.glob("*.xml")):
        for match in _ARTICLE.finditer(path.read_bytes()):
            pmid = _PMID.search(match.group(0))
            if pmid is not None:
                articles.setdefault(pmid.group(1).decode(), match.group(0))
    return articles


def article_set(articles: Iterable[bytes]) -> bytes:
    return XML_HEAD + b"\n".join(articles) + XML_TAIL


def vary_case(text: str, rng: random.Random, share: float) -> str:
    """Capitalise about ``share`` of the long lower-case words that cannot change a reading:
    never right after a full stop (a new sentence), next to a number, next to a capitalised word
    (it would join a name such as a journal's) or inside a compound."""
    pieces: list[str] = []
    last = 0
    for start in _case_slots(text):
        if rng.random() < share:
            pieces.append(text[last:start])
            pieces.append(text[start].upper())
            last = start + 1
    pieces.append(text[last:])
    return "".join(pieces)


@functools.lru_cache(maxsize=4096)
def _case_slots(text: str) -> tuple[int, ...]:
    """Where ``vary_case`` may capitalise a word (a clone's text is its template's)."""
    tokens = [(match.start(), match.group()) for match in _TOKEN.finditer(text)]
    slots = []
    for position, (start, token) in enumerate(tokens):
        if _PLAIN_WORD.fullmatch(token) is None:
            continue
        before = tokens[position - 1][1] if position else ""
        after = tokens[position + 1][1] if position + 1 < len(tokens) else ""
        if (before.endswith(".") or _has_digit(before) or after[:1].isdigit()
                or before[:1].isupper() or after[:1].isupper()):
            continue
        slots.append(start)
    return tuple(slots)


def clone_article(article: bytes, pmid: str, rng: random.Random) -> bytes:
    """``article`` under ``pmid``, its title and abstract words in a letter case of its own."""
    old = _PMID.search(article)
    if old is None:
        raise ValueError("template record without a PMID")
    text = article.decode("utf-8")
    text = text.replace(f'<ArticleId IdType="pubmed">{old.group(1).decode()}</ArticleId>',
                        f'<ArticleId IdType="pubmed">{pmid}</ArticleId>')
    start, end = old.span(1)
    text = text[:start] + pmid + text[end:]
    return _VARIED_ELEMENT.sub(lambda m: _vary_element(m, rng), text).encode("utf-8")


def synthesize_records(count: int, *, first_pmid: int = FIRST_SYNTHETIC_PMID,
                       seed: int = 1) -> list[SyntheticRecord]:
    """``count`` records, the fixtures in turn, under PMIDs ``first_pmid``, ``first_pmid + 1``..."""
    templates = sorted(fixture_articles().items())
    rng = random.Random(seed)
    records = []
    for offset in range(count):
        template_pmid, article = templates[offset % len(templates)]
        pmid = str(first_pmid + offset)
        records.append(SyntheticRecord(pmid, template_pmid, clone_article(article, pmid, rng)))
    return records


def claim_templates(sources: Sequence[Path] = CLAIM_SOURCES) -> dict[str, list[str]]:
    """Fixture PMID -> the registry sentences that cite it (claims.yaml, held-out set)."""
    fixtures = set(fixture_articles())
    templates: dict[str, list[str]] = {}
    for path in sources:
        registry = yaml.safe_load(path.read_text(encoding="utf-8"))
        for claim in registry["claims"]:
            pmid = str(claim.get("pmid") or "")
            if pmid in fixtures:
                templates.setdefault(pmid, []).append(" ".join(str(claim["text"]).split()))
    return templates


def vary_claim(text: str, rng: random.Random) -> str:
    text = _NUMBER.sub(lambda m: _vary_number(m.group(1), rng), text)
    text = _SWAP.sub(lambda m: SWAPS[m.group(1)] if rng.random() < SWAP_SHARE else m.group(1),
                     text)
    lead_in = rng.choice(LEAD_INS)
    if lead_in and not text[:2].isupper():
        text = lead_in + text[:1].lower() + text[1:]
    return vary_case(text, rng, CASE_SHARE_CLAIM)


def synthesize_claims(records: Sequence[SyntheticRecord], count: int, *,
                      seed: int = 2) -> list[SyntheticClaim]:
    """``count`` claims over ``records`` (CLAIMS_PER_RECORD each, record after record), shuffled
    within groups of RECORDS_PER_ARTICLE records the way an article interleaves its citations."""
    templates = claim_templates()
    rng = random.Random(seed)
    claims: list[SyntheticClaim] = []
    group: list[SyntheticClaim] = []
    for number in range(count):
        record = records[(number // CLAIMS_PER_RECORD) % len(records)]
        text = vary_claim(rng.choice(templates[record.template_pmid]), rng)
        group.append(SyntheticClaim(f"c{number + 1:06d}", text, record.pmid))
        if len(group) == CLAIMS_PER_RECORD * RECORDS_PER_ARTICLE or number == count - 1:
            rng.shuffle(group)
            claims.extend(group)
            group = []
    return claims


def records_for_claims(claims: int) -> int:
    return max(1, -(-claims // CLAIMS_PER_RECORD))


def _vary_element(match: re.Match[str], rng: random.Random) -> str:
    inner = "".join(part if part.startswith("<") else vary_case(part, rng, CASE_SHARE_RECORD)
                    for part in _TAG.split(match.group(3)))
    return match.group(1) + inner + match.group(4)


def _vary_number(number: str, rng: random.Random) -> str:
    if rng.random() >= NUMBER_SHARE:
        return number
    if "." in number:
        decimals = len(number.split(".")[1])
        step = 10 ** -decimals
        return f"{max(step, float(number) + rng.choice((-2, -1, 1, 2)) * step):.{decimals}f}"
    value = int(number)
    if 1900 <= value <= 2100:
        return str(value + rng.choice((-3, -2, -1, 1, 2)))
    return str(max(1, value + rng.choice((-5, -2, -1, 1, 2, 3, 10))))


def _has_digit(text: str) -> bool:
    return any(character.isdigit() for character in text)
