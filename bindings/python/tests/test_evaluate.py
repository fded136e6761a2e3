"""Evaluating units built from Python objects."""

import datetime
import json
import unittest

import support  # noqa: F401  (sets sys.path)
import antq
from antq import Kind, Outcome, Verdict


def village(**changes):
    """Thôn Phú Mỹ of examples/evaluate-residential-area.c, with @p changes to its evidence."""
    unit = antq.Unit(id="TP-PHU-MY", kind=Kind.RESIDENTIAL_AREA, name="Thôn Phú Mỹ", local_type="thôn",
                     parent_id="XA-TAN-PHONG", managing_level=antq.Level.COMMUNE)
    fields = dict(year=2024, registered=True, registration_date=datetime.date(2024, 2, 22),
                  party_resolution_date=datetime.date(2024, 1, 10), households_resident=212,
                  households_registered=212, implements_policy=True, events_recorded=True,
                  disciplines_recorded=True, crimes=1, crimes_prev=2, social_evils=2, social_evils_prev=2,
                  other_violations=5, other_violations_prev=7, supervision_effective=True,
                  grassroots_rating=antq.Rating.COMPLETED_WELL)
    fields.update(changes)
    return unit, antq.Evidence(**fields)


class TestResidentialArea(unittest.TestCase):
    def test_pass(self):
        with antq.evaluate(*village()) as r:
            self.assertEqual(r.verdict, Verdict.CERTIFIED)
            self.assertEqual(r.verdict_name, "certified")
            self.assertEqual(r.unit_id, "TP-PHU-MY")
            if antq._lib.lib.has("antq_result_unit_name"):
                self.assertEqual(r.unit_name, "Thôn Phú Mỹ")
            self.assertEqual(r.unit_kind, Kind.RESIDENTIAL_AREA)
            self.assertEqual(r.year, 2024)
            self.assertEqual(r.ruleset.id, "124/2021/TT-BCA")
            self.assertEqual((r.period_start, r.period_end), (datetime.date(2023, 11, 1), datetime.date(2024, 10, 31)))
            self.assertIs(r.registered, True)
            self.assertEqual(r.authority.body, antq.AuthorityBody.COMMUNE_COMMITTEE)
            self.assertEqual(r.failed(), [])
            outcomes = {c.id: c.outcome for c in r.checks}
            self.assertEqual(outcomes["C124-RA-01b"], Outcome.PASS)
            self.assertEqual(outcomes["C124-PER-01"], Outcome.NOT_APPLICABLE)

    def test_fail_with_citation_and_gap(self):
        unit, ev = village(households_registered=209)
        with antq.evaluate(unit, ev) as r:
            self.assertEqual(r.verdict, Verdict.NOT_CERTIFIED)
            failed = r.failed()
            self.assertEqual([c.id for c in failed], ["C124-RA-01b"])
            check = r.check("C124-RA-01b")
            self.assertEqual(check.outcome, Outcome.FAIL)
            self.assertEqual(check.citation, antq.Citation("124/2021/TT-BCA", 4, 1, None))
            self.assertEqual(check.citation_text("vi"), "khoản 1 Điều 4 Thông tư 124/2021/TT-BCA")
            self.assertEqual(check.citation_text("en"), "Art. 4(1), Circular 124/2021/TT-BCA")
            self.assertIn("100% hộ gia đình", check.criterion.text("vi"))
            self.assertIn("All households", check.criterion.text_en)
            (fact,) = check.facts
            self.assertEqual(fact.kind, antq.FactKind.HOUSEHOLDS_REGISTERED)
            self.assertEqual(fact.kind_name, "households_registered")
            self.assertEqual((fact.outcome, fact.value, fact.total, fact.gap), (Outcome.FAIL, 209, 212, 3))
            self.assertEqual(fact.op, antq.Op.EQ_ALL)
            self.assertEqual(fact.text("en"), "registered 209 of 212 resident households; required: all (100%)")
            self.assertEqual(fact.text("vi"), "209/212 hộ đang cư trú đã đăng ký; yêu cầu: tất cả (100%)")
            self.assertIsNone(r.check("NO-SUCH-CRITERION"))

    def test_explain_both_languages(self):
        with antq.evaluate(*village(households_registered=209)) as r:
            vi, en = r.explain("vi"), r.explain(antq.Lang.EN)
            self.assertIn("Kết quả: CHƯA ĐẠT tiêu chuẩn", vi)
            self.assertIn("khoản 1 Điều 4 Thông tư 124/2021/TT-BCA", vi)
            self.assertIn("Verdict: NOT CERTIFIED", en)
            self.assertIn("Art. 4(1), Circular 124/2021/TT-BCA", en)
            self.assertEqual(r.explain(), vi)  # Vietnamese is the default
            self.assertRegex(r.what_it_takes("en"), r"C124-RA-01b .*\b3 more household")
            self.assertIn("C124-RA-01b", r.what_it_takes("vi"))
            with self.assertRaises(ValueError):
                r.explain("fr")

    def test_unknown_is_never_a_pass(self):
        with antq.evaluate(*village(households_registered=None)) as r:
            self.assertEqual(r.verdict, Verdict.UNDETERMINED)
            fact = r.check("C124-RA-01b").facts[0]
            self.assertEqual(fact.outcome, Outcome.UNKNOWN)
            self.assertIsNone(fact.value)
            self.assertEqual(fact.missing, "households_registered")

    def test_events_and_options(self):
        crime = antq.Event(date=datetime.date(2024, 3, 5), kind="crime", severity=antq.Severity.VERY_SERIOUS,
                           handled_promptly=False, force_majeure=False, note="cướp tài sản")
        with antq.evaluate(*village(events=[crime])) as r:
            self.assertEqual(r.verdict, Verdict.NOT_CERTIFIED)
            self.assertEqual(r.check("C124-RA-04b").outcome, Outcome.FAIL)
            fact = [f for f in r.check("C124-RA-04b").facts if f.outcome == Outcome.FAIL][0]
            self.assertEqual(fact.detail_enum, antq.EventKind.CRIME)
            self.assertEqual(fact.date, datetime.date(2024, 3, 5))
        # social evils 2 -> 2: passes "not increased" (default) but not "strictly reduced" (N1)
        strict = antq.Options(trend_mode=antq.TrendMode.STRICTLY_REDUCED)
        with antq.evaluate(*village(), options=strict) as r:
            self.assertEqual(r.check("C124-RA-04a").outcome, Outcome.FAIL)

    def test_extra_criteria(self):
        opts = antq.Options(extra=[antq.ExtraCriterion("BK-01", "Không có điểm nóng về ma túy",
                                                       "No drug hotspot", kinds=["residential_area"])])
        with antq.evaluate(*village(extra={"BK-01": False}), options=opts) as r:
            self.assertEqual(r.check("C124-PER-01").outcome, Outcome.FAIL)
            self.assertEqual(r.check("C124-PER-01").facts[0].subject, "BK-01")
        with antq.evaluate(*village(extra={"BK-01": True}), options=opts) as r:
            self.assertEqual(r.verdict, Verdict.CERTIFIED)

    def test_to_json(self):
        with antq.evaluate(*village(households_registered=209)) as r:
            doc = json.loads(r.to_json("en"))
            self.assertEqual(doc, r.to_dict("en"))
            self.assertEqual(doc["unit"], "TP-PHU-MY")
            self.assertEqual(doc["name"], "Thôn Phú Mỹ")
            self.assertEqual(doc["verdict"], "not_certified")
            self.assertTrue(r.to_csv().startswith("TP-PHU-MY,"))

    def test_invalid_input_raises_with_path(self):
        unit, ev = village(households_registered=300)  # more than resident
        with self.assertRaises(antq.AntqError) as cm:
            antq.evaluate(unit, ev)
        e = cm.exception
        self.assertLess(e.code, 0)
        self.assertEqual(e.name, antq.status_name(e.code))
        self.assertIn("households_registered", e.path)
        self.assertEqual((e.line, e.column), (0, 0))  # not from text
        with self.assertRaises(antq.MissingError) as cm:
            antq.Unit(id=None, kind="commune").validate()
        self.assertEqual(cm.exception.path, "/id")
        self.assertEqual(cm.exception.name, "ANTQ_EMISSING")
        with self.assertRaises(TypeError):
            antq.evaluate("not a unit", ev)
        with self.assertRaises(ValueError):
            antq.Evidence(year=2024, registration_date="2024-02-30")._to_c([])
        with self.assertRaises(ValueError):
            antq.Unit(id="X", kind="village")

    def test_commune_with_rollup(self):
        commune = antq.Unit(id="XA-1", kind="commune", commune_type="commune", has_party_org=True)
        rollup = antq.Rollup("XA-1")
        for i, registered in enumerate([True, True, True, False]):
            member = antq.Unit(id=f"TH-{i}", kind="residential_area", parent_id="XA-1")
            unit, ev = village(registered=registered)
            with antq.evaluate(antq.model.replace(unit, id=member.id, parent_id="XA-1"), ev) as r:
                rollup.add(member, ev, r)
        self.assertEqual((rollup.commune_id, rollup.ra_total, rollup.ra_registered), ("XA-1", 4, 3))
        ev = antq.Evidence(year=2024, registered=True, registration_date="2024-02-10",
                           party_resolution_date="2024-01-15", plan_date="2024-01-20", implements_policy=True,
                           events_recorded=True, disciplines_recorded=True, effective_models=2, crimes=1,
                           crimes_prev=1, social_evils=0, social_evils_prev=0, other_violations=0,
                           other_violations_prev=0, supervision_effective=True, police_effective=True)
        with antq.evaluate(commune, ev, rollup=rollup) as r:
            self.assertEqual(r.unit_kind, Kind.COMMUNE)
            facts = {f.kind: f for c in r.checks for f in c.facts}
            self.assertEqual((facts[antq.FactKind.MEMBERS_REGISTERED].value,
                              facts[antq.FactKind.MEMBERS_REGISTERED].total), (3, 4))
        with self.assertRaises(antq.InvalidError):  # member of another commune
            rollup.add(antq.Unit(id="TH-X", kind="residential_area", parent_id="XA-2"), ev, None)
        territory = [antq.Event(date="2024-05-01", kind="crime", severity="particularly_serious", unit_id="TH-0")]
        with antq.evaluate(commune, ev, rollup=rollup, territory_events=territory) as r:
            self.assertEqual(r.verdict, Verdict.NOT_CERTIFIED)


