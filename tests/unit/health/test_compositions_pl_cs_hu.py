"""Symptom names in Polish, Czech and Hungarian that are not listed terms but compositions: a body
part with an everyday descriptor (heavy, sensitive, stiff, itchy, throbbing, pressure), a vital
function with how it is lost or impaired (balance, concentration, coordination, consciousness,
smell, hearing, appetite, walking; in Hungarian also inside compounds), and everyday sentences with
the same words that must stay unflagged. Sentences written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

COMPOSED = [
    ('pl', 'ciężkie nogi po całym dniu'),
    ('pl', 'nadwrażliwe zęby na zimne napoje'),
    ('pl', 'utrata równowagi przy wstawaniu'),
    ('pl', 'zaburzenia koordynacji ruchowej'),
    ('pl', 'problemy z koncentracją od tygodnia'),
    ('pl', 'bełkotliwa mowa u dziadka'),
    ('pl', 'sztywna szczęka rano'),
    ('pl', 'pulsujący ból w skroni'),
    ('pl', 'drgająca powieka od kilku dni'),
    ('pl', 'uczucie ucisku w głowie'),
    ('pl', 'osłabienie węchu po infekcji'),
    ('pl', 'trudności z chodzeniem po schodach'),
    ('pl', 'zimne poty w nocy'),
    ('pl', 'zdrętwiałe palce u rąk'),
    ('cs', 'těžké nohy večer'),
    ('cs', 'citlivé zuby na sladké'),
    ('cs', 'ztráta rovnováhy při chůzi'),
    ('cs', 'porucha koordinace pohybů'),
    ('cs', 'problémy se soustředěním v práci'),
    ('cs', 'nezřetelná řeč po probuzení'),
    ('cs', 'ztuhlá čelist ráno'),
    ('cs', 'tlak v uších při letu'),
    ('cs', 'zhoršený zrak na blízko'),
    ('cs', 'potíže s chůzí do schodů'),
    ('cs', 'studený pot v noci'),
    ('cs', 'poruchy spánku a únava'),
    ('hu', 'nehéz lábak este'),
    ('hu', 'érzékeny fogak hidegre'),
    ('hu', 'egyensúlyzavar felálláskor'),
    ('hu', 'eszméletvesztés után'),
    ('hu', 'koncentrációs zavar a munkában'),
    ('hu', 'viszkető szemek tavasszal'),
    ('hu', 'nyomás a fülben repülés közben'),
    ('hu', 'rángatózó szemhéj napok óta'),
    ('hu', 'halláscsökkenés a bal oldalon'),
    ('hu', 'járási nehézség reggel'),
    ('hu', 'hideg verejték éjszaka'),
    ('hu', 'elmosódott beszéd'),
]

EVERYDAY = [
    ('pl', 'ciężkie pudło w piwnicy'),
    ('pl', 'wytrawne i suche wino do kolacji'),
    ('pl', 'wrażliwe dane klientów'),
    ('pl', 'utrata sygnału w tunelu'),
    ('pl', 'nie ma mowy o podwyżce'),
    ('pl', 'z ciężkim sercem podjąłem decyzję'),
    ('pl', 'brak równowagi między pracą a życiem'),
    ('pl', 'sztywne zasady w firmie'),
    ('pl', 'zaburzenia w dostawach towaru'),
    ('cs', 'těžký kufr na letiště'),
    ('cs', 'citlivé údaje zákazníků'),
    ('cs', 'ztráta signálu v tunelu'),
    ('cs', 's těžkým srdcem jsem to podepsal'),
    ('cs', 'rovnováha mezi prací a životem'),
    ('cs', 'paměťová karta je plná'),
    ('cs', 'poruchy dodávek zboží'),
    ('cs', 'tlak na ceny'),
    ('hu', 'nehéz doboz a pincében'),
    ('hu', 'érzékeny ügyféladatok'),
    ('hu', 'adatvesztés a lemezen'),
    ('hu', 'nehéz szívvel írtam alá'),
    ('hu', 'egyensúly a munka és a magánélet között'),
    ('hu', 'szállítási zavar a raktárban'),
    ('hu', 'hideg sör a hűtőben'),
    ('hu', 'romló időjárás a hegyekben'),
]


@pytest.mark.parametrize(('language', 'text'), COMPOSED, ids=[f'{lang}:{text}' for lang, text in COMPOSED])
def test_composed_symptom_name_is_flagged(language, text):
    assert_flags(text, language)


@pytest.mark.parametrize(('language', 'text'), EVERYDAY, ids=[f'{lang}:{text}' for lang, text in EVERYDAY])
def test_everyday_phrase_is_not_flagged(language, text):
    assert_not_flagged(text)
