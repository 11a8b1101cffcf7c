"""What the eleventh pass found about referees and about weeks of pregnancy.

- A referee, an umpire or a goalkeeper is a person of the game (cue ``official``): fans speak of one in
  figures ("the ref is blind", "needs his eyes tested"), which stay everyday as a thing's words do, but
  a torn calf, diabetes or a collapse said of one is that person's health. The tenth pass listed them
  as things and hid every word said of them.
- A week of pregnancy said without the word "pregnant" is a reading (``meas.gestation``): "she's 31
  weeks", "está de 30 semanas", "è alla 25esima settimana", "на 32 неделе". The week alone is a
  calendar's or a course's: "the course is 12 weeks", "we're in week 28", "3 weeks behind".
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

import pytest

from handoff.health import detect, readings
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "the ref pulled his hamstring in the first half and the fourth official took over"),
    ("en", "our keeper's referee friend collapsed with a heart attack at the Sunday game"),
    ("es", "el árbitro se rompió el tobillo en el minuto 20 y tuvieron que parar el partido"),
    ("it", "l'arbitro si è rotto il ginocchio, l'hanno portato in ospedale in ambulanza"),
    ("de", "der Schiri hat Diabetes und musste in der Pause Traubenzucker essen"),
    ("nl", "de scheidsrechter brak zijn enkel bij een sprint en moest naar de eerste hulp"),
    ("pl", "sędzia złamał nogę i zniesiono go na noszach"),
    ("id", "wasitnya cedera lutut, diganti wasit cadangan di babak kedua"),
    ("en", "she's 31 weeks now so no more long-haul trips for her"),
    ("en", "Aisha is 26 weeks so she won't do the night shifts after this month"),
    ("es", "mi hermana está de 30 semanas y ya no cabe en el coche"),
    ("pt", "a Carla tá com 33 semanas, já arrumou a mala da maternidade"),
    ("fr", "ma femme est à 29 semaines, on a fini la chambre du bébé"),
    ("de", "Jana ist jetzt in der 25. Woche und hat ständig Sodbrennen"),
    ("it", "mia cognata è alla 25esima settimana, il bimbo scalcia tantissimo"),
    ("pl", "żona jest w 34. tygodniu, torba do szpitala już spakowana"),
    ("cs", "sestra je v 30. týdnu a doktor jí zakázal létat"),
    ("hu", "Dóra a 32. hétben van, már nem jön dolgozni"),
    ("ru", "жена на 32 неделе, в пятницу плановое УЗИ"),
]

EVERYDAY = [
    ("en", "the ref is blind, that was never a penalty"),
    ("en", "the ref needs glasses, how was that offside"),
    ("es", "el árbitro necesita gafas, eso fue mano clarísima"),
    ("de", "der Schiri braucht eine Brille, das war nie Abseits"),
    ("pl", "sędzia chyba oślepł, karny jak byk i nic"),
    ("id", "wasitnya butuh kacamata, jelas banget offside"),
    ("vi", "trọng tài bị mù à, rõ ràng là việt vị"),
    ("tr", "hakem kör mü, bu net penaltı"),
    ("en", "the course is 12 weeks and starts in March"),
    ("en", "I'm 3 weeks behind on the invoices, sorry"),
    ("en", "Delivery is 16 weeks from the order date."),
    ("en", "I'm 2 weeks into the new job and loving it"),
    ("sv", "vi är i vecka 28 nu, semestern börjar snart"),
    ("fr", "on est à 3 semaines des vacances, courage"),
    ("es", "faltan 6 semanas para la boda de mi prima"),
    ("de", "Wir sind in KW 28, die Lieferung kommt nächste Woche"),
]

test_referees_and_pregnancy_weeks_health_flags, test_referees_and_pregnancy_weeks_everyday_does_not_flag = table_tests(
    HEALTH, EVERYDAY
)


@pytest.mark.parametrize(
    "text", ["she's 31 weeks now so no more long-haul trips for her", "жена на 32 неделе, в пятницу плановое УЗИ"]
)
def test_a_week_of_pregnancy_is_reported_as_reproductive_health(text):
    verdict = detect(text)
    assert "reproductive_sexual_health" in verdict.categories, verdict
    assert "meas.gestation" in verdict.rules, verdict


@pytest.mark.parametrize(
    ("text", "is_a_week_of_pregnancy"),
    [("bin in der 28. SSW und ständig müde", True), ("Priya is 28 weeks, so she won't fly", True),
     ("laut Plan 60. SSW", False), ("Delivery is 16 weeks, so plan ahead", False)],
)
def test_the_gestation_reading_checks_the_week_and_the_subject(text, is_a_week_of_pregnancy):
    assert ("meas.gestation" in readings.find(text)) is is_a_week_of_pregnancy


@pytest.mark.parametrize("text", ["she's 2 weeks late with the rent", "she's 60 weeks into her apprenticeship"])
def test_weeks_outside_a_pregnancy_are_no_reading(text):
    assert "meas.gestation" not in detect(text).rules


# Swedish "är", "har", "var" are first-person cues where the subject is dropped ("har ont i magen")
# and every thing's verb too (cue ``state``): after a thing they name no person; a pronoun does.
SWEDISH_THINGS_EVERYDAY = [
    "skärmen är blind, skriv in det i loggen",
    "kameran är blind, någon har tejpat över linsen",
]
SWEDISH_THINGS_HEALTH = [
    "datorn har kraschat och jag har feber sedan i går",
    "har ont i magen sedan i morse, kommer inte in i dag",
]


@pytest.mark.parametrize("text", SWEDISH_THINGS_EVERYDAY)
def test_a_swedish_state_verb_after_a_thing_names_no_person(text):
    assert not detect(text).flagged, detect(text)


@pytest.mark.parametrize("text", SWEDISH_THINGS_HEALTH)
def test_a_swedish_pronoun_or_a_dropped_subject_is_still_a_person(text):
    assert detect(text).flagged, detect(text)
