"""A group's rule that bans medicines, doses or doctors says nothing of anyone: "Forum rules: don't
share doses or brand names", "Normas del grupo: prohibido vender medicamentos", "Hausregel: bitte keine
Dosierungen posten". Someone named beside the rule keeps the health words ("Group rules say no dose
talk, but my GP doubled my sertraline"), and so does a complaint or a body part.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "Group rules say no dose talk, but my GP just doubled my sertraline and I'm scared"),
    ("es", "Ya sé que las normas del grupo lo prohíben, pero me recetaron pregabalina y me mareo muchísimo"),
    ("de", "Ich weiß, Dosierungen sind laut Gruppenregeln verboten, aber mir tut seit dem Cortison der Magen weh"),
    ("it", "So che è vietato dalle regole, ma a mia madre hanno dato la morfina e non si sveglia quasi più"),
    ("pl", "Wiem, że regulamin zabrania, ale lekarz dał mi tramadol i mam straszne mdłości"),
    ("ru", "Знаю, что по правилам группы нельзя про дозировки, но мне назначили лирику и кружится голова"),
]

EVERYDAY = [
    ("en", "Forum rules: don't share doses or brand names, and no selling meds in the comments"),
    ("es", "Normas del grupo: prohibido vender medicamentos o recomendar médicos, se expulsa sin aviso"),
    ("pt", "Regras do grupo: é proibido indicar remédios ou médicos, quem fizer sai"),
    ("fr", "Rappel de la charte : il est interdit de conseiller des médicaments ou des posologies"),
    ("de", "Hausregel: bitte keine Dosierungen und keine Medikamentennamen posten, danke"),
    ("it", "Regole del gruppo: vietato consigliare farmaci o dosaggi, grazie"),
    ("nl", "Huisregels: geen medicijnadvies en geen doseringen delen, bij twijfel de moderator"),
    ("pl", "Regulamin grupy: zakaz podawania dawek i polecania lekarzy, posty będą usuwane"),
    ("cs", "Podle pravidel skupiny je zakázáno doporučovat léky a dávkování"),
    ("hu", "Házirend: gyógyszerek és adagolás ajánlása tilos a csoportban"),
    ("ru", "Правила группы: никаких советов по лекарствам и дозировкам, удаляю сразу"),
    ("id", "Aturan grup: dilarang jualan obat atau kasih saran dosis ya"),
    ("ar", "قوانين المجموعة: ممنوع بيع الأدوية أو نصح الجرعات"),
    ("vi", "Nội quy nhóm: cấm bán thuốc và tư vấn liều lượng"),
    ("hi", "Group rules yaad rakho: dawai bechna aur dose batana mana hai"),
]

test_health_said_beside_a_groups_rule_flags, test_a_groups_rule_on_medicines_does_not_flag = table_tests(
    HEALTH, EVERYDAY
)
