-- Inavolisib, the evidence service's newest agent (INAVO120). Label facts: Itovebi US label (9 mg orally once daily;
-- tablets 3 mg and 9 mg; FDA approval 10 October 2024; NDA 219249). Not on the WHO EML 24th list (2025). No ATC code
-- could be verified. Excerpts: docs/research/inavo120.md.
INSERT INTO drug (inn, atc_code, who_eml, who_eml_year, who_eml_source, who_eml_indication, generic_exists, generic_source,
    dose_mg, administrations_per_cycle, cycle_days, schedule, schedule_source, minimum_tier, requires_test,
    formulations, formulations_source) VALUES
('inavolisib', NULL, 'not_listed', 2025, 'WHO Model List of Essential Medicines, 24th list (2025), doi:10.2471/B09474',
 'absent from the 24th list', NULL, 'not searched; unknown',
 9, 28, 28, '9 mg orally once daily (with palbociclib and fulvestrant)', 'Itovebi US label', 'maximal',
 'PIK3CA (tissue or ctDNA NGS/PCR)', 'tablet: 3 mg, 9 mg', 'Itovebi US label; Swiss product information')
ON CONFLICT (inn) DO NOTHING;

INSERT INTO listing (country_code, inn, registered, reimbursed, generic_available, availability_source, availability_as_of) VALUES
('US', 'inavolisib', TRUE, NULL, NULL, 'FDA approved Itovebi on 10 October 2024 (PIK3CA-mutated, endocrine-resistant HR+/HER2- advanced breast cancer, with palbociclib and fulvestrant)', '2024-10-10')
ON CONFLICT (country_code, inn) DO NOTHING;
