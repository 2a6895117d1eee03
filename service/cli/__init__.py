"""The ``transnorm`` console script.

Subcommands live in one module per concern; this module only assembles them and turns every expected error
into one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import sys

import typer
from pydantic import ValidationError

from service.config import get_settings
from service.errors import TransnormError

app = typer.Typer(
    name="transnorm",
    help="Normalize, translate and serve press releases as an aligned bilingual corpus.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _register() -> None:
    # Imported here so that `transnorm --help` stays cheap and a broken optional module names itself.
    from service.cli import bridge_cmds, model_cmds, pipeline_cmds, qa_cmds, server_cmds, term_cmds

    pipeline_cmds.register(app)
    model_cmds.register(app)
    qa_cmds.register(app)
    server_cmds.register(app)
    bridge_cmds.register(app)
    term_cmds.register(app)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    typer.echo(f"transnorm: error: {message}", err=True)
    return typer.Exit(code)


def main(argv: list[str] | None = None) -> None:
    _register()
    get_settings.cache_clear()  # each invocation reads the environment as it is now
    try:
        app(args=argv, standalone_mode=True)
    except TransnormError as exc:
        typer.echo(f"transnorm: error: {exc.detail}", err=True)
        sys.exit(2 if exc.status_code < 500 else 3)
    except ValidationError as exc:
        # Settings are validated at start-up: name the variable, in one line.
        problems = "; ".join(
            f"TRANSNORM_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors()
        )
        typer.echo(f"transnorm: error: invalid configuration: {problems}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("transnorm: interrupted", err=True)
        sys.exit(130)
