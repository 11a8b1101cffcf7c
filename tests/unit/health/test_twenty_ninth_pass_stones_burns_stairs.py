"""The twenty-ninth pass: care that health communities name by its own word, in 17 languages (a
kidney stone broken by shock waves, a ureter's stent, a bladder's pressure test, a stay or check at a
burns unit, a pressure garment, a Lyme blot with its result), and stairs that someone can no longer
manage. A stairs word is a climb, not a function: it composes only with a loss, a degree or a body part,
and someone named, because the same words carry a sofa up or name a station's escalators. A burns
unit named as someone's job is a job, and a blot without a result is a lab's method. A mower, a
moped, a car or a scooter that coughs is a thing (Swedish, Hungarian, Polish, Hindi, Vietnamese),
and laughing till the belly hurts an everyday phrase (Hindi, Swedish). The messages
were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "can someone take my Friday shift? I'm booked in for lithotripsy on Thursday"),
    ("en", "Nan can't manage the stairs anymore so Christmas is at ours this year"),
    ("es", "el martes me quitan el doble J por fin, llevo tres semanas fatal"),
    ("es", "mi abuela ya no puede con las escaleras, buscamos un piso con ascensor"),
    ("pt", "minha mãe fez litotripsia ontem e ainda está com muita dor"),
    ("fr", "mon fils a rendez-vous au centre des grands brûlés jeudi pour sa main"),
    ("de", "Mein Vater schafft die Treppe nicht mehr ohne Pause, wir suchen eine Wohnung im Erdgeschoss"),
    ("de", "Morgen hab ich die Harnleiterspiegelung, drückt mir die Daumen"),
    ("it", "domani mi fanno la litotrissia, chi mi sostituisce al turno?"),
    ("nl", "mijn zoon moet nog een jaar drukkleding dragen op zijn arm"),
    ("pl", "tata leży na oddziale oparzeń w Gryficach od niedzieli"),
    ("sv", "jag ska på stötvågsbehandling på tisdag, kan någon ta mitt pass?"),
    ("cs", "babička už nezvládne schody, musíme se přestěhovat do přízemí"),
    ("hu", "holnap megyek vesekőzúzásra, nem tudok bejönni dolgozni"),
    ("ru", "мама лежит в ожоговом отделении, ошпарилась кипятком"),
    ("tr", "yarın ESWL'ye giriyorum, vardiyamı alabilecek var mı?"),
    ("tr", "vardiyamı değiştirebilir miyiz? Çarşamba psikolog randevum var"),
    ("id", "adikku dirawat di unit luka bakar, tangannya kena minyak panas"),
    ("ar", "أبويا عمل تفتيت الحصوة امبارح والحمد لله نزلت"),
    ("vi", "mẹ em vừa tán sỏi thận xong, đang nằm nghỉ ở nhà"),
    ("hi", "Nani ab sidhiyan nahi chadh paati, unka kamra neeche shift kar rahe hain"),
    ("en", "my knees won't do the stairs at the moment, can we meet in the ground floor cafe?"),
    ("es", "a mi marido le ha dado positivo el western blot de Lyme"),
    ("pl", "wynik western blot u córki dodatni, idziemy do zakaźnika"),
    # an accident makes the vehicle the setting, so the rider's harm stays theirs
    ("hi", "chacha ki scooty accident mein maut ho gayi, kal antim sanskar hai"),
    ("en", "my uncle had a scooter accident and broke his collarbone"),
    # spasticity, a hospital department, an eye appointment
    ("de", "die Spastik in den Beinen ist bei Kälte viel schlimmer"),
    ("es", "la espasticidad de mi hijo ha empeorado con el frío"),
    ("ar", "أمي نايمة في قسم القلب من يوم الخميس"),
    ("ar", "ممكن تبدل معايا الشفت؟ عندي موعد عيون الصبح"),
]

EVERYDAY = [
    ("en", "we can't get the sofa up the stairs, it's too wide, can you send two more guys"),
    ("es", "no podemos subir el sofá por las escaleras, ya lo intentamos dos veces"),
    ("es", "ya no hay escaleras mecánicas en esa estación, las quitaron en verano"),
    ("en", "I work in the burns unit on nights, so weekends are the only time I'm free"),
    ("de", "ich arbeite im Verbrennungszentrum in der Pflege, also eher Spätschicht"),
    ("en", "the western blot failed again, I'll rerun the gel tomorrow"),
    ("de", "der Western Blot ist schon wieder nichts geworden, morgen neues Gel"),
    ("it", "le scale del condominio le puliscono il giovedì mattina"),
    ("nl", "de trap naar de zolder is eindelijk geschilderd"),
    # machines that cough, and laughing till the belly hurts
    ("sv", "mopeden hostar varje morgon, den måste till verkstan"),
    ("hu", "a fűnyíró megint köhög, nem indul"),
    ("pl", "samochód kaszle od rana, jedziemy do mechanika"),
    ("hi", "meri scooty khaans rahi hai, service karwani padegi"),
    ("vi", "xe máy ho quá, chắc phải thay bugi"),
    ("hi", "uska video dekh ke hass hass ke pet mein dard ho gaya"),
    ("sv", "vi skrattade så mycket att jag fick ont i magen"),
]

test_stones_burns_units_and_stairs_someone_no_longer_manages_flag, test_sofas_up_the_stairs_burns_unit_jobs_and_lab_blots_do_not_flag = table_tests(
    HEALTH, EVERYDAY
)