class TestAuthorityAndProcedure(unittest.TestCase):
    """124/2021 Art. 8.1 (extra criteria read from events), 9.1, 10, 10.5."""

    def test_delegation_issues(self):
        d = antq.Delegation(from_level="province", to_level="commune", kinds={Kind.AGENCY})
        self.assertEqual(d.issue(datetime.date(2024, 11, 15)), antq.DelegationIssue.MORE_THAN_ONE_LEVEL)
        self.assertEqual(d.issue(datetime.date(2025, 11, 15)), antq.DelegationIssue.VALID)
        with self.assertRaises(antq.RangeError) as cm:
            d.validate(datetime.date(2024, 11, 15))
        self.assertIn("more than one level down", str(cm.exception))
        d = antq.Delegation(from_level="district", to_level="commune", kinds={Kind.RESIDENTIAL_AREA})
        self.assertEqual(d.issue(datetime.date(2024, 11, 15)), antq.DelegationIssue.KIND_NOT_DELEGABLE)

    def test_result_authority_and_delegation(self):
        unit, ev = village(decision_date=datetime.date(2024, 11, 15), decision_body="commune_committee")
        with antq.evaluate(unit, ev) as r:
            self.assertEqual(r.verdict, Verdict.CERTIFIED)  # a late decision changes no verdict
            self.assertTrue(r.irregular)
            self.assertEqual([c.id for c in r.irregularities()], ["C124-PROC-07"])
            self.assertEqual(r.failed(), [])
            self.assertEqual(r.authority.appraiser, antq.AuthorityBody.COMMUNE_STEERING_OFFICE)
            self.assertEqual(r.recognising_level, antq.Level.COMMUNE)
            self.assertIsNone(r.delegation)
        school = antq.Unit(id="THPT-1", kind=Kind.EDUCATIONAL_INSTITUTION, managing_level="province",
                           education_level="upper_secondary")
        opts = antq.Options(delegations=[antq.Delegation("province", "district", {Kind.EDUCATIONAL_INSTITUTION},
                                                         decision="QĐ 12/2023", decision_date="2023-05-10")])
        with antq.evaluate(school, antq.Evidence(year=2024), options=opts) as r:
            self.assertEqual(r.delegation.decision, "QĐ 12/2023")
            self.assertEqual(r.recognising_level, antq.Level.DISTRICT)
            self.assertEqual(r.authority.body, antq.AuthorityBody.DISTRICT_COMMITTEE)
            self.assertEqual(r.check("C124-AUTH-05").outcome, Outcome.PASS)

    def test_extra_criterion_from_events(self):
        x = antq.ExtraCriterion(id="P-01", text_vi="Không để xảy ra tai nạn giao thông làm chết người.",
                                kinds={Kind.RESIDENTIAL_AREA}, fails_on_events={"fatal_traffic_accident"})
        unit, ev = village(events=[antq.Event(date="2024-06-01", kind="fatal_traffic_accident")])
        with antq.evaluate(unit, ev, options=antq.Options(extra=[x])) as r:
            self.assertEqual(r.verdict, Verdict.NOT_CERTIFIED)
            fact = r.check("C124-PER-01").facts[0]
            self.assertEqual(fact.kind, antq.FactKind.EXTRA_EVENTS)
            self.assertEqual(fact.detail_enum, antq.EventKind.FATAL_TRAFFIC_ACCIDENT)
        self.assertEqual(antq.Options(extra=[x]).defaults().period_start, antq.PeriodStart.DAY_AFTER)

    def test_authority_table_is_checked(self):
        cite = antq.Citation(instrument="Quyết định 7/2025/QĐ-UBND", article=2, clause=0)
        rows = [antq.AuthorityRule(datetime.date(2025, 7, 1), datetime.date(2025, 12, 31), Kind.COMMUNE, None,
                                   antq.AuthorityBody.PROVINCE_COMMITTEE, 1120, citation=cite),
                antq.AuthorityRule(datetime.date(2026, 1, 2), None, Kind.COMMUNE, None,
                                   antq.AuthorityBody.PROVINCE_COMMITTEE, 1120, citation=cite)]
        with self.assertRaises(antq.RangeError):
            antq.authority_table_validate(rows)
        rows[1].valid_from = datetime.date(2026, 1, 1)
        antq.authority_table_validate(rows)
