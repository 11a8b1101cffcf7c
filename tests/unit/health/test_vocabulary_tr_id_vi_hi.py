"""Turkish, Indonesian, Vietnamese and romanised Hindi (Hinglish): the widened vocabulary.

Per language: health messages in the styles the detector meets (first-person chat and SMS, a patient
answering a question, a workplace "I can't come in" note, a relative's health), ordinary messages
that use body or care words innocently, and grey-zone messages (idioms, business questions, weather,
policy questions that disclose nothing about a person) that must stay unflagged.

Every sentence is written for this file; none comes from ../shared/phi-bench.
"""

import pytest

from handoff.health import detect

H, N, G = "health", "none", "grey"

CASES: dict[str, list[tuple[str, str, str | None]]] = {
    # (text, kind, a category that must be among the verdict's, or None)
    "tr": [
        ("iki gündür boğazım yanıyor, yutkunamıyorum", H, "symptom"),
        ("belim tutuldu, sabahtan beri eğilemiyorum", H, "symptom"),
        ("küçük oğlum gece iki kere kustu", H, "symptom"),
        ("müdürüm, bugün gelemeyeceğim, grip oldum ateşim var", H, "condition"),
        ("hocam bugün raporluyum, yarın derse gelirim", H, "care_appointment_provider"),
        ("babam iki gündür yoğun bakımda yatıyor", H, "care_appointment_provider"),
        ("geçen hafta bel fıtığı ameliyatı oldum", H, "procedure"),
        ("kan tahlilimde kolesterol yüksek çıktı", H, "test_result"),
        ("adetim bu ay on gün gecikti, çok endişeliyim", H, "reproductive_sexual_health"),
        ("eşim üç aylık hamile", H, "reproductive_sexual_health"),
        ("son zamanlarda sık sık panik atak geçiriyorum", H, "mental_health"),
        ("dişim çok ağrıyor, majezik içtim geçmedi", H, "medication"),
        ("kızımın ateşi düşmüyor, ne yapmalıyım", H, "symptom"),
        ("gözlerim eskisi gibi net göremiyor artık", H, "symptom"),
        ("annemin şekeri yükseldi, hastaneye kaldırdık", H, "care_appointment_provider"),
        ("3 adet kablo sipariş ettim, kargo ne zaman gelir", N, None),
        ("elimde değil, trafik çok yoğun, geç kalacağım", N, None),
        ("sunucu çöktü, bütün sistem yanıyor", N, None),
        ("kafam çok karışık bu konuda, sonra konuşalım", N, None),
        ("eline sağlık, yemek çok güzel olmuş", N, None),
        ("test ortamında hata var, logları gönderir misin", N, None),
        ("kalbimi kırdın ama seni affediyorum", G, None),
        ("nöbetçi eczane bu gece nerede", G, None),
        ("sağlık sigortası aylık ne kadar tutuyor", G, None),
        ("yurt dışına çıkarken covid testi gerekiyor mu", G, None),
        ("bu hafta sonu Ağrı dağına tırmanıyoruz", G, None),
        ("sağlık olsun, önemli değil", G, None),
    ],
    "id": [
        ("aku lagi gak enak badan, izin gak masuk kerja ya", H, "condition"),
        ("kepala pusing bgt dari semalam", H, "symptom"),
        ("anak aku demam tinggi udah 3 hari", H, "symptom"),
        ("tenggorokan sakit banget buat nelan", H, "symptom"),
        ("habis cabut gigi, pipi aku bengkak", H, "procedure"),
        ("ibu saya dirawat di rs karena dbd", H, "condition"),
        ("trombosit saya turun terus, dokter suruh opname", H, "test_result"),
        ("aku telat mens udah 2 minggu", H, "reproductive_sexual_health"),
        ("saya kena tipes, harus istirahat total seminggu", H, "condition"),
        ("udah minum paracetamol tapi panasnya gak turun turun", H, "medication"),
        ("akhir akhir ini aku susah tidur dan cemas terus", H, "mental_health"),
        ("lutut gue sakit kalau jongkok", H, "symptom"),
        ("pak, saya izin sakit hari ini, sudah ada surat keterangan sakit", H, "care_appointment_provider"),
        ("suami saya kena stroke ringan minggu lalu", H, "condition"),
        ("kepala sekolah minta tanda tangan orang tua", N, None),
        ("uang muka rumahnya berapa ya", N, None),
        ("mata uang apa yang dipakai di jepang", N, None),
        ("dia tangan kanan bos di kantor", N, None),
        ("rapat diundur ke jam tiga, tolong kabari yang lain", N, None),
        ("hp aku panas banget kalau main game", N, None),
        ("aku pusing mikirin tagihan bulan ini", G, None),
        ("harga obat nyamuk di minimarket berapa", G, None),
        ("apotek dekat sini buka jam berapa", G, None),
        ("panas banget hari ini, males keluar", G, None),
        ("iuran bpjs bayarnya tanggal berapa", G, None),
        ("dia sakit hati banget sama omongan kamu", G, None),
    ],
    "vi": [
        ("tôi bị sốt cao từ tối qua", H, "symptom"),
        ("con gái tôi nổi mẩn đỏ khắp người từ sáng", H, "symptom"),
        ("tôi có lịch hẹn với bác sĩ da liễu chiều nay", H, "care_appointment_provider"),
        # one appointment word inside a longer one is one care word, not the two it needs alone
        ("cho tôi dời lịch hẹn cắt tóc sang thứ sáu", N, None),
        ("con em bị ho có đờm mấy hôm nay", H, "symptom"),
        ("mẹ tôi bị tai biến, đang nằm viện", H, "condition"),
        ("tôi bị rối loạn tiền đình, hay bị chóng mặt", H, "condition"),
        ("em bị trễ kinh một tuần, thử thai thì hai vạch", H, "reproductive_sexual_health"),
        ("tôi đi khám, bác sĩ bảo bị viêm dạ dày", H, "care_appointment_provider"),
        ("bé nhà em bị tay chân miệng", H, "condition"),
        ("hôm nay em xin nghỉ ốm ạ", H, "care_appointment_provider"),
        ("tôi bị nổi mề đay khắp người", H, "symptom"),
        ("mắt tôi dạo này nhìn mờ lắm", H, "symptom"),
        ("em bị ngã xe, chân chảy máu nhiều", H, "symptom"),
        ("bố tôi bị cao huyết áp lâu năm", H, "condition"),
        ("em đang cho con bú có uống thuốc cảm được không", H, "reproductive_sexual_health"),
        ("tuần trước tôi mới nhổ răng khôn", H, "procedure"),
        ("tôi bắt đầu làm việc lúc 8 giờ", N, None),
        ("cổ phiếu ngân hàng bị giảm mạnh", N, None),
        ("tai nghe của tôi bị hỏng rồi", N, None),
        ("tiền mặt trong két bị thiếu", N, None),
        ("vai trò của bạn trong dự án là gì", N, None),
        ("nước sốt cà chua này ngon quá", N, None),
        ("tôi rất sốt ruột chờ kết quả xổ số", G, None),
        ("tôi thấy đau đầu với dự án này", G, None),
        ("đội bóng của tôi bị thua đau tối qua", G, None),
        ("giá bảo hiểm y tế năm nay bao nhiêu", G, None),
        ("có phải xét nghiệm covid khi bay không", G, None),
        ("nhà thuốc mở cửa lúc mấy giờ", G, None),
    ],
    "hi": [
        ("mujhe kal se bukhaar hai aur sar dard bhi", H, "symptom"),
        ("sir aaj office nahi aa paunga, tabiyat kharab hai", H, "condition"),
        ("meri mummy ka bp high hai", H, "condition"),
        ("bhai mujhe dengue hua hai", H, "condition"),
        ("mujhe 3 din se khansi aur zukam hai", H, "symptom"),
        ("mera ghutna sooj gaya hai", H, "symptom"),
        ("mujhe neend nahi aati aajkal", H, "symptom"),
        ("beta ko subah se ulti ho rahi hai", H, "symptom"),
        ("doctor ne bola meri sugar badh gayi hai", H, "care_appointment_provider"),
        ("mere dant me bahut dard hai", H, "symptom"),
        ("mujhe periods me bahut dard hota hai", H, "reproductive_sexual_health"),
        ("papa ka operation hua hai kal", H, "procedure"),
        ("mujhe saans lene me dikkat ho rahi hai", H, "symptom"),
        ("mera haath toot gaya hai, plaster laga hai", H, "procedure"),
        ("maa ko chakkar aa rahe hain", H, "symptom"),
        ("sir kal se office aaunga", N, None),
        ("bhai delivery kab hogi mera order", N, None),
        ("wifi theek se chal nahi raha hai", N, None),
        ("mera phone kharab ho gaya hai", N, None),
        ("mujhe ek mahina ho gaya yaha", N, None),
        ("yeh gaana bahut accha hai", N, None),
        ("kya chakkar hai bhai, bata na", G, None),
        ("mera dimag kharab ho gaya hai is kaam se", G, None),
        ("tension mat lo, ho jayega", G, None),
        ("mujhe chhutti chahiye kal, shaadi hai", G, None),
        ("bahut garmi hai aaj", G, None),
    ],
}

