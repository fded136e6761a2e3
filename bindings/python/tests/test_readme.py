"""The worked example of bindings/python/README.md runs and prints exactly the
output shown under it."""

import contextlib
import io
import re
import unittest

import support


def blocks(lang):
    with open(support.README, encoding="utf-8") as f:
        text = f.read()
    return re.findall(r"^```" + lang + r"\n(.*?)^```", text, flags=re.M | re.S)


class TestReadme(unittest.TestCase):
    def test_worked_example(self):
        code = blocks("python")
        output = blocks("text")
        self.assertEqual((len(code), len(output)), (1, 1), "README: one python block and one text block")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code[0], support.README, "exec"), {"__name__": "readme_example"})
        self.assertEqual(out.getvalue(), output[0])


if __name__ == "__main__":
    unittest.main()