class TestReusedStandards(unittest.TestCase):
    """rules.md §4: standards that reuse the result, on the same evaluator."""

    def commune(self):
        unit = antq.Unit(id="XA-1", kind="commune", commune_type="ward", has_party_org=True)
        ev = antq.Evidence(year=2024, registered=True, registration_date="2024-02-10",
                           party_resolution_date="2024-01-15", plan_date="2024-01-20", implements_policy=True,
                           events_recorded=True, disciplines_recorded=True, effective_models=2, crimes=1,
                           crimes_prev=1, social_evils=0, social_evils_prev=0, other_violations=0,
                           other_violations_prev=0, supervision_effective=True, police_effective=True,
                           members_total=10, members_registered=10, members_certified=7)
        return unit, ev

    def test_legal_access_follows_the_safe_verdict(self):
        unit, ev = self.commune()
        with antq.evaluate(unit, ev, standard="legal-access") as r:
            self.assertEqual(r.standard, antq.Standard.LEGAL_ACCESS)
            self.assertEqual(r.verdict, Verdict.CERTIFIED)
            self.assertEqual(r.checks[0].criterion.id, "TCPL-01")
            self.assertEqual(r.checks[0].criterion.status, antq.RuleStatus.VERIFIED)
        with antq.evaluate(unit, antq.model.replace(ev, police_effective=False), standard="legal-access") as r:
            self.assertEqual(r.verdict, Verdict.NOT_CERTIFIED)

    def test_unverified_contents_are_unknown_until_answered(self):
        unit, ev = self.commune()
        with antq.evaluate(unit, ev, standard=antq.Standard.CIVILIZED_URBAN) as r:
            self.assertEqual(r.verdict, Verdict.UNDETERMINED)
            self.assertEqual(r.check("DTVM-03-2").outcome, Outcome.UNKNOWN)

    def test_catalogue_filter_and_names(self):
        rows = antq.catalogue(standard="new-rural-19.2")
        self.assertEqual([c.id for c in rows], ["NTM-03a", "NTM-03b", "NTM-03c", "NTM-03d", "NTM-04"])
        self.assertEqual(antq.standard_name(antq.Standard.TYPICAL_UNIT), "typical-unit")
        self.assertIn("25/2021/QĐ-TTg", antq.standard_title("legal-access", "en"))
        self.assertEqual(antq.Options.defaults().new_rural_points, antq.NewRuralPoints.A_E)


