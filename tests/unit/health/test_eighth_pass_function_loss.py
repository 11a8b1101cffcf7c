"""A body function lost, said of a relative or of oneself, in 17 languages: getting up only with help,
not hearing or seeing on one side, not holding water, choking on drinks, an arm that will not go up,
a knee that will not bend; and the same verbs in everyday senses (a bad line, rain, a sofa to lift, a
downpour, a stage too far). Found by the eighth pass's blind probe of function-loss statements. The
messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "grandad can't get up out of the armchair without help anymore"),
    ("en", "she's gone deaf in her left ear since the flu"),
    ("es", "mi padre ya no se levanta sin ayuda"),
    ("es", "la abuela se hace pis encima por las noches"),
    ("pt", "minha mãe não segura mais o xixi, compramos fralda"),
    ("de", "Opa verschluckt sich ständig beim Trinken"),
    ("de", "ich krieg den Arm nicht mehr über die Schulter"),
    ("it", "mio nonno non riesce ad alzarsi da solo dal letto"),
    ("fr", "ma mère ne se lève plus sans aide depuis sa chute"),
    ("nl", "opa komt niet meer zelf uit bed"),
    ("pl", "babcia nie słyszy na lewe ucho od tygodnia"),
    ("sv", "mormor kommer inte upp ur sängen utan hjälp"),
    ("cs", "babička neudrží moč, potřebujeme pleny"),
    ("hu", "apám a lépcsőn is kifullad"),
    ("ru", "папа перестал видеть левым глазом"),
    ("tr", "babam yardımsız ayağa kalkamıyor artık"),
    ("id", "lutut mama gak bisa ditekuk sejak jatuh"),
    ("ar", "جدتي مش سامعة كويس من ودنها الشمال"),
    ("vi", "bà nội không tự đứng dậy được nữa"),
    ("hi", "dadi khud se uth nahi pati, kamar akad gayi hai"),
    # smell and taste lost, words not found, getting out of bed or a chair
    ("ru", "мама до сих пор не чувствует запахов после ковида"),
    ("ar", "اخوي لسه ما يشم شي من شهر"),
    ("vi", "chồng em vẫn chưa ngửi được mùi sau khi bị covid"),
    ("sv", "farmor hittar inte orden längre, vi har fått tid på minnesmottagningen"),
    ("de", "Oma kommt nicht mehr allein aus dem Bett"),
    ("fr", "mon grand-père ne peut plus se relever tout seul"),
    ("id", "kakek susah nelen, makan harus diblender"),
]
EVERYDAY = [
    ("en", "can't lift the wardrobe on my own, can you give me a hand on Sunday?"),
    ("en", "can't hear you, the line keeps cutting out"),
    ("pl", "w taką ulewę nie idę na piechotę, podwieziesz mnie?"),
    ("id", "hujan deras, gak bisa jalan ke kantor, aku kerja dari rumah"),
    ("pt", "passa na Droga Raia e compra um protetor solar?"),
    ("hi", "yahan se stage bilkul dikh nahi raha, aage chalo"),
    ("en", "do we still need a fit note for sick leave under 7 days, or is self cert fine?"),
    ("en", "he should swallow his pride and call her"),
    ("ru", "не могу больше слышать эту песню по радио"),
    ("hu", "szombaton ügyeletes vagyok a patikában, vasárnap jöhettek"),
]


# One test per row: the health rows flag, the everyday rows do not.
test_a_lost_function_flags, test_the_same_verbs_in_everyday_senses_do_not_flag = table_tests(HEALTH, EVERYDAY)
