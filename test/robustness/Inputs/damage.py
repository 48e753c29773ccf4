#!/usr/bin/env python3
"""Damages fingerprint-directory files the way disks, tools and people do.

  damage.py flip FILE OFFSET        flips one bit of the byte at OFFSET
  damage.py cut-last-hash FILE      cuts a record inside the last hash of its
                                    'statements' line (a torn write)
  damage.py newline-source SRC DIR INCLUDE TOOL...
                                    copies SRC to DIR/"new<LF>line.cpp" and
                                    runs TOOL... on it; exits with its code
"""
import os
import shutil
import subprocess
import sys


def main():
    what = sys.argv[1]
    if what == "flip":
        path, offset = sys.argv[2], int(sys.argv[3])
        data = bytearray(open(path, "rb").read())
        data[offset % len(data)] ^= 0x04
        open(path, "wb").write(data)
    elif what == "cut-last-hash":
        path = sys.argv[2]
        data = open(path, "rb").read()
        start = data.index(b"statements ")
        end = data.index(b"\n", start)
        if data[end - 1:end] == b"\r":
            end -= 1
        open(path, "wb").write(data[:end - 3])
    elif what == "newline-source":
        src, directory, include = sys.argv[2:5]
        target = os.path.join(directory, "new\nline.cpp")
        shutil.copy(src, target)
        sys.exit(subprocess.call(sys.argv[5:] + [target, "--", "-std=c++17",
                                                 "-I", include]))
    else:
        sys.exit("damage.py: unknown action " + what)


if __name__ == "__main__":
    main()
