"""`sample add` and `sample remove`: the first run's sample journal, at any time. The uuids
of its entries are kept in the settings, as the window keeps them, so either face can take
away what the other added (Help → Remove the Sample Entries)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (--help, #22)
if TYPE_CHECKING:  # the parser imports this module: it loads no storage (issue #22)
    from ..core.journal import Journal


def add_sample_command(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    p = command("sample", "add the small sample journal to look around in, or remove it")
    p.add_argument("action", choices=("add", "remove"))
    p.add_argument("--lang", choices=("en", "ru"), help="the sample's language (add)")


def cmd_sample(journal: Journal, args: argparse.Namespace) -> None:
    from ..core.errors import ValidationError
    from ..core.samples import create_sample, remove_sample
    from ..core.settings import Settings
    from ..paths import AppPaths
    from .reflection import cli_language

    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    settings = Settings.load(paths.settings_file)
    if args.action == "add":
        if settings.sample_entries:
            raise ValidationError(
                "The sample journal is already here; `sample remove` takes it away."
            )
        settings.sample_entries = create_sample(journal, cli_language(args))
        settings.save(paths.settings_file)
        print(f"Sample entries added: {len(settings.sample_entries)}.")
        return
    if not settings.sample_entries:
        raise ValidationError("There is no sample journal to remove; `sample add` adds one.")
    removed = remove_sample(journal, settings.sample_entries)
    settings.sample_entries = []
    settings.save(paths.settings_file)
    print(f"Sample entries removed: {removed}.")
