"""Labels, never ids, where a person reads; answers by id or label, in either language.

* Every option of every bundled criteria set is read from its id and from its Latvian and
  English labels, in any case and without diacritics (hypothesis), by ``interpret`` and
  by the compiled rules alike; an input that fits two options is an error.
* Scoring rules are explained with the option labels and the numbers of the session
  language; the reports (terminal, Markdown, HTML, XLSX) show texts, and ids only with
  ``--details``, marked as ids.
"""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from conftest import EXAMPLES, FULL_ANSWERS, REPO, questionnaire_data
from hypothesis import given, settings
from hypothesis import strategies as st

from smartvillage import load_criteria, load_questionnaire, score
from smartvillage.models.criteria import ChoiceQuestion, MultiChoiceQuestion, Option
from smartvillage.models.questionnaire import Questionnaire
from smartvillage.render.base import OutputFormat, get_renderer
from smartvillage.scoring.answers import AnswerError, interpret
from smartvillage.scoring.rules import compile_rule

BUNDLED = sorted(f"{path.parent.name}@{path.stem}" for path in (REPO / "criteria").glob("*/*.yaml"))


def _options() -> list[tuple[str, object, Option]]:
    out = []
    for ref in BUNDLED:
        criteria = load_criteria(ref)
        for criterion in criteria.criteria:
            for question in criterion.questions:
                if isinstance(question, ChoiceQuestion | MultiChoiceQuestion):
                    out += [(ref, question, option) for option in question.options]
    return out


OPTIONS = _options()


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_every_bundled_set_has_options():
    assert {ref for ref, _, _ in OPTIONS} == set(BUNDLED) and len(BUNDLED) >= 4


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(OPTIONS),
    st.sampled_from(["value", "lv", "en"]),
    st.sampled_from([str.lower, str.upper, str.title, str.swapcase, lambda s: s]),
    st.booleans(),
    st.sampled_from(["", " ", "  "]),
)
def test_every_option_is_read_from_its_id_or_either_label(found, key, case, plain, pad):
    _, question, option = found
    text = option.value if key == "value" else option.label.get(key)
    text = case(text)
    if plain:
        text = strip_diacritics(text)
    typed = pad + text + pad
    if isinstance(question, ChoiceQuestion):
        assert interpret(question, typed).value == option.value
        expected = interpret(question, option.value).points
    else:
        assert interpret(question, [typed]).value == [option.value]
        expected = interpret(question, [option.value]).points
    # the compiled rule (the batch fast path) reads it the same
    rule = compile_rule(question, 1000)
    assert rule(typed if isinstance(question, ChoiceQuestion) else [typed]) == round(
        expected * 1000
    )


def _eu_strategy():
    criteria = load_criteria("eu-smart-villages@2019")
    return next(
        q
        for c in criteria.criteria
        for q in c.questions
        if isinstance(q, ChoiceQuestion) and any(o.value == "strategy" for o in q.options)
    )


@pytest.mark.parametrize(
    "typed", ["stratēģija", "strategija", "Strategy", "strategy", "STRATĒĢIJA", " Stratēģija "]
)
def test_the_latvian_word_for_an_option_is_an_answer(typed):
    assert interpret(_eu_strategy(), typed).value == "strategy"


def test_an_answer_that_fits_two_options_is_an_error_never_a_guess():
    question = ChoiceQuestion.model_validate(
        {
            "id": "q",
            "type": "choice",
            "text": {"lv": "Kas?", "en": "What?"},
            "options": [
                {"value": "a", "label": {"lv": "Rīga", "en": "Capital"}, "points": 1},
                {"value": "b", "label": {"lv": "Rigā", "en": "In town"}, "points": 2},
                {"value": "c", "label": {"lv": "Cits plāns", "en": "Other plan"}, "points": 0},
                {"value": "d", "label": {"lv": "Cits darbs", "en": "Other work"}, "points": 0},
            ],
        }
    )
    # as written, or in another case, each names one option
    assert interpret(question, "Rīga").value == "a"
    assert interpret(question, "RIGĀ").value == "b"
    # without diacritics "riga" names both: refused, naming both
    with pytest.raises(AnswerError) as caught:
        interpret(question, "riga")
    assert caught.value.code == "labels.ambiguous"
    assert caught.value.text("lv") == (
        "'riga' atbilst vairākām atbildēm (Rīga, Rigā); ierakstiet atbildi pilnāk"
    )
    assert str(caught.value) == (
        "'riga' fits more than one answer (Capital, In town); write the answer out more fully"
    )
    with pytest.raises(AnswerError, match="fits more than one answer"):
        interpret(question, "cits")  # the leading word of two labels
    assert interpret(question, "cits darbs").value == "d"
    assert compile_rule(question, 1)("rigā") == 2
    with pytest.raises(AnswerError, match="fits more than one"):
        compile_rule(question, 1)("Riga")


def test_initiative_properties_are_read_from_their_labels_too(mini):
    question = next(q for c in mini.criteria for q in c.questions if q.id == "q_init")
    result = interpret(question, [{"name": "Talka", "properties": ["Ilgtspējīga", "DIGITALA"]}])
    assert result.value == [{"name": "Talka", "properties": ["lasting", "digital"]}]


# -- rules explained ----------------------------------------------------------------


def mini_report(mini, answers):
    return score(Questionnaire.model_validate(questionnaire_data(answers)), mini)


def rules_of(report, lang):
    return {q.id: q.rule_text.get(lang) for c in report.criteria_results for q in c.questions}


