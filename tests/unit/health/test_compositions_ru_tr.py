"""Symptom names in Russian and Turkish that are not listed terms but compose: a body part with what
it feels (heavy, sensitive, dry, itchy, stiff, numb, burning), a vital function with how it is lost
(balance, speech, memory, appetite, smell, sleep, swallowing, coordination, consciousness), and a few
fixed phrases (cold sweat); and everyday sentences with the same words (heavy boxes, dry wine, a
memory card, market equilibrium, a balanced diet) that must stay unflagged. Sentences written for
this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

COMPOSED = [
    ('ru', 'К вечеру тяжёлые ноги и отекают щиколотки'),
    ('ru', 'У мамы потеря равновесия, когда встаёт с кровати'),
    ('ru', 'После инсульта у отца невнятная речь'),
    ('ru', 'Заметил ухудшение памяти за последний год'),
    ('ru', 'Третью неделю отсутствие аппетита'),
    ('ru', 'После ковида потеря обоняния и вкуса'),
    ('ru', 'Размытое зрение по утрам'),
    ('ru', 'Нарушение глотания у бабушки'),
    ('ru', 'Спутанность сознания у дедушки вечером'),
    ('ru', 'Чувствительные зубы реагируют на холодное'),
    ('ru', 'Зудят веки и слезятся глаза'),
    ('ru', 'Жжение в ступнях по ночам'),
    ('ru', 'Сводит икры во сне'),
    ('ru', 'Опухшие колени после пробежки'),
    ('ru', 'Пульсирует в висках с утра'),
    ('ru', 'Одеревенела шея после сна'),
    ('ru', 'Проснулся в холодном поту'),
    ('ru', 'Постоянно заложены уши'),
    ('ru', 'Трудно сосредоточиться, всё забываю'),
    ('ru', 'Нарушение координации движений у ребёнка'),
    ('tr', 'Akşamları bacaklarımda ağırlık oluyor'),
    ('tr', 'Dişlerimde hassasiyet var, soğuk içemiyorum'),
    ('tr', 'Babamda denge kaybı başladı'),
    ('tr', 'Annemin konuşma bozukluğu var'),
    ('tr', 'Son zamanlarda hafıza kaybı yaşıyorum'),
    ('tr', 'hafiza kaybi yasiyorum'),
    ('tr', 'Bir haftadır iştah kaybı var'),
    ('tr', 'Koku kaybı ve halsizlik'),
    ('tr', 'Uyku bozukluğu yüzünden yorgunum'),
    ('tr', 'Yürüme güçlüğü çekiyor'),
    ('tr', 'Koordinasyon bozukluğu fark ettik'),
    ('tr', 'Dedemde bilinç kaybı oldu'),
    ('tr', 'Konsantrasyon güçlüğü çekiyorum'),
    ('tr', 'Sabahları çenemde sertlik var'),
    ('tr', 'Bacaklarımda güçsüzlük hissediyorum'),
    ('tr', 'Gözlerimde kuruluk ve batma var'),
    ('tr', 'Kulaklarımda basınç hissi var'),
    ('tr', 'Gece soğuk terleme ile uyandım'),
    ('tr', 'Ayak tabanlarımda sızı var'),
]

EVERYDAY = [
    ('ru', 'Помоги донести тяжёлую коробку'),
    ('ru', 'Немецкий язык очень тяжёлый'),
    ('ru', 'Купи сухое вино к ужину'),
    ('ru', 'У него сухой юмор'),
    ('ru', 'Защита чувствительных данных клиентов'),
    ('ru', 'Потеря сигнала в метро'),
    ('ru', 'Речь генерального директора на собрании'),
    ('ru', 'Я потерял карту памяти'),
    ('ru', 'Нехватка оперативной памяти на ноутбуке'),
    ('ru', 'Потеря равновесия на рынке нефти'),
    ('ru', 'Снижение концентрации раствора'),
    ('ru', 'Нарушение правил дорожного движения'),
    ('ru', 'Холодное пиво в жару'),
    ('ru', 'У него хороший вкус'),
    ('ru', 'С точки зрения закона всё чисто'),
    ('tr', 'Ağır trafik yüzünden geç kaldım'),
    ('tr', 'Kuru şarap sever misin'),
    ('tr', 'Hassas veriler şifrelenmeli'),
    ('tr', 'Sinyal kaybı yaşadık'),
    ('tr', 'Hafıza kartımı kaybettim'),
    ('tr', 'Telefonun hafızası azaldı'),
    ('tr', 'Piyasa dengesini kaybetti'),
    ('tr', 'Dengeli beslenme önerileri'),
    ('tr', 'Veri kaybı oldu'),
    ('tr', 'Yüz gram kuru üzüm al'),
    ('tr', 'Lastik basıncı düşük'),
    ('tr', 'Konuşma metnini yazmam zor'),
    ('tr', 'Soğuk bira içelim'),
]


@pytest.mark.parametrize(('language', 'text'), COMPOSED)
def test_composed_symptom_names_flag(language, text):
    assert_flags(text, language)


@pytest.mark.parametrize(('language', 'text'), EVERYDAY)
def test_everyday_phrases_with_the_same_words_do_not_flag(language, text):
    assert_not_flagged(text)
