"""`python -m planner_gui` is `planner-gui`."""

import sys

from planner_gui.cli import main

sys.exit(main())
