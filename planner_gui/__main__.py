"""`python -m planner_gui` is `planner-gui`."""

import sys

from planner_gui.launcher import main

sys.exit(main())