def test_rules_are_explained_with_labels_in_the_session_language(mini):
    report = mini_report(mini, dict(FULL_ANSWERS, q_num=12, q_multi=["web", "chat", "app"]))
    assert rules_of(report, "lv") == {
        "q_yes": "jā → 2",
        "q_rubric": "līmenis 3 → 3",
        "q_num": "12: 10 ≤ x < 50 → 1",
        "q_choice": "Katru mēnesi → 2",
        "q_multi": "Mājaslapa (1) + Čats (1) + Lietotne (2) = 4, ne vairāk kā 3",
        "q_init": "2 iniciatīvas: 4 + 3 = 7, ne vairāk kā 6",
        "q_na": "nav attiecināms → neskaita",
    }
    assert rules_of(report, "en") == {
        "q_yes": "yes → 2",
        "q_rubric": "level 3 → 3",
        "q_num": "12 in 10 ≤ x < 50 → 1",
        "q_choice": "Monthly → 2",
        "q_multi": "Website (1) + Chat (1) + App (2) = 4, capped at 3",
        "q_init": "2 initiatives: 4 + 3 = 7, capped at 6",
        "q_na": "not applicable → left out",
    }
    # the rule for scripts keeps the ids, in English
    rules = {q.id: q.rule for c in report.criteria_results for q in c.questions}
    assert rules["q_multi"] == "web (1) + chat (1) + app (2) = 4, capped at 3"


def test_a_bundled_example_explains_its_rules_with_latvian_labels():
    questionnaire = load_questionnaire(EXAMPLES / "zilitkalni.yaml")
    report = score(questionnaire, load_criteria(questionnaire.criteria))
    rule = rules_of(report, "lv")["vc5.improved_areas"]
    assert rule.startswith("Mobilitāte un transports (1) + Publiskā telpa un infrastruktūra (1)")
    assert rule.endswith("= 5")
    assert "mobility" not in rule


def test_a_report_read_back_from_older_json_still_explains_its_rules(mini):
    from smartvillage.render.i18n import rule_words

    report = mini_report(mini, FULL_ANSWERS)
    q = report.criteria_results[0].questions[1].model_copy(update={"rule_text": None})
    assert rule_words(q, "lv") == "līmenis 3 → 3"


# -- no ids where a person reads ----------------------------------------------------


def _ids(report) -> set[str]:
    """The ids of the report that cannot be ordinary words (``vc1``, ``vc1.swot``)."""
    ids = {c.id for c in report.criteria_results} | {d.id for d in report.dimensions}
    ids |= {q.id for c in report.criteria_results for q in c.questions}
    return {i for i in ids if re.search(r"[\d._]", i)}


def _shown(data: str | bytes) -> str:
    if isinstance(data, str):
        return data
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data))
    return "\n".join(
        str(cell.value) for sheet in book for row in sheet.iter_rows() for cell in row if cell.value
    )


EXAMPLE_FILES = [*sorted(p.name for p in EXAMPLES.glob("*.y*ml")), "priezulejas.json"]


@pytest.mark.parametrize("name", EXAMPLE_FILES)
@pytest.mark.parametrize("fmt", ["table", "md", "html", "xlsx"])
def test_reports_name_questions_and_criteria_never_by_id(name, fmt):
    questionnaire = load_questionnaire(EXAMPLES / name)
    report = score(questionnaire, load_criteria(questionnaire.criteria))
    option_ids = {
        o.value
        for c in load_criteria(questionnaire.criteria).criteria
        for q in c.questions
        if isinstance(q, ChoiceQuestion | MultiChoiceQuestion)
        for o in q.options
        if "_" in o.value  # ids that are not also ordinary words
    }
    for lang in ("lv", "en"):
        text = _shown(get_renderer(OutputFormat(fmt))(report, lang))
        words = set(re.findall(r"[\w.]+", text))
        shown = {i for i in _ids(report) | option_ids if i in words}
        assert not shown, f"{name} {fmt} {lang}: ids shown: {sorted(shown)[:5]}"


@pytest.mark.parametrize("fmt", ["table", "md", "html", "xlsx"])
def test_details_show_the_ids_marked_as_ids(mini, fmt):
    report = mini_report(mini, FULL_ANSWERS)
    text = _shown(get_renderer(OutputFormat(fmt))(report, "lv", details=True))
    assert re.search(r"ID: `?q_rubric`?", text) or "ID (skriptiem)" in text
    assert "q_rubric" in text and "c1" in text


def test_xlsx_with_details_has_the_ids_in_a_last_column_headed_as_such(mini):
    from openpyxl import load_workbook

    report = mini_report(mini, FULL_ANSWERS)
    book = load_workbook(io.BytesIO(get_renderer(OutputFormat.xlsx)(report, "en", details=True)))
    answers = book["Answers"]
    header = [c.value for c in answers[1]]
    assert header[-1] == "ID (for scripts)"
    assert [r[-1].value for r in answers.iter_rows(min_row=2)][:2] == ["q_yes", "q_rubric"]


def test_the_path_names_the_question_not_its_id(mini):
    report = mini_report(mini, dict(FULL_ANSWERS, q_init=[{"name": "Talka"}], q_rubric=0))
    text = get_renderer(OutputFormat.table)(report, "lv")
    path = text[text.index("Ceļš uz nākamo līmeni") :]
    assert "q_" not in path
    assert "Kādas iniciatīvas? — " in path or "Cik plašs? — " in path


def test_evidence_missing_is_listed_by_question_text(mini):
    report = mini_report(mini, dict(FULL_ANSWERS, q_yes="yes"))
    for fmt in ("md", "html"):
        text = get_renderer(OutputFormat(fmt))(report, "lv")
        assert "Vai ir plāns?" in text and "q_yes" not in text
