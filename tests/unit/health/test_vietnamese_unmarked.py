"""Vietnamese typed without its marks ("toi bi dau bung", common in chat and SMS): read with keys of
its own, in which a term counts only while its unmarked form still names it. Sentences written for
this file."""

import pytest

from handoff.health import build, detect, language
from handoff.health.lexicon import lexicon, unmarked
from tests.support.health_verdicts import assert_flags, assert_not_flagged

DISCLOSING = [
    "toi bi dau hong may ngay nay",
    "con toi bi sot 3 ngay roi, co nen di kham khong",
    "be nha minh bi tieu chay tu toi qua",
    "me em bi cao huyet ap, uong thuoc gi thi tot",
    "toi bi mat ngu keo dai",
    "chong toi vua mo ruot thua hom qua",
    "toi dang mang thai 3 thang",
    "em bi tre kinh 1 tuan roi",
    "toi bi dau lung khi ngoi lau",
    "bac si bao toi bi viem da day",
    "minh bi di ung hai san, noi man do khap nguoi",
    "ba toi bi dot quy, dang nam vien",
    "ket qua xet nghiem mau cua toi co van de",
    "toi bi tram cam lau roi",
    "em bi chong mat va buon non",
    "con em bi ho va so mui",
    "ong toi bi ung thu phoi",
    "minh dang uong thuoc khang sinh",
    "toi bi dau rang qua, sung ca ma",
    "co ai biet benh vien nao kham tim tot khong",
    "toi bi gay tay khi choi bong da",
    "em bi nhiem trung duong tieu",
    "be bi phat ban do khap nguoi",
    "toi bi hen suyen tu nho",
    "me toi bi tieu duong type 2",
    "toi bi dau nua dau thuong xuyen",
    "toi moi xet nghiem duong tinh covid",
    "vo toi sap sinh con",
    "toi bi kho tho khi leo cau thang",
    "bo em phai chay than moi tuan",
    "toi bi mun trung ca nhieu qua",
    "toi bi dau khop goi",
    "con toi bi viem tai giua",
    "toi bi nhuc dau suot ca ngay",
    "toi bi tao bon may hom",
    "minh bi lo au, hay hoang loan",
    "toi can mua thuoc ha sot cho be",
    "toi vua di sieu am thai",
    "toi bi dau da day",
    "toi bi dau bung kinh",
    "ba toi bi alzheimer",
    "chau toi bi thuy dau",
    "bac si ke don thuoc cho toi",
    "toi bi sot xuat huyet",
    "em bi viem hong",
    "toi bi cam cum",
    "minh bi dau co vai gay",
    "chau bi sot cao co giat, phai lam sao",
    "toi bi dau dau va buon non tu sang",
    "ba noi bi cao huyet ap lau nam",
    "minh bi viem xoang man tinh",
    "toi vua di kham, bac si bao bi soi than",
    "em bi dau bung duoi ben phai",
    "con toi bi tay chan mieng",
    "toi bi mat ngu va lo au",
    "chong em bi dau lung khong di lam duoc",
    "toi dang dieu tri ung thu vu",
    "be bi ho co dom",
    "toi bi ngua khap nguoi",
    "minh bi dau mat do",
    "toi bi dau khop vai",
    "me toi mo mat duc thuy tinh the",
    "toi bi tieu chay va non",
    "toi bi chong mat khi dung day",
    "con toi bi viem phoi phai nhap vien",
    "toi bi roi loan tieu hoa",
]

# Flagged, but reported in another language: "alzheimer" is a term of several languages, and the
# function words tie.
LANGUAGE_NOT_ASSERTED = {"ba toi bi alzheimer"}

