"""Entry point for ``python -m axm_schema``."""

import sys

from axm_schema.cli import main

sys.exit(main())
