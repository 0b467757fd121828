-- Imlunestrant (EMBER-3), new in the evidence base. Label facts as reported with the FDA approval of Inluriyo on
-- 25 September 2025: 400 mg orally once daily as two 200 mg tablets. Not on the WHO EML 24th list (2025); no ATC
-- code verified. Excerpts: docs/research/trials-2025.md.
INSERT INTO drug (inn, atc_code, who_eml, who_eml_year, who_eml_source, who_eml_indication, generic_exists, generic_source,
    dose_mg, administrations_per_cycle, cycle_days, schedule, schedule_source, minimum_tier, requires_test,
    formulations, formulations_source) VALUES
('imlunestrant', NULL, 'not_listed', 2025, 'WHO Model List of Essential Medicines, 24th list (2025), doi:10.2471/B09474',
 'absent from the 24th list', NULL, 'not searched; unknown',
 400, 28, 28, '400 mg orally once daily', 'Inluriyo US prescribing information as reported at approval', 'maximal',
 'ESR1 (ctDNA)', 'tablet: 200 mg', 'Inluriyo approval report (two 200 mg tablets per dose)')
ON CONFLICT (inn) DO NOTHING;

INSERT INTO listing (country_code, inn, registered, reimbursed, generic_available, availability_source, availability_as_of) VALUES
('US', 'imlunestrant', TRUE, NULL, NULL, 'FDA approved Inluriyo on 25 September 2025 (ER+/HER2-/ESR1-mutated advanced breast cancer after >= 1 line of endocrine therapy)', '2025-09-25')
ON CONFLICT (country_code, inn) DO NOTHING;
