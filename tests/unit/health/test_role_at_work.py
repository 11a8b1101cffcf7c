"""A care profession or workplace named as someone's job is not health data (rule
``neg.role_at_work``, cues ``role``, ``work`` and ``am``): "I work as a nurse", "ma femme est médecin",
"hemşire olarak çalışıyorum". Care words stay care everywhere else: "the nurse took my blood
pressure", "je suis à l'hôpital", "kórházban vagyok". The messages were written for this file.
"""

import pytest

from handoff.health import detect
from tests.support.health_verdicts import assert_flags, assert_not_flagged

JOBS = [
    "ich arbeite als Krankenpfleger im Schichtdienst",
    "meine Frau ist Ärztin",
    "sie arbeitet im Krankenhaus und kommt spät",
    "ich mache eine Ausbildung zur Pflegerin",
    "je travaille comme infirmière de nuit",
    "ma femme est médecin",
    "il travaille à l'hôpital",
    "je suis aide-soignante en ehpad",
    "trabajo de enfermera en un hospital",
    "soy enfermera",
    "mi mujer es médica",
    "hago guardias en urgencias los fines de semana",
    "trabalho como enfermeira no hospital",
    "sou médica",
    "ela trabalha no hospital",
    "lavoro come infermiera",
    "mia moglie è medico",
    "lavoro in ospedale da dieci anni",
    "ik werk als verpleegkundige",
    "mijn vrouw is arts",
    "ze werkt in het ziekenhuis",
    "I work as a nurse in the ICU",
    "my wife is a doctor",
    "I got a job at the clinic, start monday!",
    "pracuję jako pielęgniarka na oddziale",
    "żona jest lekarką",
    "jobbar som sjuksköterska på natten",
    "min fru är läkare",
    "pracuji jako zdravotní sestra",
    "žena je lékařka",
    "ápolóként dolgozom",
    "a kórházban dolgozik",
    "работаю медсестрой",
    "жена врач",
    "она работает в больнице",
    "hemşire olarak çalışıyorum",
    "hastanede çalışıyor",
    "saya bekerja sebagai perawat",
    "istri saya dokter",
    "tôi làm y tá",
    "vợ tôi là bác sĩ",
    "أعمل ممرضة في مستشفى",
    "زوجتي طبيبة",
    "I'm a nurse on night shifts",
    "my wife works at the hospital",
    "she's a paramedic",
    "I work in the emergency room and can't swap my shift",
    "my son is training to be a doctor",
]

# (language the detector reports, text)
CARE = [
    ("de", "ich bin beim Arzt, melde mich später"),
    ("de", "ich liege im Krankenhaus"),
    ("de", "meine Ärztin hat mir Ibuprofen verschrieben"),
    ("de", "ich arbeite als Krankenpfleger und habe seit gestern Fieber"),
    ("fr", "je suis à l'hôpital avec mon fils"),
    ("fr", "je suis infirmière et je suis enceinte"),
    ("fr", "le médecin m'a mis en arrêt"),
    ("es", "estoy en urgencias con mi hija"),
    ("es", "el médico me mandó antibióticos"),
    ("es", "soy enfermera y tengo covid"),
    ("pt", "estou no hospital com meu pai"),
    ("pt", "a médica pediu exames de sangue"),
    ("it", "sono in ospedale con mia madre"),
    ("it", "faccio la fisioterapia per il ginocchio"),
    ("it", "il medico mi ha dato l'antibiotico"),
    ("nl", "ik lig in het ziekenhuis"),
    ("nl", "de huisarts heeft me antibiotica gegeven"),
    ("en", "I'm at the hospital with my son"),
    ("en", "I'm a nurse and I think I broke my wrist"),
    ("pl", "jestem w szpitalu z synem"),
    ("pl", "lekarz przepisał mi antybiotyk"),
    ("sv", "jag ligger på sjukhuset"),
    ("cs", "jsem v nemocnici s dcerou"),
    ("hu", "kórházban vagyok"),
    ("hu", "az orvos antibiotikumot írt fel"),
    ("ru", "я в больнице"),
    ("ru", "лежу в больнице с воспалением легких"),
    ("ru", "я врачу позвонила, он сказал пить антибиотики"),
    ("tr", "hastanede yatıyorum"),
    ("tr", "çalışıyorum ama hastaneye gitmem lazım, ateşim var"),
    ("id", "jadi saya ke rumah sakit karena demam"),
    ("id", "saya dirawat di rumah sakit"),
    ("vi", "tôi đang ở bệnh viện"),
    ("vi", "bác sĩ làm xét nghiệm máu cho tôi"),
    ("ar", "أنا في المستشفى"),
    ("hi", "main hospital mein hoon, bukhar hai"),
    ("en", "the nurse took my blood pressure"),
    ("en", "I need to see a doctor about my knee"),
    ("en", "my doctor prescribed antibiotics"),
    ("en", "I work as a nurse and I have the flu"),
    ("en", "I'm in the hospital, had surgery yesterday"),
    ("en", "I'm a patient at the clinic"),
    ("en", "I'm seeing a therapist for anxiety"),
]



@pytest.mark.parametrize("text", JOBS)
def test_a_care_role_named_as_a_job_is_not_flagged(text):
    assert_not_flagged(text)


@pytest.mark.parametrize(("language", "text"), CARE)
def test_care_words_beside_no_job_frame_still_flag(language, text):
    assert_flags(text, language)


def test_the_rule_is_reported_when_a_job_hides_a_care_word():
    assert "neg.role_at_work" in detect("I work as a nurse and I have the flu").rules
