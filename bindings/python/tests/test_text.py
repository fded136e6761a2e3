"""The formatter of numbers, shares, money and dates (antq.text)."""

import datetime
import unittest

import support  # noqa: F401  (sets sys.path)
import antq


class TestText(unittest.TestCase):
    def test_per_language(self):
        self.assertEqual(antq.format_money(104500000), "104.500.000 đồng")
        self.assertEqual(antq.format_money(104500000, "en"), "104,500,000 VND")
        self.assertEqual(antq.format_count(1234, "en"), "1,234")
        self.assertEqual(antq.format_local_date(datetime.date(2024, 8, 19)), "19/08/2024")
        self.assertEqual(antq.format_local_date("2024-08-19", "en"), "2024-08-19")
        self.assertEqual(antq.format_tenths(-23), "-2,3")
        self.assertEqual(antq.format_percent(2, 3, "en"), "66.7%")

    def test_share_rounding_and_threshold(self):
        self.assertEqual(antq.format_share(13, 14), "92,9%")
        self.assertEqual(antq.format_share(6996, 10000, (70, 100)), "69,9%")
        self.assertEqual(antq.format_share(6996, 10000, lang="en"), "70.0%")
        self.assertEqual(antq.share_round(9999, 10000), 999)

    def test_errors(self):
        with self.assertRaises(antq.InvalidError):
            antq.format_share(1, 0)
        with self.assertRaises(antq.InvalidError):
            antq.format_local_date(None)


class TestScopeExclusion(unittest.TestCase):
    def test_small_enterprise_is_excluded_not_failed(self):
        unit = antq.Unit(id="DN-1", kind=antq.Kind.ENTERPRISE, enterprise_size=antq.EnterpriseSize.SMALL,
                         managing_level=antq.Level.COMMUNE)
        with antq.evaluate(unit, antq.Evidence(year=2024)) as r:
            self.assertEqual(r.verdict, antq.Verdict.NOT_ELIGIBLE)
            self.assertEqual(r.check("C124-SC-04").outcome, antq.Outcome.EXCLUDED)
            self.assertEqual(antq.outcome_name(antq.Outcome.EXCLUDED), "excluded")
            self.assertEqual(r.failed(), [])


class TestLabels(unittest.TestCase):
    def test_labels_per_language(self):
        self.assertEqual(antq.verdict_label(antq.Verdict.NOT_CERTIFIED), "chưa đạt")
        self.assertEqual(antq.verdict_label(antq.Verdict.NOT_CERTIFIED, "en"), "not certified")
        self.assertEqual(antq.outcome_label(antq.Outcome.EXCLUDED), "ngoài phạm vi")
        self.assertEqual(antq.unit_kind_label(antq.Kind.RESIDENTIAL_AREA), "khu dân cư")
        self.assertEqual(antq.status_label("U", "en"), "unverified")
        self.assertEqual(antq.missing_label("undetermined units"), "đơn vị chưa xác định được kết quả")
        self.assertEqual(antq.verdict_label(99), "?")


if __name__ == "__main__":
    unittest.main()
