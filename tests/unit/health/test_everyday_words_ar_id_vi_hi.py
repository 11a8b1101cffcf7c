"""Everyday words of Arabic, Indonesian, Vietnamese and Hinglish that share a health word's stem,
spelling or syllable: each must leave an ordinary message unflagged, and the health word it was
confused with must still flag a health message.

The collisions were found by feeding each language's most frequent words (wordfreq) through the
detector ("الأم", the mother, stemmed like "آلام", pains; "tanggal lahir", date of birth; "cảm ơn",
thanks; "doctor" and "emergency" in a text read as Hinglish). Every sentence is written for this
file; none comes from ../shared/phi-bench.
"""

import pytest

from handoff.health import detect

# (language, everyday sentence that must not flag, the collision it exercises)
EVERYDAY: list[tuple[str, str, str]] = [
    # Arabic
    ("ar", "الأم ذهبت إلى السوق", "الأم / آلام"),
    ("ar", "زوجتي هي الأم المثالية لأولادي", "الأم / آلام beside a relative"),
    ("ar", "الأمة العربية تحتاج إلى الوحدة", "الأمة / آلام"),
    ("ar", "الأمين العام للأمم المتحدة وصل اليوم", "الأمين / آلام"),
    ("ar", "الأمان أهم شيء في السيارة", "الأمان / آلام"),
    ("ar", "الأم ظهرت في الصورة", "الأم ظهرت / آلام الظهر"),
    ("ar", "الأم رأس العائلة", "الأم رأس / آلام الرأس"),
    ("ar", "تحميل الملف لا يعمل", "تحميل / تحميلة"),
    ("ar", "وتحميل التطبيق مجاني على المتجر", "وتحميل / تحميلة"),
    ("ar", "شاهدت مقطع فيديو جميل", "مقطع / مقطعية"),
    ("ar", "العدو يقترب من المدينة", "العدو / عدوى"),
    ("ar", "العدوان على المدينة مستمر", "العدوان / عدوى"),
    ("ar", "وزارة الزراعة أعلنت خطة جديدة", "الزراعة / زراعة كلى"),
    ("ar", "أين الأدوات في المطبخ", "الأدوات / الأدوية"),
    ("ar", "الجدران بحاجة إلى طلاء", "الجدران / جدري"),
    ("ar", "ورد في الخبر أن الاجتماع غدا", "ورد / الوردية"),
    ("ar", "وسيلة النقل المفضلة لدي هي المترو", "وسيلة / السيلان"),
    ("ar", "آدم صديقي منذ الطفولة", "آدم / الإدمان"),
    ("ar", "زهرة جميلة في الحديقة", "زهرة / الزهري"),
    ("ar", "شارع الشيخ زايد مزدحم اليوم", "زايد / الزايدة"),
    ("ar", "أضف ملعقة سكر إلى الشاي", "سكر / السكري"),
    ("ar", "كسرت الصحن بالغلط", "كسر alone"),
    ("ar", "البرتقال غني بفيتامين سي", "فيتامين alone"),
    ("ar", "شقيقي يعمل في دبي", "شقيقي / شقيقة"),
    ("ar", "الجدير بالذكر أن المتجر يغلق الساعة التاسعة", "الجدير / الجديري"),
    ("ar", "جربت المطعم الجديد أمس", "جربت / الجرب"),
    ("ar", "التقيته بالصدفة في السوق", "بالصدفة / الصدفية"),
    ("ar", "كم كلف هذا الجوال؟", "كلف / الكلف"),
    ("ar", "الألمان فازوا بالمباراة", "الألمان / ألم"),
    ("ar", "ربطت الحبل على السيارة", "الحبل / حبلى"),
    ("ar", "التقى الوزير بالسفير", "التقى / تقيأ"),
    ("ar", "النهج الجديد في الشركة ناجح", "النهج / النهجان"),
    # Persian, read with the Arabic file
    ("fa", "این فیلم دیدنی است", "دیدنی / الديدان"),
    ("fa", "کارخانه فولاد مبارکه", "فولاد / الولادة"),
    ("fa", "این کار غیرقانونی است", "غیرقانونی / یرقان"),
    ("fa", "شرکت دچار ورشکستگی شد", "ورشکستگی / شکستگی"),
    ("fa", "این لباس را مادرم دوخته است", "دوخته / دوخة"),
    ("fa", "ادویه غذا را زیاد کردم", "ادویه / ادويه"),
    # Indonesian
    ("id", "tanggal lahir saya 5 Mei", "lahir"),
    ("id", "saya lahir di Jakarta tahun 1990", "lahir"),
    ("id", "kota ini merayakan hari kelahirannya", "kelahiran"),
    ("id", "saya beli tablet baru buat kerja", "tablet, the device"),
    ("id", "perawatan mobil di bengkel mahal juga", "perawatan, car care"),
    ("id", "saya merawat tanaman di rumah", "merawat / dirawat"),
    ("id", "tanah di sini sangat subur", "subur / kesuburan"),
    ("id", "jeruk kaya vitamin c", "vitamin, food talk"),
    ("id", "toko kami beroperasi jam 9 pagi", "beroperasi / operasi"),
    ("id", "dia menyakiti hatiku", "menyakiti / sakit"),
    ("id", "saya cemas menunggu hasil ujian", "cemas, everyday worry"),
    ("id", "kereta sesak penumpang pagi ini", "sesak, crowded"),
    ("id", "aku kecanduan drakor nih", "kecanduan, a drama"),
    ("id", "banjir melumpuhkan jalan utama", "melumpuhkan / lumpuh"),
    ("id", "pemerintah akan rehab gedung sekolah tahun ini", "rehab, renovation"),
    ("id", "ukuran filenya cuma 500 kb saja", "kb, kilobytes"),
    # Vietnamese
    ("vi", "cảm ơn bạn nhiều nhé", "cảm ơn / cảm"),
    ("vi", "tôi cảm thấy rất vui hôm nay", "cảm thấy / cảm"),
    ("vi", "cảm ơn, tôi bị kẹt xe nên đến muộn", "cảm ơn beside 'bị'"),
    ("vi", "người lao động được nghỉ lễ", "lao động / lao"),
    ("vi", "làm ơn liệt kê các món hàng", "liệt kê / liệt"),
    ("vi", "liều lĩnh quá, đừng làm vậy", "liều lĩnh / liều"),
    ("vi", "ghép ảnh cho tôi với", "ghép ảnh / ghép"),
    ("vi", "tôi nghiện trà sữa mất rồi", "nghiện, milk tea"),
    ("vi", "anh ấy rất tâm lý", "tâm lý, considerate"),
    ("vi", "bộ phim đang gây sốt", "gây sốt / sốt"),
    ("vi", "vấn đề nóng bỏng nhất hôm nay", "nóng bỏng / bỏng"),
    ("vi", "đừng nôn nóng quá", "nôn nóng / nôn"),
    ("vi", "suy nghĩ ấu trĩ quá", "ấu trĩ / trĩ"),
    ("vi", "hôm nay làm việc mệt mỏi quá", "mệt mỏi, a long day"),
    ("vi", "mai gặp hen", "hen, the Southern particle"),
    ("vi", "nhớ ăn cơm đầy đủ hen", "hen, the Southern particle"),
    ("vi", "dạo này em ốm quá, ăn nhiều vào", "ốm, thin in the South"),
    # Hinglish (read as romanised Hindi: two Hinglish function words or more)
    ("hi", "aaj office me emergency meeting hai", "emergency"),
    ("hi", "operation successful raha, client bahut khush hai", "operation"),
    ("hi", "operation ka target is mahine pura karna hai", "operation"),
    ("hi", "periods ke hisaab se timetable bana hai", "periods"),
    ("hi", "computer me virus aa gaya hai yaar", "virus"),
    ("hi", "tum kahan ho abhi", "tum / English Tums"),
    ("hi", "tum meri baat suno yaar", "tum / English Tums"),
    ("hi", "aaj kaam se bahut thakan ho gayi yaar", "thakan, a long day"),
    ("hi", "tum meri kamzori ho, ye mat bhoolna", "kamzori, a weakness for someone"),
    ("hi", "ulti ginti shuru ho gayi hai launch ki", "ulti ginti / ulti"),
    ("hi", "pyaar ka nasha hai ye yaar", "nasha, love's"),
    ("hi", "mera khasra number kya hai bhai", "khasra number / khasra"),
    ("hi", "1 tb ki hard disk chahiye mujhe", "tb, a terabyte"),
    ("hi", "uski baat se dil pe chot lagi hai", "dil pe chot / chot"),
    ("hi", "mujhe tension ho gaya hai bhai", "bhai, bro, as a relative"),
]

