"""A care profession or workplace named as someone's job (rule ``neg.role_at_work``): "I work as a
nurse", "my wife is a doctor", "trabajo en un hospital", "hemşire olarak çalışıyorum". The scorer
hides the health words on the role, as it hides the words inside an everyday phrase: a job is not
health data, and care words are otherwise strong alone ("the nurse took my blood pressure").

Word indices are those of the lines the detector reads (1-based, counted by spaces), as in
``things``.
"""

from bisect import bisect_left

from .things import BUT, NO_END, WHO

ROLE = "role"  # a care profession or workplace: nurse, Ärztin, pielęgniarka, hospital, clinic
# A frame of working: "work as", "work at", "arbeite im", "trabajo de", "olarak". The role may be a
# few words after it ("work in the intensive care unit"), or right before it where the frame
# follows the noun ("hemşire olarak", "a kórházban dolgozom").
WORK = "work"
# A frame of being: "I'm a", "soy", "je suis", "ich bin", "jestem". Only a role right after it is a
# job: "je suis infirmière", while "je suis à l'hôpital" and "ich bin beim Arzt" are care; and never
# one before it (Hungarian "kórházban vagyok" is "I am in hospital").
AM = "am"
FRAMES = {WORK: 3, AM: 1}  # how many words after the frame's last word the role may start


class RoleAtWork:
    """Roles named as jobs: the words each job spans."""

    __slots__ = ("jobs",)

    def __init__(self, jobs: list[tuple[int, int]]):
        self.jobs = jobs

    @classmethod
    def of(cls, kept, first_word, last_word, clause_ends):
        """The rule for these hits, or None when no role is named as a job.

        A role is a job when it starts within its frame's reach after the frame, in the same clause,
        with no person or relative named between ("I work nights and my doctor says" keeps the
        doctor) and no contrast ("çalışıyorum ama hastaneye gitmem lazım"), or when it ends right
        before a frame of working ("hemşire olarak")."""
        frames, roles, who, contrasts = [], [], [], []
        for line, (start, end, _, entry) in kept:
            if entry.kind != "cue":
                continue
            if entry.label in FRAMES:
                frames.append((first_word(line, start), last_word(line, end), entry.label))
            elif entry.label == ROLE:
                roles.append((first_word(line, start), last_word(line, end)))
            elif entry.label in WHO:
                who.append(first_word(line, start))
            elif entry.label == BUT:
                contrasts.append(first_word(line, start))
        if not frames or not roles:
            return None
        ends = sorted({*clause_ends(), *contrasts})

        def follows(before_last: int, after_first: int, reach: int) -> bool:
            # within reach, in the same clause, and nobody named between
            if not 0 < after_first - before_last <= reach:
                return False
            i = bisect_left(ends, before_last)
            return (ends[i] if i < len(ends) else NO_END) >= after_first and not any(
                before_last < w < after_first for w in who
            )

        # A job spans its role and the words between the frame and the role: the hit on "в
        # больнице" (in hospital) of "работает в больнице" is the job's.
        jobs = []
        for role_first, role_last in roles:
            for frame_first, frame_last, frame in frames:
                if role_last == frame_first - 1 and frame == WORK:
                    jobs.append((role_first, role_last))
                    break
                if follows(frame_last, role_first, FRAMES[frame]):
                    jobs.append((frame_last + 1, role_last))
                    break
        # A role named within reach after a job is part of it: "a nurse in the ICU", "Ärztin in
        # einer Klinik".
        for role_first, role_last in sorted(roles):
            if not any(first <= role_first and role_last <= last for first, last in jobs):
                job_last = next((last for _, last in jobs if follows(last, role_first, FRAMES[WORK])), None)
                if job_last is not None:
                    jobs.append((job_last + 1, role_last))
        return cls(jobs) if jobs else None

    def holds(self, first: int, last: int) -> bool:
        """Whether a hit on words ``first``..``last`` lies on a job: the role, or the words between its
        frame and it."""
        return any(job_first <= first and last <= job_last for job_first, job_last in self.jobs)
