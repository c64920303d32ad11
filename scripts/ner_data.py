#!/usr/bin/env python3
"""The corpus readers now live in `storyline.eval.corpora`; this keeps the old script name working."""

import sys

from storyline.eval.corpora import *  # noqa: F401,F403 - re-exported for scripts that import ner_data
from storyline.eval.corpora import main

if __name__ == "__main__":
    sys.exit(main())
