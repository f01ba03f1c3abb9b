"""``--help`` in the session language, from the catalogue (``messages/help.py``).

Click prints a command's help while it parses the command line, before the command
runs and before ``--lang`` has a value, so the language of the help is read from the
command line itself: the last ``--lang``/``-l`` given (anywhere before ``--``), else
``$SMARTVILLAGE_LANG``. With neither the help is English — as issue 16 asks ("with
SMARTVILLAGE_LANG=lv or --lang lv, Latvian; English otherwise"); every help page says so.
(Output and messages default to Latvian; only the help defaults to English, for the
engineer who types ``--help`` without choosing.)

The root group (:class:`HelpGroup`) reads that language as it parses its arguments and
puts the catalogue's texts into every command of the tree: the command's description,
its examples and exit codes, each option's and argument's help, and the words of the
help layout that Click and Typer print themselves ("Usage:", "Options", "default: …").
The command modules' docstrings are for engineers and their options carry no ``help=``:
what a person reads comes from here. A new option or command needs its entries in
``messages/help.py`` (``tests/test_help_lang.py`` fails without them). Nothing heavy is
imported: the catalogue is a dict.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from typer.core import TyperCommand, TyperGroup

from smartvillage import messages

if TYPE_CHECKING:
    import click

    from smartvillage.models.common import Lang

# The exit-codes paragraph of each command (others: help.exit.common).
EXIT_CODES = {
    "app": "exit.score",
    "score": "exit.score",
    "batch": "exit.batch",
    "assess": "exit.assess",
    "validate": "exit.validate",
    "criteria.check": "exit.criteria_check",
}


def help_lang(args: Sequence[str]) -> Lang:
    """The language of the help: the last ``--lang``/``-l`` in ``args`` (before ``--``),
    else ``$SMARTVILLAGE_LANG``; English when neither says lv or en."""
    chosen: str | None = None
    args = [str(arg) for arg in args]  # a caller may pass paths (CliRunner does not convert)
    for index, arg in enumerate(args):
        if arg == "--":
            break
        value = None
        if arg in ("--lang", "-l") and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        elif arg.startswith("-l") and len(arg) > 2:
            value = arg[2:].lstrip("=")
        if value is not None and value.strip().casefold() in ("lv", "en"):
            chosen = value.strip().casefold()
    if chosen is None:
        chosen = os.environ.get("SMARTVILLAGE_LANG", "").strip().casefold()
    return "lv" if chosen == "lv" else "en"


def _text(key: str, lang: Lang, **params: Any) -> str:
    return messages.text(f"help.{key}", lang, **params)


def _raw(key: str, lang: Lang) -> str:
    """A message as written, its placeholders left for Click and Typer to fill."""
    return messages.section("help")[key][lang]


def command_help(path: str, lang: Lang) -> str:
    """The whole help text of the command at ``path`` (``app``, ``score``,
    ``criteria.list``): description, examples and exit codes, as Click shows them."""
    parts = [_text(path, lang)]
    if messages.has(f"help.{path}.examples"):
        lines = _text(f"{path}.examples", lang).splitlines()
        parts.append("\b\n" + _text("examples", lang) + "\n" + "\n".join(f"  {x}" for x in lines))
    if path != "criteria":
        parts.append(_text(EXIT_CODES.get(path, "exit.common"), lang))
    return "\n\n".join(parts)


def param_help(path: str, name: str, lang: Lang) -> str | None:
    """The help of the parameter ``name`` of the command at ``path``: its own, else its
    group's, else the shared option's; None when the catalogue has none."""
    group = path.rpartition(".")[0]
    for key in (f"{path}.{name}", f"{group}.{name}" if group else "", f"option.{name}"):
        if key and messages.has(f"help.{key}"):
            return _text(key, lang, **_placeholders(path, name))
    return None


def _placeholders(path: str, name: str) -> dict[str, Any]:
    """What a parameter's help names that the code decides (the extensions ``-o`` takes)."""
    if name != "output" or path not in ("score", "compare"):
        return {}
    from smartvillage.render.base import EXTENSIONS, OutputFormat

    formats: tuple[OutputFormat, ...]
    if path == "compare":
        from smartvillage.cli.compare import ALLOWED as formats
    else:
        formats = tuple(OutputFormat)
    return {"extensions": ", ".join(ext for ext, fmt in EXTENSIONS.items() if fmt in formats)}


