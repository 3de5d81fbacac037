"""«ليس بوسعنا تأكيد», «لا أستطيع أن أجزم»: first-person and "not in a position" forms of
cannot confirm (invented sentences, added after the blind10 evaluation)."""

from __future__ import annotations

import khabar


def _stance(text: str) -> str:
    (st,) = khabar.extract(text, lang="ar").statements
    return st.stance


def test_not_within_my_power_to_confirm_or_deny() -> None:
    assert _stance("وقال الناطق: «ليس بوسعنا تأكيد ما يتردد عن الصفقة».") == ("cannot_confirm")


def test_i_cannot_confirm_in_the_first_person() -> None:
    assert _stance("وقالت المديرة: «لا أستطيع أن أجزم بوجود إصابات جديدة».") == "cannot_confirm"


def test_not_in_a_position_to_confirm() -> None:
    assert _stance("وقال المتحدث: «لسنا في موقع يسمح بتأكيد هذه الأرقام».") == "cannot_confirm"


def test_a_plain_confirmation_stays_assert() -> None:
    assert _stance("وقال الناطق: «أؤكد أن الأرقام صحيحة».") == "assert"


def test_scrutinising_following_closely_and_studying_it_are_investigating() -> None:
    assert _stance("وقال الناطق إن فريقًا من الهيئة «يدقق في فواتير الصيانة».") == ("investigating")
    assert _stance("وقالت البلدية إن فرقها «تتابع عن كثب» سير الترميم.") == "investigating"
    assert _stance("وقال المدير إن اللجنة «تدرسها بعناية».") == "investigating"


def test_a_condition_on_a_proof_is_conditional() -> None:
    assert _stance("وقال المحامي إن الشركة ستطلب تعويضًا إن ثبتت صحة روايتها.") == "conditional"
    assert _stance("وقال المدير إن البلدية ستدفع التكاليف إن أثبت الفحص وجود خلل.") == (
        "conditional"
    )
