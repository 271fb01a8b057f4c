"""Stick figures of the exercises, described once and drawn by both painters.

A pose is the start and end position of a stick figure plus a few props in normalised
coordinates: x and y run from 0 to 1 across a square box, y points up. Most are side views
facing +x; side-to-side drills are front views (the figure faces the reader), and so are the
back and box squats, the bar and plates across the shoulders; some of the floor drills are
seen from the front or the side and a little above, the floor on a slant, so bent knees, a
leg out to the side and arms reaching forward or back still show; the lower trunk rotation
from above, its bent knees dropped flat to each side where they show whole; the clamshell
from in front and a little above, the top knee lifting in a V off the bottom one; each pose says
which (`Pose.view`). The window paints poses with QPainter (`ui.pose_painter`), the handout
with reportlab (`export.illustration`); neither keeps bitmaps, so the two never drift apart.

Pure Python: this package reads the domain (an exercise's `pose` and `pattern`) and is read by
the painters; it imports neither Qt nor reportlab, and the domain never imports it.

- `skeleton`: the body's joints, bones and proportions.
- `kinematics`: segment angles to joint positions, and reaching a point with a limb.
- `props`: floors, benches, boxes, bars, weights, bands, cables, balls, rollers.
- `pose`: a pose, its frames and its view; the box it fills; its mirror image.
- `fit`: scaling what a pose draws into a painter's cell, centred.
- `poses`: the named drawings, one module per family of movements.
- `library`: every drawing by pose id, and the id that means "no figure".
- `lookup`: which drawing an exercise gets.
"""
