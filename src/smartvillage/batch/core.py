"""The pure batch core: inputs in, scored villages and problems out; nothing printed.

``run_batch`` reads every input (workbooks, CSV files, YAML/JSON questionnaires, or
folders of them), validates every row on its own — a bad row is rejected with its
problems by cell and never stops the others — and scores each good row with a
:class:`~smartvillage.scoring.plan.Plan` compiled once per criteria set (the one
scoring core). Every village
row read ends up either in ``villages`` or, under its original row number, in the
errors; blank rows are counted apart.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError

from smartvillage.batch.results import NO_LEADER, BatchResult, LeaderProfile, VillageResult
from smartvillage.batch.scores import scores_of
from smartvillage.errors import InputError
from smartvillage.io.spreadsheet import (
    CRITERIA_KEY,
    LEADER_COLUMNS,
    CellError,
    CellProblem,
    KeyIndex,
    Limits,
    Table,
    assessor_value,
    choice_value,
    clean_text,
    date_value,
    drop_label,
    evidence_key,
    evidence_value,
    initiatives_value,
    integer_value,
    is_criteria_ref,
    text_value,
)
from smartvillage.io.validation import error_message
from smartvillage.messages import msg
from smartvillage.models.questionnaire import NA_WORDS, V2_FIELDS, Assessment, Village
from smartvillage.scoring.answers import AnswerError
from smartvillage.scoring.plan import ANSWERED, NOT_APPLICABLE, UNANSWERED, Plan

TABLE_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".xls")
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
DOC_SUFFIXES = (".yaml", ".yml", ".json")
_PROGRESS_STEP = 250


class Progress(Protocol):
    """Receives progress events (the CLI draws a bar; tests may count)."""

    def file(self, name: str, expected_rows: int | None) -> None:
        """A new input starts; ``expected_rows`` when known."""

    def advance(self, rows: int) -> None:
        """``rows`` more rows were handled."""


@dataclass
class BatchOptions:
    """How to read and score a batch."""

    criteria: str | None = None  # score every row against this set
    criteria_dirs: list[Path] | None = None
    encoding: str | None = None  # CSV encoding; None: detect
    delimiter: str | None = None  # CSV separator; None: detect
    limits: Limits = field(default_factory=Limits)
    keep_questionnaires: bool = False  # each village's Questionnaire, for full reports
    lang: str = "en"  # the language of messages about survey-platform exports
    mapping: Path | None = None  # --mapping: how any table's columns map (io.exports.mapping)


Sink = Callable[[VillageResult, Plan], None]


def run_batch(
    inputs: Iterable[str | Path],
    options: BatchOptions | None = None,
    progress: Progress | None = None,
    sink: Sink | None = None,
) -> BatchResult:
    """Read, validate and score every input; raise InputError only for a bad --criteria.

    Scored villages are collected in ``BatchResult.villages``, or, when ``sink`` is
    given, handed to ``sink(village, plan)`` as they are scored (in input order) and
    not kept — so that a writer can work while the batch runs.
    """
    with paused_gc():
        return _Batch(options or BatchOptions(), progress, sink).run(inputs)


def suggest_mapping(
    path: Path,
    criteria: str | None = None,
    criteria_dirs: list[Path] | None = None,
    lang: str = "lv",
    encoding: str | None = None,
    delimiter: str | None = None,
) -> str | None:
    """A starting ``--mapping`` for the table at ``path`` (io.exports.suggest), as YAML."""
    from smartvillage.io.exports.suggest import suggest_mapping as suggest

    batch = _Batch(BatchOptions(criteria=criteria, criteria_dirs=criteria_dirs), None)
    override = None
    if criteria:
        from smartvillage.io.criteria import load_criteria

        override = load_criteria(criteria, criteria_dirs)

    def criteria_for(ref: str) -> Any:
        plan = batch.plan(ref)
        return plan.criteria if isinstance(plan, Plan) else plan

    return suggest(
        Path(path),
        Limits(),
        criteria_for,
        override,
        batch.candidates(),
        lang,  # type: ignore[arg-type]  # "lv" or "en", typed str here
        encoding,
        delimiter,
    )


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector (and restore it after).

    A batch makes no reference cycles, but keeps up to hundreds of thousands of small
    records alive; the collector would traverse all of them again and again (at
    100,000 villages that doubled the run time). Reference counting still frees
    everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def expand_inputs(inputs: Iterable[str | Path]) -> tuple[list[Path], list[CellProblem]]:
    """The files to read: given files, and the questionnaires and tables in given folders."""
    files: list[Path] = []
    problems: list[CellProblem] = []
    seen: set[Path] = set()
    known = TABLE_SUFFIXES + CSV_SUFFIXES + DOC_SUFFIXES

    def add(path: Path) -> None:
        try:
            key = path.resolve()
        except OSError:
            key = path
        if key not in seen:
            seen.add(key)
            files.append(path)

    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = []
            try:
                entries = sorted(path.iterdir())
            except OSError as exc:
                problems.append(
                    CellProblem(str(path), msg("batch.unlistable", why=exc.strerror or str(exc)))
                )
                continue
            for entry in entries:
                if entry.name.startswith((".", "~$")) or entry.is_dir():
                    continue
                if not entry.is_file():
                    what = (
                        "batch.skipped_dangling"
                        if entry.is_symlink() and not entry.exists()
                        else "batch.skipped_special"
                    )
                    problems.append(CellProblem(str(entry), msg(what), severity="warning"))
                    continue
                if entry.suffix.lower() in known:
                    found.append(entry)
                else:
                    problems.append(
                        CellProblem(
                            str(entry),
                            msg("batch.skipped_other"),
                            severity="warning",
                        )
                    )
            if not found:
                problems.append(
                    CellProblem(
                        str(path),
                        msg("batch.empty_folder"),
                    )
                )
            for entry in found:
                add(entry)
        elif path.exists():
            add(path)
        else:
            problems.append(CellProblem(str(path), msg("batch.no_such_path")))
    return files, problems


_REGIONS = {
    "kurzeme": "Kurzeme",
    "zemgale": "Zemgale",
    "vidzeme": "Vidzeme",
    "rīga": "Rīga",
    "riga": "Rīga",
    "latgale": "Latgale",
}
_VILLAGE_FIELDS: dict[tuple[int | str, ...], str] = {
    ("name",): "village",
    ("parish",): "parish",
    ("municipality",): "municipality",
    ("region",): "region",
    ("population",): "population",
    ("contact", "name"): "contact_name",
    ("contact", "email"): "contact_email",
    ("contact", "phone"): "contact_phone",
    ("leader_group",): "leader_group",
    ("community_type",): "community_type",
    ("legal_body", "name"): "legal_name",
    ("legal_body", "registration_number"): "registration_number",
    ("legal_body",): "legal_name",
    ("recognition", "year"): "recognition_year",
    ("recognition", "tier"): "recognition_tier",
    ("recognition",): "recognition_year",
    ("mentor",): "mentor",
}
_ASSESSMENT_FIELDS: dict[tuple[int | str, ...], str] = {
    ("assessor",): "assessor",
    ("name",): "assessor_name",
    ("date",): "date",
}


@dataclass
class _Mapper:
    """Where a table keeps each question of one plan, and how to read its cells.

    ``entries`` holds, for each question with a column: its index in the plan, the
    column, the evidence column, the cell-syntax converter, the rule, whether 'not
    applicable' is allowed, whether evidence is required, and the memo of outcomes by
    cell value.
    """

    entries: list[
        tuple[
            int,
            int,
            int | None,
            Callable[[str], Any] | None,
            Callable[[Any], int],
            bool,
            bool,
            dict[Any, _Outcome],
        ]
    ]


_MEMO_SIZE = 20_000  # distinct texts remembered per question and table


_NO_CONTACT: tuple[None, None, None] = (None, None, None)
_LEADER_SET = frozenset(V2_FIELDS)
_Outcome = tuple[int, int, str | None, str | None]


def _answer(
    value: Any,
    convert: Callable[[str], Any] | None,
    rule: Callable[[Any], int],
    allow_na: bool,
    limit: int,
) -> _Outcome:
    """A cell's answer: (state, units, problem, warning)."""
    warning = None
    if type(value) is str:
        if len(value) > limit:
            return (
                UNANSWERED,
                0,
                msg("batch.text_too_long", size=len(value), limit=limit),
                None,
            )
        text, removed = clean_text(value.strip())
        if removed:
            warning = msg("io.controls_removed")
        if not text:
            return UNANSWERED, 0, None, warning
        if text.casefold() in NA_WORDS:
            if not allow_na:
                return (
                    NOT_APPLICABLE,
                    0,
                    msg("answer.na_not_allowed"),
                    warning,
                )
            return NOT_APPLICABLE, 0, None, warning
        value = text
    elif type(value) is float and value.is_integer():
        value = int(value)  # a number cell: 3, not 3.0, in every message
        convert = None
    else:
        convert = None
    try:
        units = rule(convert(value) if convert is not None else value)
    except AnswerError as exc:
        return UNANSWERED, 0, exc.message, warning
    except CellError as exc:
        return UNANSWERED, 0, exc.message, warning
    return ANSWERED, units, None, warning


