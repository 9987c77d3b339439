"""Entry point for ``python -m poise`` and the `poise` command: the garbage collector is paused
before the command line's modules are imported (see ``poise.cli.collector``)."""

from poise.cli.collector import pause


def main() -> None:
    """Run the `poise` command."""
    pause()
    from poise.cli.app import main as run

    run()


if __name__ == "__main__":
    main()
