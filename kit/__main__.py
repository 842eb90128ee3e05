"""``python -m kit``: the command line (:mod:`kit.cli`).

``python -m`` puts the current folder first on Python's path, so a folder there
named like a module (a student's ``csv/`` among the submissions) would be
imported instead of the real one. The current folder is taken off the path
before anything else is imported. (A folder named ``kit/`` in the current folder
is imported before this file can run: grade with ``media-kit grade`` or
``python -P -m kit grade``, which never put the current folder on the path.)
"""

import os
import sys

if sys.path and sys.path[0] and not sys.flags.safe_path:
    try:
        if os.path.realpath(sys.path[0]) == os.path.realpath(os.getcwd()):
            del sys.path[0]
    except OSError:
        pass

from .cli import main  # imported after the path is made safe

raise SystemExit(main())