def _empty(value: Any) -> bool:
    """Whether an evidence cell names no link or document (``;`` alone names none)."""
    if value == "" or value is None:
        return True
    return type(value) is str and not evidence_value(value)


def _converter(kind: str) -> Callable[[str], Any] | None:
    if kind in ("yes_no", "rubric", "choice"):
        return drop_label
    if kind == "initiatives":
        return initiatives_value
    return None


class _Batch:
    def __init__(
        self, options: BatchOptions, progress: Progress | None, sink: Sink | None = None
    ) -> None:
        self.options = options
        self.sink = sink
        self.limits = options.limits
        self.progress = progress
        self.result = BatchResult()
        self.plans: dict[str, Plan | str] = {}
        self.indexes: dict[str | None, KeyIndex] = {}
        self.override: Plan | None = None
        self.order = 0
        self._leader_at: dict[int, tuple[dict[str, int], tuple[int, ...]]] = {}
        self.mapping: Any = None

    # ------------------------------------------------------------------ criteria
    def plan(self, ref: str) -> Plan | str:
        """The plan for ``ref``, or the message saying why it cannot be loaded."""
        if ref not in self.plans:
            from smartvillage.io.criteria import load_criteria

            try:
                self.plans[ref] = Plan(load_criteria(ref, self.options.criteria_dirs))
            except InputError as exc:
                self.plans[ref] = msg(
                    "batch.criteria_problems", problems=[p.message for p in exc.problems]
                )
        return self.plans[ref]

    def index_for(self, ref: str | None) -> KeyIndex:
        """Header keys for a table that declares ``ref`` (the override set otherwise)."""
        if ref not in self.indexes:
            plan = self.plan(ref) if ref is not None else None
            if not isinstance(plan, Plan):
                plan = self.override
            self.indexes[ref] = KeyIndex.build(plan.criteria if plan else None)
        return self.indexes[ref]

    # ------------------------------------------------------------------ driving
    def run(self, inputs: Iterable[str | Path]) -> BatchResult:
        result = self.result
        if self.options.criteria:
            from smartvillage.io.criteria import load_criteria

            criteria = load_criteria(self.options.criteria, self.options.criteria_dirs)
            self.override = Plan(criteria)
            self.plans[criteria.ref] = self.override
        if self.options.mapping is not None:
            from smartvillage.io.exports.mapping import load_mapping

            self.mapping = load_mapping(self.options.mapping)
        inputs = list(inputs)
        result.inputs = [str(i) for i in inputs]
        files, problems = expand_inputs(inputs)
        result.problems += problems
        result.stats.files_unreadable += sum(1 for p in problems if p.severity == "error")
        for path in files:
            result.stats.files += 1
            if self.progress:
                self.progress.file(str(path), None)
            suffix = path.suffix.lower()
            if suffix in DOC_SUFFIXES:
                self.questionnaire_file(path)
            elif suffix in CSV_SUFFIXES:
                self.csv_file(path)
            else:
                self.workbook(path)
        for ref in result.used:
            plan = self.plans[ref]
            if isinstance(plan, Plan):
                result.plans[ref] = plan
        if result.mixed:
            counts = [msg("batch.set_count", ref=ref, n=n) for ref, n in result.used.items()]
            result.warnings.append(msg("batch.mixed", n=len(result.used), counts=counts))
        for (own, scored), n in result.mismatched.items():
            result.warnings.append(msg("batch.mismatched", n=n, own=own, scored=scored))
        return result

    def file_problem(self, problems: list[CellProblem]) -> None:
        self.result.problems += problems
        if any(p.severity == "error" for p in problems):
            self.result.stats.files_unreadable += 1

    def workbook(self, path: Path) -> None:
        from smartvillage.io.xlsx_reader import read_workbook

        read = read_workbook(path, self.limits, self.index_for)
        read = self.export(path, read.tables) or read
        if not read.tables:
            self.file_problem(read.problems)
            return
        self.result.problems += read.problems
        for table in read.tables:
            self.table(table)

    def csv_file(self, path: Path) -> None:
        from smartvillage.io.csv_reader import read_csv

        read = read_csv(
            path, self.limits, self.index_for, self.options.encoding, self.options.delimiter
        )
        export = self.export(path, [read.table] if read.table else [])
        if export is not None:
            self.result.problems += export.problems
            if not export.tables:
                self.result.stats.files_unreadable += any(
                    p.severity == "error" for p in export.problems
                )
            for table in export.tables:
                self.table(table)
            return
        if read.table is None:
            self.file_problem(read.problems)
            return
        self.result.problems += read.problems
        if read.encoding == "cp1257" and not self.options.encoding:
            self.result.problems.append(
                CellProblem(
                    str(path),
                    msg("batch.cp1257"),
                    severity="warning",
                )
            )
        self.table(read.table)

    def export(self, path: Path, tables: list[Table]) -> Any:
        """The file read as a survey platform's export (io.exports), when it is one and
        the template reader found no table of its own in it; else None."""
        from smartvillage.io.exports.reader import header_is_export, read_export

        if (
            tables
            and self.mapping is None
            and not any(header_is_export(list(t.header.texts.values())) for t in tables)
        ):
            return None

        def criteria_for(ref: str) -> Any:
            plan = self.plan(ref)
            return plan.criteria if isinstance(plan, Plan) else plan

        return read_export(
            path,
            self.limits,
            criteria_for,
            self.override.criteria if self.override else None,
            self.options.encoding,
            self.options.delimiter,
            self.candidates,
            self.options.lang,  # type: ignore[arg-type]  # "lv" or "en", typed str here
            self.mapping,
        )

    def candidates(self) -> list[str]:
        """Every criteria set and version that could be found, newest first per set."""
        from smartvillage.io.criteria import catalog

        refs = [f"{e.id}@{e.version}" for e in catalog(self.options.criteria_dirs)]
        return list(dict.fromkeys(reversed(refs)))

    # ------------------------------------------------------------------ tables
    def table(self, table: Table) -> None:
        """Score the rows of one table, unless its header (or criteria) makes that impossible."""
        result = self.result
        upfront = list(table.problems)
        result.problems += upfront
        if self.progress:
            self.progress.file(
                f"{table.file}" + (f" [{table.sheet}]" if table.sheet else ""), table.expected_rows
            )
        fatal = any(p.severity == "error" for p in upfront)
        if not fatal and self.override is None and CRITERIA_KEY not in table.header.columns:
            message = None
            if table.declared is None:
                message = msg("batch.no_criteria")
            else:
                plan = self.plan(table.declared)
                if not isinstance(plan, Plan):
                    message = msg(
                        "batch.declared_criteria",
                        ref=table.declared,
                        at=table.declared_at,
                        problem=plan,
                    )
            if message is not None:
                result.problems.append(CellProblem(table.file, message, table.sheet))
                fatal = True
        if fatal:
            self.reject_table(table)
            return
        self.rows(table)
        result.problems += table.problems[len(upfront) :]

    def reject_table(self, table: Table) -> None:
        """Count the rows of a table that cannot be read, and say which they are."""
        first = last = None
        count = 0
        for number, cells in table.rows:
            if _blank(cells) == _FILLED:
                count += 1
                first = first or number
                last = number
        self.result.stats.rows += count
        self.result.stats.rejected += count
        if count:
            self.result.problems.append(
                CellProblem(
                    table.file,
                    msg("batch.rows_not_scored", n=count),
                    table.sheet,
                    rows=f"{first}:{last}",
                )
            )

    def mapper(self, table: Table, plan: Plan, cache: dict[str, _Mapper]) -> _Mapper:
        mapper = cache.get(plan.ref)
        if mapper is None:
            columns = table.header.columns
            mapper = _Mapper(
                entries=[
                    (
                        qi,
                        columns[q.id],
                        columns.get(evidence_key(q.id)),
                        _converter(q.type),
                        q.units,
                        q.allow_na,
                        q.evidence_required,
                        {},
                    )
                    for qi, q in enumerate(plan.questions)
                    if q.id in columns
                ]
            )
            cache[plan.ref] = mapper
        return mapper

    def rows(self, table: Table) -> None:
        result = self.result
        stats = result.stats
        progress = self.progress
        mappers: dict[str, _Mapper] = {}
        header = table.header
        used_columns = set(header.columns.values())
        width = max(list(header.texts) + list(header.ignored), default=-1) + 1
        blank_headers = {i for i in header.ignored if i not in header.texts}
        warned: set[int] = set()
        pending = 0
        for number, cells in table.rows:
            pending += 1
            if pending >= _PROGRESS_STEP and progress:
                progress.advance(pending)
                pending = 0
            kind = _blank(cells)
            if kind != _FILLED:
                stats.blank += 1
                if kind == _SPACES:
                    result.problems.append(
                        CellProblem(
                            table.file,
                            msg("batch.spaces_row"),
                            table.sheet,
                            number,
                            severity="warning",
                        )
                    )
                continue
            stats.rows += 1
            if blank_headers or len(cells) > width:
                self.stray_values(table, number, cells, width, blank_headers, warned)
            outcome = self.row(table, number, cells, mappers, used_columns)
            if isinstance(outcome, VillageResult):
                self.emit(outcome)
            else:
                stats.rejected += 1
                result.problems += outcome
        if progress and pending:
            progress.advance(pending)
        over = table.stats.get("over_limit", 0)
        stats.rows += over
        stats.rejected += over

    def emit(self, village: VillageResult) -> None:
        """Count a scored village and keep it (or hand it to the sink)."""
        result = self.result
        result.stats.scored += 1
        result.used[village.criteria] += 1
        if village.answers_criteria != village.criteria:
            result.mismatched[(village.answers_criteria, village.criteria)] += 1
        if self.sink is not None:
            self.sink(village, self.plans[village.criteria])  # type: ignore[arg-type]  # scored: a Plan
        else:
            result.villages.append(village)

    def stray_values(
        self,
        table: Table,
        number: int,
        cells: list[Any],
        width: int,
        blank_headers: set[int],
        warned: set[int],
    ) -> None:
        """Warn once per column that holds values but has no header."""
        candidates = [i for i in blank_headers if i < len(cells)]
        candidates += range(width, len(cells))
        for index in candidates:
            if index in warned or text_value(cells[index]) is None:
                continue
            warned.add(index)
            problem = table.place(number, index)
            problem.message = msg("batch.headless_values")
            problem.severity = "warning"
            self.result.problems.append(problem)

    # ------------------------------------------------------------------ one row
    def row(
        self,
        table: Table,
        number: int,
        cells: list[Any],
        mappers: dict[str, _Mapper],
        used_columns: set[int],
    ) -> VillageResult | list[CellProblem]:
        """Validate and score one row: its VillageResult, or the problems that reject it."""
        problems: list[CellProblem] = []
        warnings: list[str] = []

        def problem(index: int | None, message: str, severity: str = "error") -> None:
            item = table.place(number, index)
            item.message = message
            item.severity = severity
            if severity == "warning":
                warnings.append(message)
                self.result.problems.append(item)
            else:
                problems.append(item)

        bad = table.bad_cells.get(number)
        if bad:
            for index, said in bad:
                if index is None or index in used_columns:
                    problem(index, said)
        columns = table.header.columns
        n = len(cells)

        # which criteria the row answers, and which it is scored against
        own = table.declared
        at = columns.get(CRITERIA_KEY)
        if at is not None and at < n:
            text = text_value(cells[at])
            if text is not None:
                if is_criteria_ref(text):
                    own = text
                else:
                    problem(at, msg("batch.criteria_ref", got=text[:60]))
        if self.override is not None:
            plan = self.override
            own = own or self.override.ref
        elif own is None:
            problem(at, msg("batch.no_criteria_row"))
            return problems
        else:
            found = self.plan(own)
            if not isinstance(found, Plan):
                problem(at, msg("batch.criteria_set", ref=own, problem=found))
                return problems
            plan = found
        mapper = mappers.get(plan.ref) or self.mapper(table, plan, mappers)

        profile = self.profile(cells, columns, problem)

        # answers: a text cell's outcome is remembered per question (drop-down entries
        # repeat in every row), so each distinct text is cleaned, converted and scored once
        count = len(plan.questions)
        states = [UNANSWERED] * count
        units = [0] * count
        evidence = [False] * count
        limit = self.limits.max_text
        for qi, col, ecol, convert, rule, allow_na, required, memo in mapper.entries:
            if col >= n:
                continue
            value = cells[col]
            if value == "" or value is None:
                continue
            kind = type(value)
            known = memo.get(value) if kind is str or kind is float else None
            if known is None:
                known = _answer(value, convert, rule, allow_na, limit)
                if (kind is str or kind is float) and len(memo) < _MEMO_SIZE:
                    memo[value] = known
            state, earned, message, warning = known
            if message is not None:
                problem(col, message)
            if warning is not None:
                problem(col, warning, "warning")
            states[qi] = state
            if state == ANSWERED:
                units[qi] = earned
                if required and earned > 0:
                    evidence[qi] = not (ecol is None or ecol >= n or _empty(cells[ecol]))
        if problems or profile is None:
            return problems
        self.order += 1
        village, assessment, notes = profile
        if own != plan.ref:
            warnings.append(msg("batch.scored_against", own=own, scored=plan.ref))
        contact = village.contact
        questionnaire = None
        if self.options.keep_questionnaires:
            questionnaire = _questionnaire_of(
                plan, own or plan.ref, village, assessment, notes, mapper, cells, states
            )
        return VillageResult(
            self.order,
            table.file,
            table.sheet,
            number,
            village.name,
            village.parish,
            village.municipality,
            village.region,
            village.population,
            assessment.assessor,
            assessment.name,
            assessment.date.isoformat(),
            plan.ref,
            own,
            scores_of(plan.evaluate(states, units, evidence)),
            (contact.name, contact.email, contact.phone) if contact else _NO_CONTACT,
            notes,
            tuple(warnings),
            None,
            LeaderProfile.of(village) if village.model_fields_set & _LEADER_SET else NO_LEADER,
            questionnaire,
        )

    def profile(
        self, cells: list[Any], columns: dict[str, int], problem: Callable[..., None]
    ) -> tuple[Village, Assessment, str | None] | None:
        """The village and the assessment from their cells, validated by their models."""
        n = len(cells)
        limit = self.limits.max_text

        def cell(key: str) -> Any:
            index = columns.get(key)
            return cells[index] if index is not None and index < n else ""

        def text(key: str) -> str | None:
            index = columns.get(key)
            if index is None or index >= n:
                return None
            value = cells[index]
            if type(value) is str:
                value = value.strip()
                if not value:
                    return None
                if value.isascii() and value.isprintable() and len(value) <= limit:
                    return value
            else:
                value = text_value(value)
                if value is None:
                    return None
            if len(value) > limit:
                problem(
                    index,
                    msg("batch.text_too_long", size=len(value), limit=limit),
                )
                return None
            value, removed = clean_text(value)
            if removed:
                problem(index, msg("io.controls_removed"), "warning")
            return value

        ok = True
        population = assessor = date = None
        try:
            population = integer_value(cell("population"))
        except CellError as exc:
            problem(columns.get("population"), exc.message)
            ok = False
        try:
            assessor = assessor_value(cell("assessor"))
            if assessor is None:
                problem(columns.get("assessor"), msg("batch.assessor_missing"))
                ok = False
        except CellError as exc:
            problem(columns.get("assessor"), exc.message)
            ok = False
        try:
            date = date_value(cell("date"))
            if date is None:
                problem(
                    columns.get("date"),
                    msg("batch.date_missing"),
                )
                ok = False
        except CellError as exc:
            problem(columns.get("date"), exc.message)
            ok = False
        name = text("village")
        if name is None:
            problem(columns.get("village"), msg("batch.name_missing"))
            ok = False
        region = text("region")
        if region is not None:
            region = _REGIONS.get(region.casefold(), region)
        contact = None
        if "contact_name" in columns or "contact_email" in columns or "contact_phone" in columns:
            contact = {k: text(f"contact_{k}") for k in ("name", "email", "phone")}
            if not any(contact.values()):
                contact = None
        leader: dict[str, Any] | None = {}
        if any(i < n and cells[i] not in ("", None) for i in self.leader_columns(columns)):
            leader = self.leader_profile(cells, columns, text, problem)
        if leader is None:
            ok, leader = False, {}
        village = assessment = None
        try:
            village = Village.model_validate(
                {
                    "name": name or "-",
                    "parish": text("parish"),
                    "municipality": text("municipality"),
                    "region": region,
                    "population": population,
                    "contact": contact,
                    **leader,
                }
            )
        except ValidationError as exc:
            ok = False
            for error in exc.errors(include_url=False):
                key = _VILLAGE_FIELDS.get(tuple(error["loc"][:2])) or _VILLAGE_FIELDS.get(
                    tuple(error["loc"][:1])
                )
                problem(columns.get(key) if key else None, error_message(error))
        if assessor is not None and date is not None:
            try:
                assessment = Assessment.model_validate(
                    {"assessor": assessor, "name": text("assessor_name"), "date": date}
                )
            except ValidationError as exc:
                ok = False
                for error in exc.errors(include_url=False):
                    key = _ASSESSMENT_FIELDS.get(tuple(error["loc"][:1]))
                    problem(columns.get(key) if key else None, error_message(error))
        if not ok or village is None or assessment is None:
            return None
        return village, assessment, text("notes")

    def leader_columns(self, columns: dict[str, int]) -> tuple[int, ...]:
        """Where a table keeps the LEADER profile (remembered per table header)."""
        found = self._leader_at.get(id(columns))
        if found is None or found[0] is not columns:
            found = self._leader_at[id(columns)] = (
                columns,
                tuple(columns[k] for k in LEADER_COLUMNS if k in columns),
            )
        return found[1]

    @staticmethod
    def leader_profile(
        cells: list[Any],
        columns: dict[str, int],
        text: Callable[[str], str | None],
        problem: Callable[..., None],
    ) -> dict[str, Any] | None:
        """The LEADER profile fields a row gives, as the Village model takes them (only the
        given ones, so an empty row costs nothing); None when a cell does not fit."""
        n = len(cells)

        def filled(key: str) -> Any:
            index = columns.get(key)
            if index is None or index >= n:
                return None
            value = cells[index]
            if value is None or (type(value) is str and not value.strip()):
                return None
            return value

        ok = True
        leader: dict[str, Any] = {}
        for key in ("leader_group", "mentor"):
            if filled(key) is not None:
                leader[key] = text(key)
        tier = None
        for key, kind in (("community_type", "community"), ("recognition_tier", "recognition")):
            value = filled(key)
            if value is None:
                continue
            try:
                chosen = choice_value(kind, value)
            except CellError as exc:
                problem(columns.get(key), exc.message)
                ok = False
                continue
            if key == "community_type":
                leader[key] = chosen
            else:
                tier = chosen
        legal = {
            field_name: text(key)
            for field_name, key in (
                ("name", "legal_name"),
                ("registration_number", "registration_number"),
            )
            if filled(key) is not None
        }
        if legal:
            leader["legal_body"] = legal
        year = None
        raw_year = filled("recognition_year")
        if raw_year is not None:
            try:
                year = integer_value(raw_year)
            except CellError as exc:
                problem(columns.get("recognition_year"), exc.message)
                ok = False
        if year is not None or tier is not None:
            given = {"year": year, "tier": tier}
            leader["recognition"] = {k: v for k, v in given.items() if v is not None}
        return leader if ok else None

    # ------------------------------------------------------------------ YAML / JSON
    def questionnaire_file(self, path: Path) -> None:
        from smartvillage.io.questionnaire import load_questionnaire
        from smartvillage.scoring import check_answers

        result = self.result
        source = str(path)

        def reject(problems: list[CellProblem]) -> None:
            result.stats.rows += 1
            result.stats.rejected += 1
            result.problems += problems

        try:
            questionnaire = load_questionnaire(path)
        except InputError as exc:
            reject([_from_problem(p) for p in exc.problems])
            return
        if self.progress:
            self.progress.advance(1)
        own = questionnaire.criteria
        plan = self.override or self.plan(own)
        if not isinstance(plan, Plan):
            line = questionnaire.line_of(("criteria",))
            reject(
                [
                    CellProblem(
                        source,
                        msg("batch.criteria_set", ref=own, problem=plan),
                        header="criteria",
                        line=line,
                    )
                ]
            )
            return
        problems = check_answers(questionnaire, plan.criteria, source)
        if problems:
            reject([_from_problem(p) for p in problems])
            return
        warnings = []
        if own != plan.ref:
            warnings.append(msg("batch.scored_against", own=own, scored=plan.ref))
        village, assessment = questionnaire.village, questionnaire.assessment
        self.order += 1
        outcome = VillageResult(
            order=self.order,
            file=source,
            sheet=None,
            row=None,
            name=village.name,
            parish=village.parish,
            municipality=village.municipality,
            region=village.region,
            population=village.population,
            assessor=assessment.assessor,
            assessor_name=assessment.name,
            date=assessment.date.isoformat(),
            criteria=plan.ref,
            answers_criteria=own,
            scores=scores_of(plan.score_questionnaire(questionnaire)),
            contact=(village.contact.name, village.contact.email, village.contact.phone)
            if village.contact
            else (None, None, None),
            notes=questionnaire.notes,
            warnings=tuple(warnings),
            leader=LeaderProfile.of(village),
            questionnaire=questionnaire if self.options.keep_questionnaires else None,
        )
        result.stats.rows += 1
        self.emit(outcome)


