"""The twenty-seventh pass's blind probes (health communities, workplaces, customer desks): a care place
told after a landmark cue is where a house, a shop or a gym is even when the writer or the reader is
named ("we're the house opposite the GP surgery"), and above, behind, at the gate of and in the same
building as are landmark cues; a dough mixer that coughs, a wardrobe with a broken leg and a zoo
animal's operation are everyday. A place told before its landmark or by its name stays where someone
is ("I'm in the hospital next to the station"), and so does a place with a relative; muscular
dystrophy, a blood test and an allergy inside a German compound, an infusion, a bladder flow test, an
allergist and a twenty-week scan are health. A car is not a thing that hides an accident, a lion is not
the left side ("levá", "левая"), and Portuguese "com o" (with the) is not "como o" (like the).
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from handoff.health import scoring
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "I'm in the hospital next to the station, ward 4, visiting ends at 8"),
    ("en", "we're at the hospital opposite the park, Mum had a fall this morning"),
    ("en", "I'm in St Mary's Hospital since Monday"),
    ("en", "my brother is back in the psych unit, I'll miss practice"),
    ("it", "mio nipote ha la distrofia muscolare, ci serve la rampa all'ingresso"),
    ("es", "mi tía lleva ingresada desde el martes en La Paz"),
    ("pt", "amanhã tenho infusão de ferro às 10h, alguém troca o turno comigo?"),
    ("pt", "hoje voltei com o cirurgião pra tirar os pontos"),
    ("de", "Mein Bluttest war auffällig, ich muss nächste Woche nochmal hin"),
    ("de", "Unsere Tochter ist hochallergisch gegen Nüsse, bitte keine Kekse mitbringen"),
    ("nl", "Donderdag hebben we de 20 wekenecho, vrijdag ben ik er weer"),
    ("nl", "we moeten dinsdag met Noor naar de allergoloog"),
    ("fr", "ma débitmétrie est décalée à jeudi, je ne pourrai pas venir"),
    ("tr", "ağabeyim araba kazasında yaralandı, hastanedeyiz"),
    ("cs", "brní mě levá ruka až do prstů, když dlouho píšu"),
    ("ru", "у отца после инсульта левая нога плохо слушается"),
    ("ru", "Мне надо в больницу к десяти, приду позже"),
    ("pl", "nadal leży w szpitalu, odwiedziny od 15"),
    # what the second review took back: tiger balm is no tiger, right after the dentist is a visit, a
    # sofa slept on for breathlessness is no thing's
    ("en", "I rub tiger balm on my neck every night, it's been stiff all week"),
    ("fr", "juste après le dentiste je passe te voir"),
    ("id", "Aku tidur di sofa terus karena sesak napas kalau berbaring"),
]

EVERYDAY = [
    ("en", "We're the blue house opposite the GP surgery, ring twice"),
    ("en", "meet us in front of the hospital at 6 and we'll walk to the pub"),
    ("nl", "Wij zitten naast de huisartsenpost, groene deur"),
    ("sv", "Vi ligger i samma hus som vårdcentralen, ingång från gården"),
    ("de", "Das Studio ist über der Apotheke im zweiten Stock"),
    ("pl", "Mieszkamy przy przychodni, drugie piętro"),
    ("pl", "Siłownia jest w tym samym budynku co przychodnia, wejście z boku"),
    ("hi", "Humari dukaan City hospital ke upar hai, lift se aao"),
    ("vi", "Tiệm mình ở ngay cổng bệnh viện Nhi, dễ tìm lắm"),
    ("id", "Toko kami di seberang puskesmas, pagar hijau"),
    ("en", "the dough mixer is coughing again, engineer's booked for 7"),
    ("it", "l'impastatrice ha la febbre, chiamo l'assistenza"),
    ("sv", "degblandaren hostar igen, jag ringer servicen"),
    ("pl", "miesiarka od rana kaszle, trzeba wezwać serwis"),
    ("ru", "тестомес опять кашляет, мастер будет в девять"),
    ("de", "Die Knetmaschine hustet schon wieder, der Techniker kommt um 8"),
    ("vi", "máy nhồi bột lại ho rồi, gọi thợ giùm em"),
    ("ar", "العجانة عم تكح من الصبح، اتصلوا بالفني"),
    ("en", "the wardrobe came with a broken leg, can you send a new one?"),
    ("fr", "l'armoire est arrivée avec un pied cassé, vous la reprenez ?"),
    ("tr", "şifonyerin bir ayağı kırık geldi, değişim yapıyor musunuz?"),
    ("en", "the elephant had her tooth surgery today and is already eating"),
    ("de", "Die Giraffe bekommt morgen eine Narkose für die Hufpflege"),
    ("es", "la jirafa tiene una infección en la pata, el veterinario viene a las 11"),
    ("pt", "Chá de camomila é uma infusão, né? minha vó jura que não"),
    ("es", "¿Cuánto lleva ingresado este mes en la cuenta?"),
]

test_the_pass_health_flags, test_the_landmarks_machines_and_zoos_do_not_flag = table_tests(HEALTH, EVERYDAY)


def test_with_the_writer_named_only_a_place_after_its_landmark_cue_is_a_landmark():
    # words: 0 "we're" 1 "opposite" 2 "the" 3 "surgery" / a place at 5-6 told before a cue at 7
    after, before = {(3, 3)}, {(5, 6)}
    landmarks = [(1, 1), (7, 7)]
    assert scoring._beside_a_landmark(after | before, landmarks, []) == {3, 5, 6}
    assert scoring._beside_a_landmark(after | before, landmarks, [0]) == {3}
    assert scoring._beside_a_landmark(after, landmarks, [2]) == frozenset()  # "opposite my surgery"
