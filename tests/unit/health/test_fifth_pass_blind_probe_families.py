"""Families a fifth blind probe (English SMS and symptom statements, German patient answers, Russian
complaints, Vietnamese consumer questions, search queries in 12 languages, assistant reminders) found
missing, checked on sentences written for this file (none comes from the probe or ../shared/phi-bench):

- English typed without apostrophes: every lexicon phrase with "can t", "don t", "i m" is listed
  joined too ("cant get back to sleep", "im feeling"), by ``vocabulary.spellings`` at build time; "i ll"
  is not joined ("ill"), nor is a single word ("im" is German's).
- A pregnancy scan named by its week, "type 2" said of a person, a child mental-health service, a taste
  in the mouth (and the idiom "left a bad taste in my mouth"), chills and aches all over, waking every
  hour, emptiness, forgetting, "giddy" for dizzy.
- German patient answers: pressure behind the breastbone, still breastfeeding, the last period, a weeping
  scar; a prescription fetched for a relative at the pharmacy ("Rezept für Oma" is a circumstance, so its
  "Rezept für" cancels nothing, while "Rezept für Omas Apfelkuchen" stays a recipe).
- A prescription collected at the pharmacy in Arabic, how many days an illness lasts (a question of its
  course: a complaint, not a policy), a chilled stomach in Turkish, deficiencies in Hungarian and Polish,
  erythema, the nail and the elbow's crease in Hungarian, the arm's crease in Swedish, itching and
  discharge as Russian complaints, short-sightedness by degree in Vietnamese, how many days an illness
  lasts in Turkish, a suspected stroke in Czech (the idiom "to je na mrtvici" stays masked), Swedish
  dizziness on standing; a heart that skips beats (not once: "skipped a beat when she walked in" is the idiom).
- Everyday: powdery mildew and blight are a plant's illness in every language (an animal cue, which
  stands for plants); toothbrushes are no dentist; a clinic's holiday opening is business; headphones
  are things; a skate trick is "sick"; "append" (the stem of "appendices") is a verb of lists and files,
  and congestion of traffic or a network is no blocked nose.
"""

import pytest

from handoff.health.vocabulary import spellings
from tests.support.health_verdicts import table_tests

HEALTH = [
    ('en', 'been up since 4, cant get back to sleep again and im exhausted'),
    ('en', 'cant breathe properly when i climb the stairs'),
    ('en', 'got the 12 week scan on friday, fingers crossed'),
    ('en', 'my dad has type 2 so he checks his sugar every morning'),
    ('en', 'still waiting on camhs for my son, 9 months now'),
    ('en', 'had a metallic taste in my mouth for days'),
    ('en', 'i ache all over and keep going hot and cold'),
    ('en', 'i wake up every hour, every single night'),
    ('en', 'i feel empty inside most days'),
    ('en', 'i keep forgetting words mid sentence'),
    ('en', 'felt giddy on the bus and had to sit down'),
    ('de', 'Druck hinter dem Brustbein, wenn ich schnell gehe'),
    ('de', 'ich stille noch, darf ich Ibuprofen nehmen?'),
    ('de', 'letzte Periode war vor sechs Wochen'),
    ('de', 'kannst du das Rezept für Opa aus der Apotheke mitbringen?'),
    ('de', 'die OP-Narbe nässt seit gestern'),
    ('ar', 'لازم استلم وصفة امي من الصيدلية اليوم'),
    ('ar', 'كم يوم يستمر التهاب الحلق'),
    ('tr', 'çocuk mide üşütmesi geçirdi, kusuyor'),
    ('hu', 'vashiány tünetei fáradtság'),
    ('hu', 'a körmöm töredezik és fehér foltos'),
    ('pl', 'niedobór żelaza objawy u dzieci'),
    ('it', 'eritema sulle guance del bambino'),
    ('es', 'me salió un eritema en el cuello'),
    ('sv', 'utslag i knävecket som kliar'),
    ('ru', 'беспокоит зуд кожи по ночам'),
    ('vi', 'con em bị cận 2 độ rồi, có nên cho đeo kính không'),
    ('tr', 'grip kaç günde geçer, ateşim var'),
    ('en', 'my heart skips beats when i lie down at night'),
    ('en', 'had my appendix out when I was 12'),
    ('en', 'nasal congestion for two weeks now'),
    ('cs', 'babičku odvezli do nemocnice, podezření na mrtvici'),
    ('sv', 'fortfarande yr när jag står upp, är det normalt?'),
]

EVERYDAY = [
    ('en', "that meeting left a bad taste in my mouth tbh"),
    ('en', 'my earbuds keep cutting out in the left ear'),
    ('en', 'he landed a kickflip on the halfpipe, so sick'),
    ('en', 'powdery mildew all over the courgettes, how do I treat it'),
    ('de', 'Rezept für Omas Apfelkuchen bitte!'),
    ('de', 'Mehltau an den Rosen, was hilft?'),
    ('ar', 'البياض الدقيقي على الخيار كيف اعالجه'),
    ('tr', 'salatalıkta külleme hastalığı nasıl geçer'),
    ('pl', 'mączniak na ogórkach, czym pryskać'),
    ('fr', "le mildiou a tué mes tomates, quel traitement ?"),
    ('it', "l'oidio sulle zucchine, che trattamento uso?"),
    ('ru', 'купить зубную пасту и зубную щётку по дороге домой'),
    ('vi', 'Phòng khám có làm việc ngày lễ 2/9 không ạ?'),
    ('tr', 'yıllık izin kaç gün sürer, İK’ya sordum'),
    ('en', 'my heart skipped a beat when she walked in'),
    ('en', 'append the minutes to my notes from the meeting'),
    ('en', 'traffic congestion on my way home is insane today'),
    ('cs', 'to je na mrtvici s tím úřadem, třetí formulář'),
]

test_a_fifth_blind_probe_family_flags, test_its_everyday_near_misses_do_not_flag = table_tests(HEALTH, EVERYDAY)


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("can t get back to sleep", ("can t get back to sleep", "cant get back to sleep")),
        ("i m feeling", ("i m feeling", "im feeling")),
        ("you re killing me", ("you re killing me", "youre killing me")),
        ("i ll be", ("i ll be",)),
        ("=can t", ("=can t",)),
        ("hip op", ("hip op",)),
    ],
)
def test_english_phrases_are_listed_joined_too(term, expected):
    assert spellings(term, "en") == expected


def test_other_languages_are_listed_as_written():
    assert spellings("i m", "de") == ("i m",)
