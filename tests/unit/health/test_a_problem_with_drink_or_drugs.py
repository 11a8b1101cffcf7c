"""A problem with alcohol, drink or drugs, said as a problem, in all 17 languages ("ho problemi con
l'alcol", "у отца проблемы с выпивкой", "alkolle sorunum var"), where a weak "alcohol" with a first
person alone had not been enough. Around it, what is no one's health: a bet lost to a boss (a bare
"bet" is no longer a gambling term in Spanish and Czech), a craze said as a fever ("cricket ka
bukhaar", "حمى الكورة"), a drinks order with a problem (Spanish "la bebida" is not "la bebé", the
baby). The sentences were written for this file; none comes from ../shared/phi-bench.

Known limits, left out: a beverage said without alcohol needs a relative or a complaint beside it
("tiene problemas con la bebida" alone does not flag, "mi marido tiene problemas con la bebida"
does); "a problem with alcohol" of a party's supplies flags in Polish ("mamy problem z alkoholem
na weselu") and English ("the shop has a problem with alcohol sales")."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "honestly I think I have a problem with alcohol"),
    ("en", "my brother has been struggling with drugs for years"),
    ("de", "ich habe ein Problem mit Alkohol und schäme mich"),
    ("de", "mein Mann hat ein Alkoholproblem"),
    ("fr", "j'ai un problème avec l'alcool depuis le divorce"),
    ("it", "ho problemi con l'alcol da un po'"),
    ("it", "sono dipendente dall'alcol, lo ammetto"),
    ("es", "mi marido tiene problemas con la bebida"),
    ("es", "mi hijo tiene problemas con las drogas"),
    ("pt", "tenho problema com bebida faz tempo"),
    ("pt", "meu irmão tem problemas com drogas"),
    ("nl", "ik heb een probleem met alcohol"),
    ("pl", "mam problem z alkoholem od lat"),
    ("cs", "mám problém s alkoholem"),
    ("hu", "problémám van az alkohollal"),
    ("ru", "у меня проблемы с алкоголем"),
    ("ru", "у отца проблемы с выпивкой"),
    ("sv", "jag har problem med alkohol"),
    ("tr", "alkolle sorunum var"),
    ("id", "aku punya masalah dengan alkohol"),
    ("id", "ayahku punya masalah minum"),
    ("ar", "عندي مشكلة مع الكحول"),
    ("vi", "tôi có vấn đề với rượu"),
    ("hi", "mujhe sharab ki problem hai"),
    ("es", "la bebé tiene fiebre desde anoche"),
    ("pt", "a bebê vomitou de novo"),
]

EVERYDAY = [
    ("cs", "prohrál jsem sázku se šéfem"),
    ("es", "aposté una cena con mi jefe y perdí"),
    ("es", "apostamos quién llega antes a la oficina"),
    ("es", "tenemos un problema con la bebida del menú, falta hielo"),
    ("hi", "office mein cricket ka bukhaar chadha hai"),
    ("ar", "حمى الكورة وصلت المكتب"),
    ("de", "habe ein Problem mit dem Getränkeautomat"),
    ("id", "ada masalah minum di acara kemarin? kurang gelas"),
    ("en", "we had a problem with the drinks order for the party"),
]

test_a_problem_with_drink_or_drugs_flags, test_a_bet_a_craze_and_a_drinks_order_do_not_flag = table_tests(
    HEALTH, EVERYDAY
)
