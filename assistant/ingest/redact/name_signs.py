"""Name passes that lean on the shape of a message rather than on the name lists: a name
before the words that name it ("Van Dijk heette hij"), and the signature on a message's
last line after a finished sentence or a closing ("... is #4417.\\nKwame", "thx\\njordan").
The finder in ``names`` runs them."""

from __future__ import annotations

import re

from assistant.ingest.redact.name_cues import CLOSING, NAME_BEFORE
from assistant.ingest.redact.name_lists import PARTICLES, ROLES, capitalised
from assistant.ingest.redact.name_phrases import Phrases
from assistant.ingest.redact.scan import MASK

# the line before a signature ends a sentence or with a closing ("Member no 004418. thx")
_ENDS_SENTENCE = re.compile(
    r"(?:[.!?)]|(?:^|[\s.!?,])(?:" + CLOSING + r"|thx|thnx|tnx|ty|ta|tia|x+))[ ,!.]*$",
    re.IGNORECASE,
)
_SIGNATURE_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*")
# chat words that end a message on their own line and are no name
_CHAT_WORDS = frozenset(
    "thx thnx tnx ty ta tia pls plz lol asap ok okay oke xx xxx btw fyi nvm idk omg bye doei"
    " groetjes grtz gr grt mvg bvd cheers thanks dank bedankt regards love sent verzonden".split()
)
_NAMING_WORDS = ("heet", "name", "naam", "noem")


class Signs(Phrases):
    """The name passes that need no list entry, only the message's shape."""

    def named_before(self) -> None:
        """ "Van Dijk heette hij", "Priya Nair is my name": the capitalised words (and
        particles) right before the words that name them."""
        if not any(word in self.scan.lower for word in _NAMING_WORDS):
            return
        ends = {tok.end(): k for k, tok in enumerate(self.tokens.matches)}
        for match in NAME_BEFORE.finditer(self.text):
            k = ends.get(match.start())
            if k is None:
                continue
            if not self.surname_like(self.tokens[k].text):
                continue
            i = k
            while i > 0 and k - i < 3 and self.gap(i) == " " and self._part(i - 1):
                i -= 1
            while i < k and not capitalised(self.tokens[i].text):
                i += 1  # "dat de Vries": the name starts at a capital
            self.take(i, k + 1)

    def _part(self, i: int) -> bool:
        word = self.tokens[i].text
        return word.lower() in PARTICLES or self.surname_like(word)

    def last_line_signature(self) -> None:
        """The last line holds one or two words, no digits, after a line that ends a
        sentence or with a closing: a name the lists may lack ("Kwame", "jordan")."""
        text = self.text.rstrip()
        newline = text.rfind("\n")
        if newline < 0:
            return
        prev = text[:newline].rstrip()
        line_start = newline + 1
        line = text[line_start:]
        stripped = line.strip(" -–—/*\t")
        words = stripped.split()
        if not prev or not 1 <= len(words) <= 2 or MASK in stripped:
            return
        if not all(_SIGNATURE_WORD.fullmatch(w) for w in words):
            return
        if not _ENDS_SENTENCE.search(prev[-40:]):
            return
        if len(words) == 1 and words[0].islower():
            word = words[0]
            if word in self.lists.common or word in ROLES or word in _CHAT_WORDS:
                return
        elif not all(
            capitalised(w)
            and not self.is_blocked(w)
            and (self.is_first(w) or w.lower() not in self.lists.common)
            for w in words
        ):
            return
        start = line_start + line.index(stripped)
        self.scan.take(start, start + len(stripped), "NAME")
