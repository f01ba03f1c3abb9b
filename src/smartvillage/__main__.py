"""``python -m smartvillage``."""

from smartvillage.cli.app import main

main()
