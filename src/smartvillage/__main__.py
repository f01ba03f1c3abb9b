"""``python -m smartvillage``."""

from smartvillage.cli import main

main()