def localize_tree(command: click.Command, lang: Lang, path: str = "app") -> None:
    """Put the catalogue's help in ``lang`` into ``command`` and every command under it."""
    if isinstance(command, _Localized):
        command.help_lang = lang
    if messages.has(f"help.{path}"):
        command.help = command_help(path, lang)
    for param in command.params:
        found = param_help(path, param.name or "", lang)
        if found is not None:
            param.help = found  # type: ignore[attr-defined, unused-ignore]  # Options have help
    for name, sub in (getattr(command, "commands", None) or {}).items():
        localize_tree(sub, lang, name if path == "app" else f"{path}.{name}")


# Click's and Typer's own words, by their English text (plain help through Typer's
# gettext ``_``, rich help through its constants).
_PLAIN_WORDS = {
    "Arguments": "lib.arguments",
    "Options": "lib.options",
    "Commands": "lib.commands",
    "default: {default}": "lib.default",
    "env var: {var}": "lib.env_var",
    "required": "lib.required",
}
_RICH_WORDS = {
    "ARGUMENTS_PANEL_TITLE": "lib.arguments",
    "OPTIONS_PANEL_TITLE": "lib.options",
    "COMMANDS_PANEL_TITLE": "lib.commands",
    "DEFAULT_STRING": "lib.rich_default",
    "ENVVAR_STRING": "lib.rich_env_var",
    "REQUIRED_LONG_STRING": "lib.rich_required",
}


@contextlib.contextmanager
def _library_words(lang: Lang, rich: bool) -> Iterator[None]:
    """While a help page is drawn, Click's and Typer's own words in ``lang``."""
    if lang == "en":
        yield
        return
    import sys

    import typer.core

    # Typer's gettext ``_`` and Click's (vendored in Typer 0.26+, Click itself before)
    modules: list[Any] = [typer.core]
    modules += [m for m in (sys.modules.get(n) for n in ("typer._click.core", "click.core")) if m]
    saved_gettext = [(module, module._) for module in modules if hasattr(module, "_")]
    for module, gettext in saved_gettext:
        module._ = _translator(gettext, lang)
    saved_rich: dict[str, Any] = {}
    rich_utils: Any = None
    if rich:
        from typer import rich_utils

        for name, key in _RICH_WORDS.items():
            saved_rich[name] = getattr(rich_utils, name)
            setattr(rich_utils, name, _raw(key, lang).replace("{value}", "{}"))
    try:
        yield
    finally:
        for module, gettext in saved_gettext:
            module._ = gettext
        for name, value in saved_rich.items():
            setattr(rich_utils, name, value)


def _translator(gettext: Any, lang: Lang) -> Any:
    """A gettext that says Click's and Typer's own help words in ``lang``."""

    def translate(word: str) -> str:
        return _raw(_PLAIN_WORDS[word], lang) if word in _PLAIN_WORDS else gettext(word)

    return translate


def _rich_help(command: Any) -> bool:
    """Whether Typer draws ``command``'s help with Rich (its flag moved across versions)."""
    import typer.core as core

    enabled = getattr(core, "HAS_RICH", None)
    if enabled is None:  # Typer before 0.20: rich is imported, or None
        enabled = getattr(core, "rich", None) is not None
    return bool(enabled) and getattr(command, "rich_markup_mode", None) is not None


class _Localized:
    """What a command needs to show its help in ``help_lang`` (set by localize_tree)."""

    help_lang: Lang = "en"
    _drawing = False

    def get_help_option(self, ctx: click.Context) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]  # a mixin: the command has it
        if option is not None:
            option.help = _text("option.help", self.help_lang)
        return option

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if not self._drawing:  # a usage error keeps Click's English line with its message
            super().format_usage(ctx, formatter)  # type: ignore[misc]  # a mixin
            return
        lang = self.help_lang
        me: Any = self
        saved = me.options_metavar, getattr(me, "subcommand_metavar", None)
        me.options_metavar = _text("lib.options_metavar", lang)
        if saved[1] is not None:
            me.subcommand_metavar = _text("lib.subcommand_metavar", lang)
        try:
            pieces = me.collect_usage_pieces(ctx)
        finally:
            me.options_metavar = saved[0]
            if saved[1] is not None:
                me.subcommand_metavar = saved[1]
        prefix = _text("lib.usage", lang)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=prefix)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self._drawing = True
        try:
            with _library_words(self.help_lang, _rich_help(self)):
                super().format_help(ctx, formatter)  # type: ignore[misc]  # a mixin
        finally:
            self._drawing = False


class HelpCommand(_Localized, TyperCommand):
    """A command whose help is in the session language (see the module)."""


class HelpGroup(_Localized, TyperGroup):
    """A group whose help is in the session language; the root one chooses the language
    from its command line and localizes the whole tree before Click parses it."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if ctx.parent is None:
            localize_tree(self, help_lang(args))
        return super().parse_args(ctx, args)
