"""Bleeding named by when it comes (brushing the teeth), a blocked ear and the whole body feeling
weak, in plain first-person statements. The messages were written for this file; their words in
other senses must not flag."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

STATEMENTS = [
    ("de", "beim Zähneputzen kommt Blut"),
    ("fr", "il y a du sang quand je me brosse les dents"),
    ("es", "me sale sangre cuando me cepillo los dientes"),
    ("pt", "sai sangue quando escovo os dentes"),
    ("it", "esce sangue quando mi lavo i denti"),
    ("nl", "er komt bloed als ik mijn tanden poets"),
    ("pl", "leci mi krew przy myciu zębów"),
    ("sv", "det kommer blod när jag borstar tänderna"),
    ("cs", "při čištění zubů mi teče krev"),
    ("hu", "fogmosáskor vérzik"),
    ("tr", "dişlerimi fırçalarken kan geliyor"),
    ("id", "keluar darah saat sikat gigi"),
    ("ar", "يخرج دم عندما أفرش أسناني"),
    ("vi", "chảy máu khi đánh răng"),
    ("sv", "mitt öra känns igenproppat sedan flygresan"),
    ("hu", "bedugult a fülem a repülés óta"),
    ("sv", "hela kroppen känns svag och tung"),
]

EVERYDAY = [
    "ve filmu teče krev proudem",
    "в фильме идет кровь рекой",
    "det var en svag insats av laget",
    "tung väska, hjälp mig bära",
    "ich putze die Zähne und gehe ins Bett",
    "après m'être brossé les dents je dors",
    "sikat gigi dulu sebelum tidur",
    "dişlerimi fırçaladım, yatıyorum",
]


@pytest.mark.parametrize(("language", "text"), STATEMENTS)
def test_statement_flags(language, text):
    assert_flags(text, language)


@pytest.mark.parametrize("text", EVERYDAY)
def test_same_words_in_everyday_senses_do_not_flag(text):
    assert_not_flagged(text)
