"""Health identifiers: right shape and check digit, in context; look-alikes are left alone."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.health import detect, identifiers

VALID_NPI = "1234567893"  # CMS's worked example: Luhn holds over 80840 + the number
INVALID_NPI = "1234567890"


def test_valid_npi_with_its_label_is_a_health_identifier():
    verdict = detect(f"the provider NPI is {VALID_NPI}")
    assert verdict.flagged
    assert "health_identifier" in verdict.categories
    assert "id.npi" in verdict.rules


def test_npi_failing_the_check_digit_is_not_flagged():
    verdict = detect(f"the provider NPI is {INVALID_NPI}")
    assert "id.npi" not in verdict.rules
    assert not verdict.flagged


def test_ten_digit_number_without_npi_cue_is_a_phone_number_not_an_npi():
    assert "id.npi" not in detect(f"call me on {VALID_NPI}").rules


@pytest.mark.parametrize("mbi", ["1EG4TE5MK73", "1EG4-TE5-MK73"])
def test_medicare_beneficiary_identifier_is_flagged(mbi):
    verdict = detect(f"here it is: {mbi}")
    assert verdict.flagged and "id.mbi" in verdict.rules


@pytest.mark.parametrize("not_mbi", ["1EG4TE5MK7", "1SG4TE5MK73", "0EG4TE5MK73"])
def test_mbi_lookalikes_are_not(not_mbi):
    assert "id.mbi" not in detect(f"ref {not_mbi}").rules


def test_icd10_code_with_a_diagnosis_cue_is_flagged():
    verdict = detect("ICD-10 code E11.9 on the form")
    assert verdict.flagged and "id.icd10" in verdict.rules
    assert "health_identifier" in verdict.categories


def test_icd10_shape_without_cue_is_not_an_identifier():
    assert "id.icd10" not in detect("use promo code E11 at checkout").rules


def test_member_number_after_a_health_only_label_is_flagged():
    verdict = detect("my Medicare number: 9AB77CD1234")
    assert verdict.flagged and "id.member" in verdict.rules


def test_generic_member_number_alone_is_not_flagged():
    verdict = detect("gym member number 4411829")
    assert not verdict.flagged


@pytest.mark.parametrize(
    "text",
    [
        "my card number is 4111 1111 1111 1111",
        "card 4111111111111111 was charged twice",
        "where is order #A1234567?",
        "order number 1234567893 has not arrived",
        "IBAN DE89370400440532013000",
    ],
)
def test_bank_cards_and_order_numbers_are_not_health_identifiers(text):
    verdict = detect(text)
    assert not verdict.flagged
    assert not any(rule.startswith("id.") for rule in verdict.rules)


_LABELLED = st.sampled_from(
    ["MRN", "mrn", "Medical Record", "HEALTHCARD", "Health Plan", "NHS", "Medicaid", "MEDICARE", "Cartao do SUS",
     "Prontuario", "numero de afiliado", "Carte Vitale", "Krankenversichertenkarte", "patient", "Member", "ICD-10",
     "Dx", "diagnosis", "NPI", "Provider", "#", ":", "no.", "id", "12345678", "A1B2C3D4", "E11.9", "1234567893",
     "1EG4-TE5-MK73", "x", " ", "\n"]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(alphabet=st.characters(max_codepoint=127)), st.lists(_LABELLED, max_size=8).map(" ".join)))
def test_the_label_gate_never_hides_an_identifier_in_ascii_text(text):
    # find skips the case-insensitive regexes on ASCII text without a cue or label: only when none can match.
    if not identifiers._ANY_LABEL.search(text.lower()):
        for regex in (identifiers._NPI_CUE, identifiers._ICD10_CUE, identifiers._HEALTH_ID, identifiers._MEMBER_ID):
            assert regex.search(text) is None
