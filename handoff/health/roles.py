"""A care profession or workplace named as someone's job (rule ``neg.role_at_work``): "I work as a
nurse", "my wife is a doctor", "trabajo en un hospital", "hemşire olarak çalışıyorum". The scorer
hides the health words on the role, as it hides the words inside an everyday phrase: a job is not
health data, and care words are otherwise strong alone ("the nurse took my blood pressure").

Word indices are those of the lines the detector reads (1-based, counted by spaces), as in
``things``.
"""

from bisect import bisect_left

from .places import place_follows
from .things import AM, BUT, NO_END, WHO

ROLE = "role"  # a care profession or workplace: nurse, Ärztin, pielęgniarka, hospital, clinic
# A care workplace listed apart from the professions, where a preposition can be written into the
# word (Arabic "بالمستشفى", in the hospital, stems as "المستشفى" does): a role in every frame but the
# frame of being, after which it is a stay ("امي بالمستشفى", my mother is in hospital), not a job
# ("أمي ممرضة", my mother is a nurse).
WORKPLACE = "workplace"
ROLES = frozenset({ROLE, WORKPLACE})
# A frame of working: "work as", "work at", "arbeite im", "trabajo de", "olarak". The role may be a
# few words after it ("work in the intensive care unit"), or right before it where the frame
# follows the noun ("hemşire olarak", "a kórházban dolgozom").
WORK = "work"
# ``AM`` (from ``things``, which reads it too) is a frame of being: "I'm a", "soy", "je suis", "ich
# bin", "jestem". Only a role right after it is a job: "je suis infirmière", while "je suis à
# l'hôpital" and "ich bin beim Arzt" are care; and never one before it (Hungarian "kórházban vagyok"
# is "I am in hospital").
# A job that is not care: "receptionist", "security guard", "administrativo", "охранник", "bảo vệ".
# Said as someone's job (a frame of being or working at most two words before it: "is a", "trabajo
# de", "устроился", "làm"), a care workplace after it through a place word is where the job is done
# ("my brother is a security guard at the hospital", "làm bảo vệ ở bệnh viện"). A care workplace
# right before it is too, where the place comes first ("hospital porter", "hastanesinde güvenlik
# görevlisi"). Otherwise the workplace after it is a stay: "our driver (is) in hospital since
# yesterday" is the driver's health, in the languages that write no "is" too.
JOB = "job"
# A word of hiring: "vacancy", "we're hiring", "send my CV", "Stelle", "vaga", "tuyển", "مطلوب". A
# job on offer makes every care profession or workplace the text names a job: "is the ICU nurse
# position still open?", "AIIMS mein ward boy ki vacancy", "Bệnh viện Chợ Rẫy đang tuyển nhân viên
# IT". Other health words stay health ("I'm applying because I was a patient there after my stroke").
HIRING = "hiring"
# A word of supplying a place: "delivery", "Lieferung", "dostawa", "teslimat", "lô hàng", "монтаж".
# Goods delivered to a care workplace or a machine installed there make it a place of work, as a
# job on offer does: "Entrega marcada no Hospital São Lucas amanhã às 7h, doca 3", "монтаж серверов
# в областной больнице". A relative's stay is still kept ("the flowers were delivered to my mum at
# the hospital"), as with a hiring word.
SUPPLY = "supply"
# A word of a colleague's farewell or retirement: "leaving do", "pot de départ", "Abschied",
# "провожаем", "veda yemeği", "búcsúztatjuk". The care workplace a colleague leaves or goes to is a
# place of work: "Wir verabschieden Tobias, er wechselt ins Controlling der Uniklinik".
FAREWELL = "farewell"
_PLACE_OF_WORK = frozenset({HIRING, SUPPLY, FAREWELL})
# How many words after the frame's last word the role may start; a job's workplace may carry its
# name first ("a porter at St Thomas' hospital"), and a shift its day or time ("trực ca đêm ở quầy
# thu ngân bệnh viện", "ik werk zaterdag in het ziekenhuis").
FRAMES = {WORK: 4, AM: 1, JOB: 4}
_ROLE_BEFORE = (WORK, JOB)  # the frames a role right before makes a job
_JOB_SAID_WITHIN = 2  # how many words before a job its frame of being or working may end


