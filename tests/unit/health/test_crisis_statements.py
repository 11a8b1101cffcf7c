"""Being a burden, tired of life, dark thoughts, not wanting to wake up: the disclosures a crisis line
hears first, in 17 languages. The messages were written for this file; their words in other senses
("tired of living in this city", "a burden for small businesses") must not flag. "I don't want to
live" flags; with a place or company right after the verb it is a move ("no quiero vivir en este
piso", "I don't want to live in this city anymore": ``places.LivingSomewhere``)."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

DISCLOSURES = [
    ("en", "I feel like a burden to everyone"),
    ("en", "I'm so tired of life"),
    ("en", "I keep having dark thoughts at night"),
    ("en", "sometimes I don't want to be here anymore"),
    ("de", "ich fühle mich wie eine Last für alle"),
    ("de", "ich bin lebensmüde"),
    ("de", "ich habe dunkle Gedanken"),
    ("fr", "je me sens comme un fardeau"),
    ("fr", "je suis fatiguée de vivre"),
    ("fr", "j'ai des idées noires"),
    ("es", "me siento una carga para todos"),
    ("es", "estoy cansada de vivir"),
    ("es", "tengo pensamientos oscuros"),
    ("pt", "me sinto um peso para todos"),
    ("pt", "estou cansada de viver"),
    ("pt", "tenho pensamentos sombrios"),
    ("it", "mi sento un peso per tutti"),
    ("it", "sono stanca di vivere"),
    ("it", "ho pensieri neri"),
    ("nl", "ik voel me een last voor iedereen"),
    ("nl", "ik ben het leven moe"),
    ("nl", "ik heb donkere gedachten"),
    ("pl", "czuję się ciężarem dla wszystkich"),
    ("pl", "jestem zmęczona życiem"),
    ("pl", "mam czarne myśli"),
    ("sv", "jag känner mig som en börda"),
    ("sv", "jag är trött på livet"),
    ("sv", "jag har mörka tankar"),
    ("cs", "připadám si jako přítěž"),
    ("cs", "jsem unavená ze života"),
    ("cs", "mám černé myšlenky"),
    ("hu", "tehernek érzem magam mindenkinek"),
    ("hu", "belefáradtam az életbe"),
    ("hu", "sötét gondolataim vannak"),
    ("ru", "чувствую себя обузой для всех"),
    ("ru", "я устала от жизни"),
    ("ru", "у меня мрачные мысли"),
    ("tr", "herkese yük olduğumu hissediyorum"),
    ("tr", "yaşamaktan yoruldum"),
    ("tr", "kara düşüncelerim var"),
    ("id", "aku merasa jadi beban semua orang"),
    ("id", "aku lelah hidup"),
    ("id", "aku punya pikiran gelap"),
    ("ar", "أشعر أنني عبء على الجميع"),
    ("ar", "تعبت من الحياة"),
    ("ar", "تراودني أفكار سوداء"),
    ("vi", "tôi thấy mình là gánh nặng cho mọi người"),
    ("vi", "tôi mệt mỏi với cuộc sống"),
    ("vi", "tôi có những suy nghĩ đen tối"),
    # Not wanting to live, no sense in living: written after the crisis family's second set missed them.
    ("en", "I just don't see the point in living anymore"),
    ("en", "I don't want to live anymore"),
    ("en", "there's no reason for me to live"),
    ("de", 'ich will nicht mehr leben'),
    ("de", 'ich sehe keinen Sinn mehr im Leben'),
    ("es", 'no quiero seguir viviendo'),
    ("es", 'no le veo sentido a la vida'),
    ("es", 'ya no tengo ganas de vivir'),
    ("pt", 'não quero mais viver'),
    ("pt", 'não vejo mais sentido na vida'),
    ("fr", 'je ne veux plus vivre'),
    ("fr", "je n'ai plus envie de vivre"),
    ("it", 'non voglio più vivere'),
    ("it", 'non ha più senso vivere'),
    ("nl", 'ik wil niet meer leven'),
    ("nl", 'ik heb geen zin meer in het leven'),
    ("sv", 'jag vill inte leva längre'),
    ("sv", 'jag ser ingen mening med livet'),
    ("pl", 'nie chcę już żyć'),
    ("pl", 'nie chce mi się żyć'),
    ("cs", 'nechci už žít'),
    ("cs", 'nechce se mi žít'),
    ("hu", 'nincs kedvem élni'),
    ("hu", 'nem akarok tovább élni'),
    ("ru", 'не хочу больше жить'),
    ("ru", 'мне не хочется жить'),
    ("tr", 'artık yaşamak istemiyorum'),
    ("tr", 'yaşamanın bir anlamı yok'),
    ("id", 'aku udah gak mau hidup lagi'),
    ("id", 'saya tidak ingin hidup lagi'),
    ("ar", 'ما ابغى اعيش خلاص'),
    ("ar", 'ما بدي عيش بعد اليوم'),
    ("vi", 'tôi không muốn sống nữa'),
    ("hi", "mujhe ab jeene ka mann nahi karta"),
]

EVERYDAY = [
    "this box is a burden to carry",
    "I'm tired of this weather",
    "the film was dark but good",
    "die Last ist zu schwer für den LKW",
    "estoy cansada de esperar el bus",
    "I'm tired of living in this city, let's move",
    "estoy cansada de vivir en este barrio",
    "sono stanca di vivere con i miei coinquilini",
    "jestem zmęczona życiem w tym mieście",
    "ich bin müde vom Leben in der Großstadt",
    "je suis fatiguée de vivre dans le bruit",
    "the tax is a burden for small businesses",
    "ser una carga para la empresa no es mi intención",
    "eine Last für alle Beteiligten war das Projekt",
    # Not wanting to live somewhere, with someone or on something is a move.
    "I don't want to live in this city anymore",
    'ich will nicht mehr in Berlin leben',
    'no quiero seguir viviendo en este piso',
    'não quero mais viver de aluguel',
    'je ne veux plus vivre à Paris',
    'non voglio più vivere con i miei',
    'ik wil niet meer in Amsterdam leven',
    'jag vill inte leva på pasta längre',
    'nie chcę już żyć w tym mieście',
    'nechci už žít v Praze',
    'nem akarok tovább Budapesten élni',
    'не хочу больше жить в этом городе',
    "artık İstanbul'da yaşamak istemiyorum",
    'aku gak mau hidup di Jakarta lagi',
    'tôi không muốn sống ở Hà Nội nữa',
]


@pytest.mark.parametrize(("language", "text"), DISCLOSURES)
def test_disclosure_flags(language, text):
    assert_flags(text, language)


@pytest.mark.parametrize("text", EVERYDAY)
def test_same_words_in_everyday_senses_do_not_flag(text):
    assert_not_flagged(text)
