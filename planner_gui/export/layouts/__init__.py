"""The handout's layouts besides the full one (which `export.handout` builds itself): a
registry from a layout's name to the function that lays out its story.

A layout function takes the handout context and a `tick` to call as it assembles parts (it
reports progress and stops a cancelled export), and returns the flowables of the whole PDF.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from planner_gui.export.context import HandoutContext
from planner_gui.export.layouts.cards import cards_story
from planner_gui.export.layouts.compact import compact_story
from planner_gui.export.options import Layout

StoryMaker = Callable[[HandoutContext, Callable[[], None]], list[Flowable]]

#: Layouts other than "full", by name.
STORIES: dict[Layout, StoryMaker] = {"compact": compact_story, "cards": cards_story}
