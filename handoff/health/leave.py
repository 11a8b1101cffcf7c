"""Sick leave asked about as a rule of work is not anyone's health (rule ``neg.leave_policy``): "how
many days of paid medical leave do we get per year?", "darf mein Arbeitgeber eine Krankmeldung ab dem
ersten Tag verlangen?", "¿cuántos días de baja por enfermedad me corresponden?". The words of a leave,
a certificate or sick pay (cue ``leave``) are hidden when the text asks a question of work: a business
or policy cue, or a ``policy`` cue (an employer, an entitlement, "how many days"). A first person does
not keep them: in such a question "I" and "we" are the employee asking, not a patient.

What a person says of their own leave stays health, through the longer care terms that hold it ("I'm
on medical leave", "ich bin krankgeschrieben", "estoy de baja", "jestem na zwolnieniu"): a hit is
hidden only when a leave cue spans all its words. So does any other health word in the question ("je
suis en arrêt pour une dépression, mon employeur peut-il me licencier ?").

Word indices are those of the lines the detector reads (1-based, counted by spaces), as in
``things``, ``roles`` and ``places``.
"""

LEAVE = "leave"  # sick leave, medical certificate, Krankmeldung, baja médica, zwolnienie lekarskie
POLICY = "policy"  # employer, entitled to, how many days, Arbeitgeber, combien de jours, przysługuje
_QUESTIONS_OF_WORK = frozenset({POLICY, "business"})


class LeaveInAPolicyQuestion:
    """The word spans of the leave cues of a question of work."""

    __slots__ = ("spans",)

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans

    @classmethod
    def of(cls, kept, first_word, last_word):
        """The rule for these hits, or None unless the text names a leave and asks a question of
        work."""
        spans, asked = [], False
        for line, (start, end, _, entry) in kept:
            if entry.kind != "cue":
                continue
            if entry.label == LEAVE:
                spans.append((first_word(line, start), last_word(line, end)))
            elif entry.label in _QUESTIONS_OF_WORK:
                asked = True
        return cls(spans) if asked and spans else None

    def holds(self, first: int, last: int) -> bool:
        """Whether a hit on words ``first``..``last`` lies on a leave."""
        return any(start <= first and last <= end for start, end in self.spans)