ROWS = [(lang, *case) for lang, cases in CASES.items() for case in cases]


@pytest.mark.parametrize(("lang", "text", "kind", "category"), ROWS, ids=[f"{r[0]}:{r[1][:40]}" for r in ROWS])
def test_verdict_per_language(lang, text, kind, category):
    verdict = detect(text)
    assert verdict.flagged is (kind == H), verdict
    if category:
        assert category in verdict.categories, verdict


@pytest.mark.parametrize("lang", sorted(CASES))
def test_enough_cases_per_language(lang):
    kinds = [kind for _, kind, _ in CASES[lang]]
    assert kinds.count(H) >= 12 and kinds.count(N) >= 6 and kinds.count(G) >= 5


# Indonesian and Turkish everyday words that are also Hinglish function words ("ke", "main", "kal")
# must not make a text romanised Hindi: it would then not be read in its own language.
LANGUAGE_OF = [
    ("aku mau ke apotek terus ke dokter, perut sakit", "id"),
    ("anak saya main ke rumah nenek, lalu demam", "id"),
    ("saya harus ke rumah sakit ke dokter gigi", "id"),
    ("mujhe kal se bukhar hai", "hi"),
    ("meri maa hospital me admit hai", "hi"),
    ("tôi bị đau răng khôn", "vi"),
    ("dizim dünden beri çok ağrıyor", "tr"),
]


@pytest.mark.parametrize(("text", "lang"), LANGUAGE_OF, ids=[f"{lang}:{text[:30]}" for text, lang in LANGUAGE_OF])
def test_language_and_flag(text, lang):
    verdict = detect(text)
    assert verdict.language == lang and verdict.flagged, verdict
