"""A reconstruction of a body part is an operation ("I had a knee reconstruction", "mi hanno ricostruito
il crociato", "мне сделали реконструкцию связки колена"), and so is a German compound glued from a body
part and "operation" ("Knieoperation", "Hüftoperation", "Kreuzbandrekonstruktion"): the reconstruction
words are ``event`` cues, which compose with a body part in their sentence, and say nothing alone. A
reconstruction of a building, a bridge or a flat, "Kooperation" and a military operation stay
unflagged. The first health row is the one a blind held-out probe missed (a gym contract cancelled
after a knee reconstruction). The sentences were written for this file; none comes from
../shared/phi-bench.
"""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ("en", "cancel my gym contract, I had a knee reconstruction in March and can't train for 9 months"),
    ("en", "I had a shoulder reconstruction, no lifting till summer"),
    ("en", "had my knee rebuilt after the skiing thing"),
    ("es", "me hicieron una reconstrucción de rodilla en marzo"),
    ("pt", "tive uma reconstrução do joelho ano passado"),
    ("fr", "j'ai eu une reconstruction du genou, pas de sport pendant 6 mois"),
    ("de", "ich hatte eine Kreuzbandrekonstruktion"),
    ("de", "ich hatte eine Knieoperation und kann nicht kommen"),
    ("de", "meine Mutter hatte eine Hüftoperation"),
    ("de", "nach meiner Schulteroperation darf ich nicht trainieren"),
    ("de", "mir wurde das Kreuzband rekonstruiert"),
    ("it", "mi hanno ricostruito il crociato"),
    ("pl", "miałem rekonstrukcję więzadła w kolanie"),
    ("cs", "měl jsem rekonstrukci vazu v koleni"),
    ("ru", "мне сделали реконструкцию связки колена"),
]

EVERYDAY = [
    ("en", "the reconstruction of the bridge starts in May"),
    ("en", "the city rebuilt the bridge after the flood"),
    ("es", "la reconstrucción de la catedral tras el incendio"),
    ("de", "Rekonstruktion der Altstadt nach dem Krieg"),
    ("de", "die Kooperation mit der Firma läuft gut"),
    ("de", "Militäroperation im Norden, sagen die Nachrichten"),
    ("de", "Hüftgold vom Weihnachten lol"),
    ("it", "ricostruzione del ponte, strada chiusa"),
    ("pl", "rekonstrukcja mieszkania, kuchnia i łazienka"),
    ("cs", "rekonstrukce koupelny a kuchyně"),
    ("ru", "реконструкция моста до осени"),
]

test_a_reconstructed_body_part_flags, test_a_reconstructed_building_does_not_flag = table_tests(HEALTH, EVERYDAY)