class TestCatalogue(unittest.TestCase):
    def test_catalogue(self):
        rows = antq.catalogue()
        self.assertGreater(len(rows), 30)
        ids = [c.id for c in rows]
        self.assertEqual(len(ids), len(set(ids)))
        ra01b = antq.criterion("C124-RA-01b")
        self.assertIn(ra01b, rows)
        self.assertEqual(ra01b.kinds, {Kind.RESIDENTIAL_AREA})
        self.assertTrue(ra01b.applies("residential_area", datetime.date(2024, 10, 31)))
        self.assertFalse(ra01b.applies(Kind.COMMUNE, datetime.date(2024, 10, 31)))
        self.assertFalse(ra01b.applies(Kind.RESIDENTIAL_AREA, datetime.date(2020, 10, 31)))  # 23/2012 then
        self.assertIsNone(antq.criterion("nope"))

    def test_rulesets_periods_authority(self):
        self.assertEqual([r.id for r in antq.rulesets()], ["23/2012/TT-BCA", "124/2021/TT-BCA"])
        self.assertEqual(antq.ruleset_for_date("2020-06-30").id, "23/2012/TT-BCA")
        self.assertIsNone(antq.ruleset_for_date(datetime.date(2000, 1, 1)))
        start, end, rs = antq.period_for("residential_area", 2024)
        self.assertEqual((start, end, rs.id), (datetime.date(2023, 11, 1), datetime.date(2024, 10, 31),
                                               "124/2021/TT-BCA"))
        with self.assertRaises(antq.InvalidError):
            antq.period_for("unknown", 2024)
        self.assertGreater(len(antq.authority_table()), 3)
        rule = antq.authority_find("agency", "province", "2024-11-01")
        self.assertEqual(rule.body, antq.AuthorityBody.PROVINCE_COMMITTEE)
        self.assertEqual(rule.body_name, "province_committee")
        mine = [antq.AuthorityRule(datetime.date(2020, 1, 1), None, Kind.AGENCY, None, antq.AuthorityBody.MINISTER)]
        self.assertEqual(antq.authority_find("agency", "province", "2024-11-01", mine).body, antq.AuthorityBody.MINISTER)

    def test_names_and_dates(self):
        self.assertEqual(antq.unit_kind_name(Kind.EDUCATIONAL_INSTITUTION), "educational_institution")
        self.assertEqual(antq.unit_kind_from_name("commune"), Kind.COMMUNE)
        self.assertEqual(antq.event_kind_name(antq.EventKind.SCHOOL_VIOLENCE), "school_violence")
        self.assertEqual(antq.event_kind_from_name("crime"), antq.EventKind.CRIME)
        self.assertEqual(antq.verdict_name(Verdict.UNDETERMINED), "undetermined")
        self.assertEqual(antq.outcome_name(Outcome.NOT_APPLICABLE), "not_applicable")
        self.assertEqual(antq.strerror(antq.Status.EPARSE), "malformed input (syntax error)")
        self.assertTrue(antq.education_level_is_general("upper_secondary"))
        self.assertEqual(antq.make_date(2024, 2, 29), datetime.date(2024, 2, 29))
        self.assertIsNone(antq.make_date(2023, 2, 29))
        self.assertEqual(antq.parse_date("2024-03-15"), datetime.date(2024, 3, 15))
        with self.assertRaises(antq.RangeError):
            antq.parse_date("2024-02-30")
        with self.assertRaises(antq.ParseError):
            antq.parse_date("15/03/2024")
        self.assertEqual(antq.format_date(datetime.date(2024, 3, 15)), "2024-03-15")
        self.assertEqual(antq.date_add_days("2024-02-28", 2), datetime.date(2024, 3, 1))
        self.assertEqual(antq.Options.defaults().school_year_end_mmdd, 531)

    def test_version(self):
        # the binding is released with the library: the same version, and the number follows the text
        self.assertEqual(antq.version(), antq.__version__)
        major, minor, patch = (int(x) for x in antq.version().split("."))
        self.assertEqual(antq.version_number(), major * 10000 + minor * 100 + patch)


if __name__ == "__main__":
    unittest.main()