class RoleAtWork:
    """Roles named as jobs: the words each job spans."""

    __slots__ = ("jobs",)

    def __init__(self, jobs: list[tuple[int, int]]):
        self.jobs = jobs

    @classmethod
    def of(cls, kept, first_word, last_word, clause_ends, sentence_ends=frozenset):
        """The rule for these hits, or None when no role is named as a job.

        A role is a job when it starts within its frame's reach after the frame, in the same clause,
        with no person or relative named between ("I work nights and my doctor says" keeps the
        doctor) and no contrast ("çalışıyorum ama hastaneye gitmem lazım"), or when it ends right
        before a frame of working or a job ("hemşire olarak", "hospital porter"). A job that is not
        care reaches after it only through a place word ("a receptionist at the hospital"). In a
        text that offers a job (a hiring word), supplies a place (a delivery, an installation) or
        bids a colleague farewell, every role named is one; a supply word reaches only the roles of
        its own sentence ("The van comes at 8. ... I'm taking Bence to the psychologist" keeps the
        psychologist: a van, a courier or a parcel is everyday news beside a care visit)."""
        # frames: (first word, last word, reach, frame); roles: (first word, last word, a workplace)
        frames, roles, who, contrasts = [], [], [], []
        jobs_at_a_place = set()  # the first words of the jobs a place word follows
        offered = False  # a hiring or farewell word is named (the whole text is of a job)
        supplies = []  # the first words of the supply words named
        relatives = []  # the first words of the relatives named
        for line, (start, end, _, entry) in kept:
            if entry.kind != "cue":
                continue
            if entry.label == SUPPLY:
                supplies.append(first_word(line, start))
            elif entry.label in _PLACE_OF_WORK:
                offered = True
            if entry.label == "relative":
                relatives.append(first_word(line, start))
            if entry.label in FRAMES:
                first = first_word(line, start)
                if entry.label == JOB and line[end] == " " and place_follows(line, end, entry.lang):
                    jobs_at_a_place.add(first)
                frames.append((first, last_word(line, end), FRAMES[entry.label], entry.label))
            elif entry.label in ROLES:
                roles.append((first_word(line, start), last_word(line, end), entry.label == WORKPLACE))
            elif entry.label in WHO:
                who.append(first_word(line, start))
            elif entry.label == BUT:
                contrasts.append(first_word(line, start))
        if not roles or not (frames or offered or supplies):
            return None
        ends = sorted({*clause_ends(), *contrasts})
        if offered or supplies:
            # Except a role in a clause that names a relative before it, or after a contrast: "ich
            # bewerbe mich als Pflegerin, meine Mutter liegt im Krankenhaus" keeps the mother's stay.
            def clause_start(word: int) -> int:
                i = bisect_left(ends, word) - 1
                return ends[i] if i >= 0 else 0

            # The sentences a supply word names, by number (read only when a supply word is named).
            sentences = sorted(sentence_ends()) if supplies else []
            supplied_sentences = {bisect_left(sentences, s) for s in supplies}

            def supplied(word: int) -> bool:
                return bisect_left(sentences, word) in supplied_sentences

            # A job spans the word before its role too, unless that word names someone or ends the
            # clause before: the care term "do nemocnice" (to the hospital) is the place's, "my
            # doctor" the speaker's, and "Zeynep hamile, doktoru ..." (is pregnant, her doctor) hers.
            ended = set(ends)
            return cls([
                (first if first - 1 in who or first - 1 in ended else first - 1, last) for first, last, _ in roles
                if (offered or supplied(first))
                and not any(clause_start(first) < r < first for r in relatives)
                and not any(c <= first for c in contrasts)
            ]) or None
        if any(frame == JOB for *_, frame in frames):
            # A job reaches after it only when said as someone's and a place word follows it.
            said = [last for _, last, _, frame in frames if frame != JOB]

            def said_at_a_place(first: int) -> bool:
                return first in jobs_at_a_place and any(0 < first - end <= _JOB_SAID_WITHIN for end in said)

            frames = [
                (first, last, 0 if frame == JOB and not said_at_a_place(first) else reach, frame)
                for first, last, reach, frame in frames
            ]

        def follows(before_last: int, after_first: int, reach: int) -> bool:
            # within reach, in the same clause, and nobody named between
            if not 0 < after_first - before_last <= reach:
                return False
            i = bisect_left(ends, before_last)
            return (ends[i] if i < len(ends) else NO_END) >= after_first and not any(
                before_last < w < after_first for w in who
            )

        # A job spans its role, the words between the frame and the role, and the frame's last
        # word: the hit on "в больнице" (in hospital) of "работает в больнице" is the job's, and so
        # are the care terms that start on the frame's preposition or profession, "w aptece" of
        # "ma dyżur w aptece" (is on duty at the pharmacy), "sestru v nemocnici" (a sister in
        # hospital, or a nurse's ward) of "dělám sestru v nemocnici" (I work as a nurse in a
        # hospital). A frame names no health of its own, so no hit of the speaker's is hidden.
        jobs = []
        for role_first, role_last, workplace in roles:
            for frame_first, frame_last, reach, frame in frames:
                if role_last == frame_first - 1 and frame in _ROLE_BEFORE:
                    jobs.append((role_first, role_last))
                    break
                if follows(frame_last, role_first, reach) and not (workplace and frame == AM):
                    jobs.append((frame_last, role_last))
                    break
        # A role named within reach after a job is part of it: "a nurse in the ICU", "Ärztin in
        # einer Klinik".
        for role_first, role_last, _ in sorted(roles):
            if not any(first <= role_first and role_last <= last for first, last in jobs):
                job_last = next((last for _, last in jobs if follows(last, role_first, FRAMES[WORK])), None)
                if job_last is not None:
                    jobs.append((job_last + 1, role_last))
        return cls(jobs) if jobs else None

    def holds(self, first: int, last: int) -> bool:
        """Whether a hit on words ``first``..``last`` lies on a job: the role, or the words between its
        frame and it."""
        return any(job_first <= first and last <= job_last for job_first, job_last in self.jobs)
