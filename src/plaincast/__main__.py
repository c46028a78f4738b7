"""`python -m plaincast` runs the command line."""

from .cli import main

main()