EVERYDAY = [
    "don hang cua toi bi giao tre 3 ngay",
    "don hang cua toi chua giao",
    "toi muon doi size ao, ao bi chat qua",
    "may giat nha toi bi hong roi",
    "cho toi hoi gia dau goi nay bao nhieu",
    "cho toi hoi gia ao nay bao nhieu",
    "shop oi, dau an loai nao ngon",
    "hom nay troi nong qua",
    "toi muon dat lich giao hang vao thu 5",
    "tai khoan cua toi bi khoa",
    "dien thoai bi dung, khong mo duoc",
    "toi dang o dau vay",
    "ban o dau the",
    "con toi thi dau dai hoc roi",
    "anh oi, xe bi thung lop",
    "gia vang hom nay tang manh",
    "toi bi mat vi tien",
    "don hang bi thieu mot mon",
    "quan ao bi phai mau sau khi giat",
    "toi quen mat khau roi",
    "chuyen bay bi hoan 2 tieng",
    "ban co the giao truoc 5 gio khong",
    "hom qua toi di xem bong da",
    "nuoc sot ca chua lam the nao",
    "toi bi lac duong roi",
    "con meo nha toi bi lac",
    "anh ay bi dau kho ve tai chinh",
    "gio mo cua cua cua hang la may gio",
    "toi bi ket xe tren duong ve nha",
    "dau dau cung thay quang cao",
    "toi bi mat dien tu sang",
    "sao don hang bi huy vay",
    "toi muon tra hang vi bi loi",
    "may lanh nha toi bi chay nuoc",
    "xe may bi hu giua duong",
    "hom nay tran dau rat hay",
    "cong viec dao nay met moi qua",
    "cuoc song that kho khan",
    "sinh nhat me toi vao thu bay",
    "anh ay co thai do rat tot",
    "noi com bi chay roi",
    "toi bi ho lua mat tien",
]


@pytest.mark.parametrize("text", DISCLOSING)
def test_unmarked_vietnamese_that_discloses_health_flags(text):
    assert_flags(text, None if text in LANGUAGE_NOT_ASSERTED else "vi")


@pytest.mark.parametrize("text", EVERYDAY)
def test_unmarked_vietnamese_everyday_chat_does_not_flag(text):
    assert_not_flagged(text)


@pytest.mark.parametrize(
    ("term", "keyed"),
    [
        ("đau bụng", True),  # two syllables: "dau bung" still names a stomach ache
        ("bệnh", True),  # "benh" is "bệnh" in 98 uses of 100
        ("viêm", True),
        ("bị", True),  # a marker alone is judged as itself: "bi" is "bị" in 88 uses of 100
        ("đau", False),  # "dau" is "đầu" (head) more often than "đau" (pain)
        ("sốt", False),  # "sot" is "sót" (missed) more often than "sốt" (fever)
        ("tai", False),  # written without marks, but "tai" (ear) is mostly "tại" (at)
        ("bị chấy", False),  # lice; "bi chay" is also leaking, burnt, running
        ("có thai", False),  # pregnant; "co thai" is also "có thái" ("có thái độ", has an attitude)
        ("trầm cảm", True),
    ],
)
def test_a_term_is_keyed_unmarked_only_while_its_unmarked_form_names_it(term, keyed):
    assert bool(build.unmarked_keys(term)) is keyed


def test_unmarked_keys_are_read_only_in_text_typed_without_marks():
    # "tại" (at) is written with its mark in marked text: "tai" there is the ear.
    assert lexicon().stem(unmarked("vi")) is not None
    assert detect("tai tôi bị đau").flagged
    assert not detect("tai khoan cua toi bi khoa").flagged


def test_vietnamese_function_words_take_none_from_the_other_languages():
    words = build.function_words()
    assert words[" khong "] == words[" duoc "] == words[" nhung "] == "vi"
    # Folded, Vietnamese "cần" and "tôi" are English "can" and French "toi": they stay theirs.
    assert words[" can "] == "en"
    assert words[" toi "] == "fr"


def test_unmarked_vietnamese_is_tried_only_when_the_text_has_no_marks():
    assert "vi" in language._others("em bi viem hong", ())
    assert "vi" not in language._others("j'ai très mal", ())
