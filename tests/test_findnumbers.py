"""Numbers inside free text, found the way they were written."""

from __future__ import annotations

import pytest

from dialdesk.findnumbers import numbers_in
from dialdesk.numbers import normalize


def test_a_number_in_a_crm_note() -> None:
    assert numbers_in("Klient: Jan Kowalski, tel. 601 234 567") == ["601 234 567"]


def test_several_numbers_in_order_without_repeats() -> None:
    text = "tel. 601 234 567, biuro +48 22 123 45 67, again 601-234-567"
    assert numbers_in(text) == ["601 234 567", "+48 22 123 45 67"]


def test_text_that_is_a_number_is_kept_whole() -> None:
    assert numbers_in("391", parse=normalize) == ["391"]  # an extension
    assert numbers_in("tel:+48221234567", parse=normalize) == ["tel:+48221234567"]


@pytest.mark.parametrize("text", ["", "   ", "no number here", "order 12345 of 2024"])
def test_no_number(text: str) -> None:
    assert numbers_in(text, parse=normalize) == []


def test_the_region_reads_national_numbers() -> None:
    assert numbers_in("Ruf an: 030 123456", "DE") == ["030 123456"]
