"""Short first-person statements of a sign, a loss of function, a past procedure or a result, in
plain words, in nine languages ("I can't bend my knee anymore", "they x-rayed my foot", "my urine
is very dark"), the kind the detector exists for. Sentences written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

STATEMENTS = [
    ("es", "Ya no puedo doblar la rodilla"),
    ("es", "No oigo bien del lado izquierdo"),
    ("es", "Me hicieron una radiografía del pie la semana pasada"),
    ("es", "Me sangran las encías al cepillarme"),
    ("es", "Se me duermen los dedos de la mano"),
    ("es", "Tengo la orina muy oscura"),
    ("nl", "Ik kan mijn knie niet meer buigen"),
    ("nl", "Ik hoor slecht aan de linkerkant"),
    ("nl", "Mijn vingers slapen steeds"),
    ("nl", "Mijn plas is heel donker"),
    ("sv", "Jag kan inte böja knät längre"),
    ("sv", "Jag hör dåligt på vänster öra"),
    ("sv", "Mina fingrar somnar hela tiden"),
    ("sv", "De röntgade min fot förra veckan"),
    ("pl", "Nie mogę już zgiąć kolana"),
    ("pl", "W zeszłym tygodniu prześwietlili mi stopę"),
    ("pl", "Mam bardzo ciemny mocz"),
    ("ru", "Я больше не могу согнуть колено"),
    ("ru", "У меня кровоточат дёсны при чистке"),
    ("ru", "У меня очень тёмная моча"),
    ("ru", "Снижение слуха на левое ухо"),
    ("tr", "Artık dizimi bükemiyorum"),
    ("tr", "Geçen hafta ayağımın röntgenini çektiler"),
    ("tr", "İdrarım çok koyu"),
    ("id", "Saya tidak bisa menekuk lutut lagi"),
    ("id", "Gusi saya berdarah saat sikat gigi"),
    ("vi", "Tôi không gập được đầu gối nữa"),
    ("vi", "Tai trái tôi nghe không rõ"),
    ("vi", "Lợi tôi chảy máu khi đánh răng"),
    ("hu", "Már nem tudom behajlítani a térdem"),
    ("hu", "Múlt héten megröntgenezték a lábamat"),
    ("hu", "Nagyon sötét a vizeletem"),
    ("ar", "عيني حمرا وبتدمع"),
    ("ar", "أخذت المضاد الحيوي ثلاث أيام وما تحسنت"),
    ("ar", "رجلي متورمة من يومين"),
    # Dryness and irritation as people describe them.
    ("pt", "Tenho uma sensação de secura nos olhos o dia todo"),
    ("it", "Ho una sensazione di secchezza in gola da giorni"),
    ("fr", "J'ai une sensation de sécheresse dans la bouche la nuit"),
    ("de", "Ich habe ständig trockene Augen am Bildschirm"),
    ("es", "Tengo sensación de sequedad en los ojos desde hace semanas"),
    ("cs", "Mám pocit suchosti v očích"),
]

# The same new words about things, people or the weather.
EVERYDAY = [
    ("es", "Los niños ya están dormidos en sus camas"),
    ("sv", "Barnen somnade tidigt i kväll"),
    ("sv", "Vi har sämre försäljning i år än i fjol"),
    ("nl", "Na de regen staat er een grote plas in de tuin"),
    ("vi", "Nước ngọt này rất ngon"),
    ("ar", "السيارة حمراء"),
    ("es", "La irritación del cliente es comprensible"),
    ("fr", "Quelle irritation dans la salle!"),
    ("fr", "La sécheresse a détruit les récoltes cet été"),
    ("pt", "O vinho tem um final seco"),
    ("it", "Il clima secco del deserto"),
]


@pytest.mark.parametrize("lang,text", STATEMENTS, ids=[f"{l}:{t[:30]}" for l, t in STATEMENTS])
def test_plain_statement_flags_in_its_language(lang, text):
    assert_flags(text, lang)


@pytest.mark.parametrize("lang,text", EVERYDAY, ids=[f"{l}:{t[:30]}" for l, t in EVERYDAY])
def test_same_words_in_everyday_talk_do_not_flag(lang, text):
    assert_not_flagged(text)
