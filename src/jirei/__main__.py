"""``python -m jirei``: the same as the ``jirei`` command."""

import sys

from jirei.cli import main

sys.exit(main())
