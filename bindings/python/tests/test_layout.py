"""The ctypes Structure mirrors have exactly the C layout: a tiny C program,
generated from the mirrors and compiled here against the public headers,
prints sizeof/_Alignof of each struct and offsetof/sizeof of each field."""

import os
import shlex
import shutil
import subprocess
import tempfile
import unittest

import support
from antq import _structs


def c_program():
    lines = ["#include <stddef.h>", "#include <stdio.h>", '#include "antq/plan.h"', '#include "antq/pipeline.h"',
             '#include "antq/provenance.h"', '#include "antq/sheet.h"', "", "int main(void)", "{"]
    for cls in _structs.PUBLIC_STRUCTS:
        t = cls.__name__
        lines.append(f'    printf("{t} %zu %zu\\n", sizeof({t}), (size_t)_Alignof({t}));')
        for name, _ in cls._fields_:
            lines.append(f'    printf("{t}.{name} %zu %zu\\n", offsetof({t}, {name}), sizeof((({t} *)0)->{name}));')
    lines += ["    return 0;", "}", ""]
    return "\n".join(lines)


def python_layout():
    out = {}
    for cls in _structs.PUBLIC_STRUCTS:
        t = cls.__name__
        out[t] = (ctypes_sizeof(cls), ctypes_alignment(cls))
        for name, _ in cls._fields_:
            f = getattr(cls, name)
            out[f"{t}.{name}"] = (f.offset, f.size)
    return out


def ctypes_sizeof(cls):
    import ctypes
    return ctypes.sizeof(cls)


def ctypes_alignment(cls):
    import ctypes
    return ctypes.alignment(cls)


class TestLayout(unittest.TestCase):
    def test_struct_layout_matches_c(self):
        cc = shlex.split(os.environ.get("CC") or "cc")
        if not shutil.which(cc[0]):
            self.skipTest(f"no C compiler ({cc[0]})")
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "layout.c")
            exe = os.path.join(tmp, "layout")
            with open(src, "w") as f:
                f.write(c_program())
            proc = subprocess.run(cc + ["-std=c11", "-I", support.INCLUDE_DIR, src, "-o", exe],
                                  capture_output=True, text=True)
            # A field renamed or removed in C fails to compile: that is drift too.
            self.assertEqual(proc.returncode, 0, "layout program does not compile:\n" + proc.stderr)
            run = subprocess.run([exe], capture_output=True, text=True, check=True)
        c_layout = {}
        for line in run.stdout.splitlines():
            key, a, b = line.split()
            c_layout[key] = (int(a), int(b))
        py = python_layout()
        self.assertEqual(set(c_layout), set(py))
        diffs = [f"{k}: C {c_layout[k]}, ctypes {py[k]}" for k in c_layout if c_layout[k] != py[k]]
        self.assertEqual(diffs, [], "layout drift (struct: size, align / field: offset, size)")

    def test_the_program_covers_every_struct(self):
        self.assertEqual(len(_structs.PUBLIC_STRUCTS), 31)
        names = {c.__name__ for c in _structs.PUBLIC_STRUCTS}
        for required in ("antq_error", "antq_unit", "antq_evidence", "antq_event", "antq_discipline",
                         "antq_extra_answer", "antq_options", "antq_extra_criterion", "antq_criterion",
                         "antq_citation", "antq_ruleset", "antq_authority_rule", "antq_delegation", "antq_fact",
                         "antq_check",
                         "antq_rollup", "antq_activity", "antq_commendation", "antq_festival", "antq_task",
                         "antq_target", "antq_plan", "antq_target_result", "antq_task_result",
                         "antq_festival_coverage", "antq_pipeline_config", "antq_target_step",
                         "antq_input_digest", "antq_provenance", "antq_delegation", "antq_csv_file",
                         "antq_commune_pool"):
            self.assertIn(required, names)


if __name__ == "__main__":
    unittest.main()
