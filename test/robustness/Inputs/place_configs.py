#!/usr/bin/env python3
"""place_configs.py DIR SOURCE CONFIG.yaml...: for each CONFIG, makes
DIR/<its name>/ holding it as .clang-tidy and a copy of SOURCE, so every host
finds the configuration the way a user's build would."""
import os
import shutil
import sys

directory, source = sys.argv[1], sys.argv[2]
for config in sys.argv[3:]:
    name = os.path.splitext(os.path.basename(config))[0]
    target = os.path.join(directory, name)
    os.makedirs(target, exist_ok=True)
    shutil.copy(config, os.path.join(target, ".clang-tidy"))
    shutil.copy(source, target)
