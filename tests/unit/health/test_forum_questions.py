"""Forum-style health questions (a sign, a relative's condition, a medicine in pregnancy, a result)
in Turkish, Indonesian, Hungarian, Swedish and Dutch, and everyday sentences with the same words.
Sentences written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

QUESTIONS = [
    ('tr', 'Merhaba, 2 haftadır boğazımda yanma var, reflü olabilir mi?'),
    ('tr', 'Annemin şekeri 300 çıktı, ne yapmalıyız?'),
    ('tr', 'Kızım 5 yaşında, geceleri sürekli öksürüyor, ne önerirsiniz?'),
    ('tr', 'Sol kolumda uyuşma ve karıncalanma oluyor, hangi doktora gitmeliyim?'),
    ('tr', 'Kolonoskopi öncesi ne yemeliyim?'),
    ('tr', 'Hamileyim, parasetamol kullanabilir miyim?'),
    ('tr', 'Tiroid ilacımı aç karnına mı içmeliyim?'),
    ('tr', 'Diş çekiminden sonra yüzüm şişti, normal mi?'),
    ('id', 'Dok, anak saya demam sudah 3 hari, apakah perlu ke rumah sakit?'),
    ('id', 'Saya sering sakit kepala sebelah, apa penyebabnya?'),
    ('id', 'Ibu saya kena diabetes, makanan apa yang harus dihindari?'),
    ('id', 'Setelah makan pedas perut saya melilit, kenapa ya?'),
    ('id', 'Bolehkah ibu hamil minum obat maag?'),
    ('id', 'Kulit saya gatal-gatal dan merah setelah pakai sabun baru'),
    ('id', 'Suami saya batuk berdarah, harus bagaimana?'),
    ('id', 'Mata saya merah dan berair sejak kemarin'),
    ('hu', 'Két hete fáj a torkom, mit tegyek?'),
    ('hu', 'Anyukámnak magas a vérnyomása, milyen gyógyszert szedjen?'),
    ('hu', 'A kisfiam éjjel köhög és lázas, orvoshoz vigyem?'),
    ('hu', 'Zsibbad a bal karom, melyik orvoshoz menjek?'),
    ('hu', 'Terhes vagyok, szedhetek paracetamolt?'),
    ('hu', 'Foghúzás után bedagadt az arcom, normális ez?'),
    ('hu', 'Hetek óta fáradt vagyok és hullik a hajam'),
    ('hu', 'Vérvételen voltam, magas lett a koleszterinem'),
    ('sv', 'Hej, jag har haft ont i halsen i två veckor, vad ska jag göra?'),
    ('sv', 'Min mamma har högt blodtryck, vilken medicin är bäst?'),
    ('sv', 'Min son hostar på nätterna och har feber'),
    ('sv', 'Jag har domningar i vänster arm, vilken läkare ska jag gå till?'),
    ('sv', 'Är jag gravid kan jag ta alvedon?'),
    ('sv', 'Efter tandutdragningen är kinden svullen, är det normalt?'),
    ('sv', 'Jag tappar håret och är trött hela tiden'),
    ('sv', 'Mitt kolesterol var högt på provet'),
    ('nl', 'Hoi, ik heb al twee weken keelpijn, wat moet ik doen?'),
    ('nl', 'Mijn moeder heeft hoge bloeddruk, welke medicijnen zijn goed?'),
    ('nl', "Mijn zoontje hoest 's nachts en heeft koorts"),
    ('nl', 'Ik heb een doof gevoel in mijn linkerarm, naar welke arts moet ik?'),
    ('nl', 'Ik ben zwanger, mag ik paracetamol nemen?'),
    ('nl', 'Na het trekken van mijn kies is mijn wang dik, is dat normaal?'),
    ('nl', 'Ik verlies veel haar en ben de hele tijd moe'),
    ('nl', 'Mijn cholesterol was te hoog bij het bloedonderzoek'),
]

EVERYDAY = [
    ("tr", "Sınav sonucu çıktı, çok mutluyum"),
    ("tr", "Annem şekeri çok sever, pasta yaptı"),
    ("tr", "Yeni albüm çıktı, harika oldu"),
    ("nl", "Mijn buik is dik van al dat eten"),
    ("nl", "Ik ben bang dat ik haar verlies"),
]


@pytest.mark.parametrize("lang,text", QUESTIONS, ids=[f"{l}:{t[:30]}" for l, t in QUESTIONS])
def test_forum_question_flags(lang, text):
    assert_flags(text, lang)


@pytest.mark.parametrize("lang,text", EVERYDAY, ids=[f"{l}:{t[:30]}" for l, t in EVERYDAY])
def test_everyday_sentence_is_not_flagged(lang, text):
    assert_not_flagged(text)
