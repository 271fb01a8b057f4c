"""What the tests share besides pytest fixtures (those stay in conftest.py files).

- `catalogs`: the hand-built exercise catalogs and the one `exercise()` builder;
- `plans`: the hand-built plans on them, and the rule tests' `PlanBuilder`;
- `plan_files`: plan dicts for the file-format tests; `bad_files`: the gallery of broken files;
- `widgets`: the plan editor and the whole window built for a test;
- `pdf`: reading a handout PDF back; `drawing`: checks on the stick figures;
- `hostile_text`: a plan whose text looks like markup, and the check that Qt never reads it so.
- `strategies`: Hypothesis strategies for whole valid plans full of hostile text;
  `printed`: whether a plan's text is printed literally (and within the margins) in a PDF;
  `unplaceable`: a flowable reportlab cannot place.
"""