def _questionnaire_of(
    plan: Plan,
    ref: str,
    village: Village,
    assessment: Assessment,
    notes: str | None,
    mapper: _Mapper,
    cells: list[Any],
    states: list[int],
) -> Any:
    """A scored row as a Questionnaire (for its full report): every answer as the row's
    cell gives it, typed by the same cell syntax the row was scored with."""
    from smartvillage.models.questionnaire import Questionnaire

    answers: dict[str, Any] = {}
    n = len(cells)
    for qi, col, ecol, convert, _, _, _, _ in mapper.entries:
        state = states[qi]
        if state == NOT_APPLICABLE:
            answers[plan.questions[qi].id] = {"na": True}
        elif state == ANSWERED and col < n:
            value = cells[col]
            if type(value) is str:
                value = clean_text(value.strip())[0]
                value = convert(value) if convert is not None else value
            elif type(value) is float and value.is_integer():
                value = int(value)
            evidence = []
            if ecol is not None and ecol < n and not _empty(cells[ecol]):
                raw = cells[ecol]
                evidence = evidence_value(raw if type(raw) is str else str(raw))
            answers[plan.questions[qi].id] = {"value": value, "evidence": evidence}
    return Questionnaire.model_validate(
        {
            "criteria": ref,
            "village": village,
            "assessment": assessment,
            "answers": answers,
            "notes": notes,
        }
    )


_FILLED, _BLANK, _SPACES = 0, 1, 2


def _blank(cells: list[Any]) -> int:
    """Whether a row is filled, blank, or holds nothing but spaces."""
    spaces = False
    for value in cells:
        if value == "" or value is None:
            continue
        if type(value) is str and not value.strip():
            spaces = True
            continue
        return _FILLED
    return _SPACES if spaces else _BLANK


def _from_problem(problem: Any) -> CellProblem:
    """A questionnaire Problem (file, line, field) as a CellProblem."""
    return CellProblem(problem.file, problem.message, header=problem.field, line=problem.line)