# (language, health sentence that must flag, a category that must be among the verdict's)
HEALTH: list[tuple[str, str, str]] = [
    # Arabic
    ("ar", "أمي تعاني من آلام في الظهر", "symptom"),
    ("ar", "عندي ألم في رأسي", "symptom"),
    ("ar", "عندي آلام في المعدة من أمس", "symptom"),
    ("ar", "الآلام زادت بعد العملية", "symptom"),
    ("ar", "آلام ركبتي لا تطاق", "symptom"),
    ("ar", "أمي عندها آلام الظهر من سنين", "symptom"),
    ("ar", "أخذت تحميلة للحرارة", "medication"),
    ("ar", "الدكتور طلب أشعة مقطعية للبطن", "procedure"),
    ("ar", "ابني عنده عدوى في الأذن", "condition"),
    ("ar", "أبي يحتاج زراعة كلى", "procedure"),
    ("ar", "أمي تأخذ الأدوية كل يوم", "medication"),
    ("ar", "ابني مصاب بجدري الماء", "condition"),
    ("ar", "عندي السكري من عشر سنين", "condition"),
    ("ar", "أخي يعاني من الإدمان", "substance_use"),
    ("ar", "عملت عملية الزايدة الأسبوع الماضي", "procedure"),
    ("ar", "كسر في رجلي بعد السقوط", "condition"),
    ("ar", "أختي تعاني من الشقيقة", "condition"),
    ("ar", "ابني عنده الجديري", "condition"),
    ("ar", "ولدت بعملية قيصرية", "procedure"),
    ("ar", "ابني تقيأ مرتين الليلة", "symptom"),
    ("ar", "زوجتي حبلى في الشهر الخامس", "reproductive_sexual_health"),
    ("ar", "عندي دوخة من الصبح", "symptom"),
    # Persian is reported as "ar": it is read with the Arabic file
    ("ar", "پدرم شکستگی لگن دارد", "condition"),
    ("ar", "نوزادم یرقان دارد", "condition"),
    # Indonesian
    ("id", "saya melahirkan bulan lalu", "reproductive_sexual_health"),
    ("id", "istri saya baru lahiran kemarin", "reproductive_sexual_health"),
    ("id", "ibu saya dirawat di rumah sakit", "care_appointment_provider"),
    ("id", "ayah saya lagi dirawat", "care_appointment_provider"),
    ("id", "perawat bilang saya harus istirahat", "care_appointment_provider"),
    ("id", "saya minum tablet paracetamol", "medication"),
    ("id", "ibu saya habis operasi katarak", "procedure"),
    ("id", "saya punya gangguan kecemasan", "mental_health"),
    ("id", "kami ikut program kesuburan", "reproductive_sexual_health"),
    ("id", "saya sesak napas dari semalam", "symptom"),
    ("id", "adik saya pecandu narkoba", "substance_use"),
    ("id", "adik saya masuk rehab minggu lalu", "substance_use"),
    ("id", "istri saya pakai kb suntik", "reproductive_sexual_health"),
    # Vietnamese
    ("vi", "tôi bị đau bụng", "symptom"),
    ("vi", "tôi bị cảm từ hôm qua", "condition"),
    ("vi", "con tôi bị cảm cúm", "condition"),
    ("vi", "ông tôi bị lao phổi", "condition"),
    ("vi", "bố tôi bị liệt nửa người", "condition"),
    ("vi", "uống liều thuốc thứ hai chưa", "medication"),
    ("vi", "mẹ tôi mới ghép thận", "procedure"),
    ("vi", "anh tôi nghiện ma túy", "substance_use"),
    ("vi", "mẹ tôi mệt mỏi kéo dài cả tháng nay", "symptom"),
    ("vi", "bé nhà tôi lên cơn hen tối qua", "condition"),
    ("vi", "con tôi ốm mấy ngày nay", "condition"),
    # Hinglish
    ("hi", "mujhe bukhar hai", "symptom"),
    ("hi", "mujhe doctor ko dikhana hai kal", "care_appointment_provider"),
    ("hi", "papa ka operation hua hai kal", "procedure"),
    ("hi", "meri mummy emergency me admit hai", "care_appointment_provider"),
    ("hi", "mujhe periods me dard ho raha hai", "reproductive_sexual_health"),
    ("hi", "bachche ko vaccine lagi aaj", "medication"),
    ("hi", "meri behen ko cancer hai", "condition"),
    ("hi", "mujhe hamesha thakan rehti hai", "symptom"),
    ("hi", "mujhe bahut kamzori ho rahi hai aur chakkar aa rahe hain", "symptom"),
    ("hi", "bachche ko ulti ho rahi hai subah se", "symptom"),
    ("hi", "mera bhai nasha karta hai, kya karu", "substance_use"),
    ("hi", "dada ji ko tb ho gaya hai", "condition"),
    ("hi", "mere bhai ko bukhar hai", "symptom"),
]


@pytest.mark.parametrize(("lang", "text", "collision"), EVERYDAY, ids=[f"{l}-{c}" for l, _, c in EVERYDAY])
def test_everyday_word_does_not_flag(lang, text, collision):
    verdict = detect(text)
    assert not verdict.flagged, (lang, text, collision, verdict)


@pytest.mark.parametrize(("lang", "text", "category"), HEALTH, ids=[f"{l}-{t}" for l, t, _ in HEALTH])
def test_health_word_still_flags(lang, text, category):
    verdict = detect(text)
    assert verdict.flagged, (lang, text, verdict)
    assert category in verdict.categories, (lang, text, verdict)
    assert verdict.language == lang, (lang, text, verdict)
