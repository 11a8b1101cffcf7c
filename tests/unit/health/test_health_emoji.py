"""Health emoji (``pictographs``): a sick or hurt face says "I'm ill" in any language; the faces
that are also disgust, the pills and the hospitals say it only beside other health evidence, a
person's complaint or a relative. Rows written for this file (none from ../shared/phi-bench)."""

import pytest

from handoff.health import detect
from tests.support.health_verdicts import table_tests

HEALTH = [
    ("und", "🤒"),
    ("en", "🤒 not coming in today, sorry"),
    ("en", "🤕 fell off my bike, will be late"),
    ("en", "feeling 🤢🤮 all night, staying home"),
    ("en", "my son 🤧🤧 since monday"),
    ("en", "my mum is in 🏥 again"),
    ("en", "got my 💉 today and my arm is so sore"),
    ("es", "hoy no voy, estoy 🤒"),
    ("fr", "j'ai 🤒 depuis hier"),
    ("de", "bin heute 🤒, komme nicht"),
    ("pt", "meu filho tá 🤒 desde ontem"),
    ("it", "oggi sto 🤒, non vengo"),
    ("tr", "kızım 🤒 okula gitmeyecek"),
    ("id", "anak saya 🤒 dari kemarin"),
    ("ar", "الطفل 🤒 من امس"),
    ("ru", "я 🤒 сегодня, не приду"),
    ("vi", "con tôi 🤒 từ hôm qua"),
]

EVERYDAY = [
    ("en", "pineapple pizza 🤮"),
    ("en", "this meeting 🤮🤮"),
    ("en", "🚑🚑🚑 lol"),
    ("en", "got my 💉 today"),
    ("en", "🤮 emoji"),
    ("en", "which sticker is the 🤒 one"),
    ("es", "la pizza con piña 🤮"),
    ("de", "Montagmorgen 🤢"),
    ("en", "🎉🎉 party at mine"),
    ("en", "new tattoo 💉🖤"),
]

test_health_emoji_flag, test_everyday_emoji_do_not_flag = table_tests(HEALTH, EVERYDAY)


def test_a_sick_face_reports_its_category_and_rule_without_the_emoji():
    verdict = detect("🤒 not coming in today")
    assert verdict.flagged
    assert verdict.categories == ("symptom",)
    assert "emoji.symptom" in verdict.rules
    assert "🤒" not in repr(verdict.to_dict())


@pytest.mark.parametrize("text", ["🤮🤮🤮🤮🤮 feeling awful", "feeling 🤮 awful"])
def test_one_emoji_category_weighs_once_however_often_it_is_sent(text):
    assert detect(text).score == detect("feeling 🤮 awful").score
