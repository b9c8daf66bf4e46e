"""`python -m pipeline`: the `pipeline` command."""

from .cli import main

main()
