"""The C and Python examples in the top-level README.md run as written."""
import os
import re
import subprocess
import sys
import tempfile
import unittest

ROOT = os.environ.get("ANTQ_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "..", "..", ".."))
README = os.path.join(ROOT, "README.md")


def block(lang):
    with open(README, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"^```" + lang + r"\n(.*?)^```", text, re.S | re.M)
    if not m:
        raise AssertionError(f"README.md has no ```{lang} block")
    return m.group(1)


class TopReadme(unittest.TestCase):
    def test_python_example_runs(self):
        code = block("python")
        env = dict(os.environ)
        env["PYTHONPATH"] = os.path.join(ROOT, "bindings", "python") + os.pathsep + env.get("PYTHONPATH", "")
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("NOT_CERTIFIED", out.stdout)
        self.assertIn("C124-RA-01b", out.stdout)
        self.assertRegex(out.stdout, r"\n\d+ units certified\n")

    def test_c_example_compiles_and_runs(self):
        lib = os.environ.get("ANTQ_LIBRARY")
        cc = os.environ.get("CC", "cc").split()
        if not lib:
            self.skipTest("ANTQ_LIBRARY not set")
        code = block("c")
        includes = "".join(l + "\n" for l in code.splitlines() if l.startswith("#include"))
        body = "".join(l + "\n" for l in code.splitlines() if not l.startswith("#include"))
        program = includes + "#include <stdio.h>\nint main(void)\n{\n" + body + "return 0;\n}\n"
        build_inc = os.path.join(os.path.dirname(os.path.dirname(lib)), "include")
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "readme.c")
            exe = os.path.join(tmp, "readme")
            with open(src, "w", encoding="utf-8") as f:
                f.write(program)
            comp = subprocess.run(cc + ["-std=c11", "-Wall", "-Werror", "-I", os.path.join(ROOT, "include"), "-I", build_inc,
                                   src, lib, "-o", exe], capture_output=True, text=True)
            self.assertEqual(comp.returncode, 0, comp.stderr + "\n" + program)
            run = subprocess.run([exe], capture_output=True, text=True, timeout=60,
                                 env=dict(os.environ, LD_LIBRARY_PATH=os.path.dirname(lib)))
            self.assertEqual(run.returncode, 0, run.stderr)
            self.assertIn("Verdict: NOT CERTIFIED", run.stdout)
            self.assertIn("registered 238 of 240 resident households", run.stdout)


if __name__ == "__main__":
    unittest.main()
