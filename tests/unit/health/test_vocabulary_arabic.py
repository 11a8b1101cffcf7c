"""Arabic vocabulary, and the Persian health words read with it: messages that disclose health,
ordinary messages that use body or care words innocently, and the grey zone (idioms, prices, policy
questions, weather), which must stay unflagged.

Every sentence is written for these tests, in the styles the detector meets in production: WhatsApp
chat in Modern Standard Arabic and in Gulf, Egyptian and Levantine spellings, patient answers,
workplace messages, relatives' health. None comes from ../shared/phi-bench.
"""

import pytest

from handoff.health import detect

H, N, G = "health", "none", "grey"

CASES: dict[str, list[tuple[str, str, str | None]]] = {
    # (text, kind, a category that must be among the verdict's, or None)
    "ar": [
        # health: first person, dialect spellings, clitics glued to body parts
        ("بطنى بتوجعنى من امبارح ومش قادرة آكل", H, "symptom"),
        ("ما بقدر إجي عالشغل اليوم، ضهري واجعني كتير", H, "symptom"),
        ("ما أقدر أثني ركبتي من يوم طحت", H, "symptom"),
        ("عيوني تحكني وحمراء من الصبح", H, "symptom"),
        ("ضرسي واجعني ومش قادر آكل شي", H, "symptom"),
        ("حاسس بدوخة وغثيان من الصبح", H, "symptom"),
        ("عندي حرقة بالبول من يومين", H, "symptom"),
        ("إيدي منملة ومش حاسس بأصابعي", H, "symptom"),
        # relatives
        ("ولدي فيه حرارة وكحة من يومين", H, "symptom"),
        ("بنتي بتسعل طول الليل وما نامت", H, "symptom"),
        ("ماما دخلت المستشفى امبارح بالليل", H, "care_appointment_provider"),
        ("حماتي عندها زهايمر وما تعرفنا", H, "condition"),
        ("زوجتي حامل بالشهر الخامس", H, "reproductive_sexual_health"),
        ("أخوي مدمن حشيش وما ندري وش نسوي", H, "substance_use"),
        ("ابوي سوى قسطرة في القلب الأسبوع الماضي", H, "procedure"),
        # workplace
        ("أستاذ، أحتاج إجازة مرضية اليوم، عندي نزلة برد", H, "care_appointment_provider"),
        ("أبغى سكليف بكرة، عندي موعد مع دكتور العظام", H, "care_appointment_provider"),
        ("معلش هتأخر، عندي كشف عند الدكتورة الساعة عشرة", H, "care_appointment_provider"),
        # conditions, medicines, tests, mental health
        ("طلع عندي السكر التراكمي عالي", H, "condition"),
        ("عندي جرثومة المعدة والدكتور كتبلي مضاد حيوي", H, "condition"),
        ("أخذت حبتين بنادول وما خف الصداع", H, "medication"),
        ("سويت تحليل فيتامين د وطلع ناقص", H, "test_result"),
        ("نتيجة المسحة طلعت إيجابية", H, "test_result"),
        ("سويت تكميم قبل سنة ونزلت ثلاثين كيلو", H, "procedure"),
        ("أنا مكتئب ومش قادر أنام", H, "mental_health"),
        ("صارلي أسبوع ما بنام من القلق", H, None),
        # ordinary messages that use body or care words innocently
        ("المحل يفتح الساعة كم؟", N, None),
        ("حول لي المبلغ على الحساب", N, None),
        ("حمل التطبيق الجديد من المتجر", N, None),
        ("سجلت في الدورة التدريبية الشهر الجاي", N, None),
        ("تسلم ايدك على الأكل، كان طيب", N, None),
        ("على راسي، بكرة أجيك", N, None),
        ("الدكتور أجل المحاضرة لبكرة", N, None),
        ("فشلت عملية الدفع بالبطاقة مرتين", N, None),
        ("حامل الجوال انكسر في السيارة", N, None),
        ("اشتريت كيس سكر وشاي من البقالة", N, None),
        ("مباراة كرة القدم اليوم الساعة تسعة", N, None),
        ("صدر القرار منذ أسبوع", N, None),
        # grey zone: worry, prices, policy, weather, idioms
        ("أنا قلقان على الامتحان بكرة", G, None),
        ("كم سعر بنادول في الصيدلية؟", G, None),
        ("هل أحتاج فحص كورونا للسفر إلى دبي؟", G, None),
        ("الجو حر والسخونة اليوم عالية", G, None),
        ("زهقت من الشغل، عندي ضغط كبير", G, None),
        ("كم سعر التأمين الصحي للعائلة؟", G, None),
        ("يا قلبي الله يسعدك", G, None),
        ("دمه خفيف والله", G, None),
    ],
    # Persian is not one of the languages the detector reports (its verdicts say "ar"), but its health
    # words are read with the Arabic file.
    "fa": [
        ("از دیروز سرم درد میکنه و تب دارم", H, "symptom"),
        ("بچه ام سرفه میکنه و آبریزش بینی داره", H, "symptom"),
        ("پوست دستم قرمز شده و خارش داره", H, "symptom"),
        ("زانوم ورم کرده و نمیتونم راه برم", H, "symptom"),
        ("مادرم دیروز توی بیمارستان بستری شد", H, "care_appointment_provider"),
        ("فردا نوبت دکتر دارم، نمیتونم بیام سر کار", H, "care_appointment_provider"),
        ("جواب آزمایش خونم اومد، قند خونم بالاست", H, None),
        ("من باردارم و حالت تهوع دارم", H, "reproductive_sexual_health"),
        ("پدرم دیابت داره و انسولین میزنه", H, "condition"),
        ("فردا ساعت چند مغازه باز میشه؟", N, None),
        ("لطفا فاکتور رو برام بفرست", N, None),
        ("دیشب با دوستم کلی درد دل کردیم", G, None),
        ("هوا امروز خیلی سرده", G, None),
    ],
}

ROWS = [(lang, *case) for lang, cases in CASES.items() for case in cases]


@pytest.mark.parametrize(("lang", "text", "kind", "category"), ROWS, ids=[f"{r[0]}:{r[1][:40]}" for r in ROWS])
def test_verdict_arabic_script(lang, text, kind, category):
    verdict = detect(text)
    assert verdict.flagged is (kind == H), verdict
    assert verdict.language == "ar", verdict
    if category:
        assert category in verdict.categories, verdict
