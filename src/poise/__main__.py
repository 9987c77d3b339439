"""Entry point for ``python -m poise``."""

from poise.cli.app import main

if __name__ == "__main__":
    main()
