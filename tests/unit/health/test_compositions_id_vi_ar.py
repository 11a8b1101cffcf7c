"""Symptom names that are compositions, not listed terms, in Indonesian, Vietnamese and Arabic: a
vital function with how it is lost ("daya ingat saya menurun", "tôi bị giảm thị lực", "فقدت حاسة
التذوق"), a body part with what it feels ("betis saya kram", "răng ê buốt", "ثقل في الساقين"), and
a few fixed phrases (cold sweats, pins and needles, hot flushes); beside them everyday sentences
with the same words (heavy boxes, sensitive data, a memory card, a balance sheet, a weak battery).
Sentences written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

COMPOSED = [
    # Arabic "لا" + a verb of hearing, seeing, sleeping...: the verb negated is the impairment.
    ('ar', 'لا أسمع جيدا بأذني اليسرى'),
    ('ar', 'لا أنام جيدا منذ أسبوع'),
    ('id', 'Akhir-akhir ini daya ingat saya menurun'),
    ('id', 'Saya sering kehilangan keseimbangan saat berdiri'),
    ('id', 'Penglihatan saya kabur sejak minggu lalu'),
    ('id', 'Pendengaran telinga kiri saya berkurang'),
    ('id', 'Nafsu makan anak saya hilang'),
    ('id', 'Ibu saya mengalami gangguan penciuman'),
    ('id', 'Kedua kaki saya terasa berat kalau sore'),
    ('id', 'Gigi saya sensitif kalau minum air es'),
    ('id', 'Betis saya kram tiap malam'),
    ('id', 'Lidah saya terasa kebas dari pagi'),
    ('id', 'Saya sering keringat dingin di malam hari'),
    ('id', 'Ayah saya bicaranya pelo sejak kemarin'),
    ('id', 'Saya sulit berkonsentrasi di kantor belakangan ini'),
    ('id', 'Nenek kesulitan berjalan setelah jatuh'),
    ('id', 'Ada tekanan di dada saya waktu naik tangga'),
    ('vi', 'Dạo này trí nhớ của tôi kém đi nhiều'),
    ('vi', 'Tôi bị mất thăng bằng khi đứng dậy'),
    ('vi', 'Mẹ tôi bị giảm thính lực tai phải'),
    ('vi', 'Sau khi bị cúm tôi mất vị giác'),
    ('vi', 'Hai chân tôi nặng nề mỗi buổi chiều'),
    ('vi', 'Răng tôi ê buốt khi uống nước lạnh'),
    ('vi', 'Tôi hay đổ mồ hôi lạnh về đêm'),
    ('vi', 'Bố tôi nói ngọng từ sáng nay'),
    ('vi', 'Con tôi dạo này khó tập trung'),
    ('vi', 'Lòng bàn chân tôi có cảm giác kiến bò'),
    ('vi', 'Tôi bị rối loạn giấc ngủ cả tháng nay'),
    ('ar', 'أشعر بثقل في الساقين في المساء'),
    ('ar', 'فقدت حاسة التذوق بعد الزكام'),
    ('ar', 'أعاني من فقدان التوازن عند الوقوف'),
    ('ar', 'عندي ضعف التركيز منذ شهر'),
    ('ar', 'والدي عنده صعوبة في النطق منذ أمس'),
    ('ar', 'يصيبني عرق بارد في الليل'),
    ('ar', 'أعاني من رؤية ضبابية في العين اليسرى'),
    ('ar', 'عندي شد في عضلة الساق كل ليلة'),
    ('ar', 'أشعر بضغط في الصدر عند صعود الدرج'),
    ('ar', 'أحس ببرودة في القدمين دائما'),
]

EVERYDAY = [
    # A bare "لا" (no, not) is no impairment: not liking to walk, having to sleep early.
    ('ar', 'لا أحب المشي في الشارع'),
    ('ar', 'لا بد من النوم مبكرا'),
    ('ar', 'لا أسمعك، الخط سيء'),
    ('id', 'Lalu lintas di tol pagi ini berat sekali'),
    ('id', 'Tolong jangan kirim data sensitif lewat email'),
    ('id', 'Saya kehilangan sinyal di dalam lift'),
    ('id', 'Neraca keuangan kuartal ini sudah selesai'),
    ('id', 'Kartu memori kamera saya penuh'),
    ('id', 'Gangguan listrik di kantor sejak pagi'),
    ('id', 'Baterai ponsel saya lemah'),
    ('id', 'Kamar tidur di hotel itu kurang bersih'),
    ('id', 'Nilai mata uang kita melemah lagi'),
    ('vi', 'Hôm nay kẹt xe nặng quá'),
    ('vi', 'Đừng gửi dữ liệu nhạy cảm qua email'),
    ('vi', 'Điện thoại bị mất tín hiệu trong thang máy'),
    ('vi', 'Thẻ nhớ máy ảnh đầy rồi'),
    ('vi', 'Bảng cân đối kế toán quý này đã xong'),
    ('vi', 'Cái hộp này nặng quá'),
    ('vi', 'Mặt bàn bị trầy một chút'),
    ('vi', 'Không khí trong cuộc họp rất nặng nề'),
    ('vi', 'Pin điện thoại yếu rồi'),
    ('ar', 'حركة المرور كثيفة هذا الصباح'),
    ('ar', 'لا ترسل بيانات حساسة بالبريد'),
    ('ar', 'بطاقة الذاكرة ممتلئة'),
    ('ar', 'لا بد من التوازن بين العمل والحياة'),
    ('ar', 'يجب التركيز على المبيعات هذا الشهر'),
    ('ar', 'هذا الصندوق ثقيل جدا'),
    ('ar', 'البطارية ضعيفة'),
    ('ar', 'قلبه حساس جدا'),
    ('ar', 'ضعف في المبيعات هذا العام'),
]


@pytest.mark.parametrize("lang,text", COMPOSED, ids=[f"{l}:{t[:30]}" for l, t in COMPOSED])
def test_composed_symptom_flags(lang, text):
    assert_flags(text, lang)


@pytest.mark.parametrize("lang,text", EVERYDAY, ids=[f"{l}:{t[:30]}" for l, t in EVERYDAY])
def test_everyday_sentence_is_not_flagged(lang, text):
    assert_not_flagged(text)
