-- INAVO120: inavolisib + palbociclib + fulvestrant for PIK3CA-mutated HR+/HER2- advanced breast cancer relapsing
-- during or within 12 months of adjuvant endocrine therapy, no systemic therapy for advanced disease.
-- Turner NC et al. N Engl J Med 2024;391(17):1584-1596, doi:10.1056/NEJMoa2404625 (PFS); Jhaveri KL et al.
-- N Engl J Med 2025, doi:10.1056/NEJMoa2501796 (final OS). Excerpts: docs/research/inavo120.md (article texts read
-- from a stored copy, cross-checked against FDA-derived label text). No ATC code could be verified (NULL).
INSERT INTO treatment (inn, atc_code, modality, drug_class, mechanism, status, source) VALUES
('inavolisib', NULL, 'targeted', 'PI3K-alpha inhibitor',
 'Selectively inhibits the PI3K p110-alpha isoform and promotes degradation of the mutant p110-alpha protein; given with palbociclib and fulvestrant for PIK3CA-mutated, endocrine-resistant HR+/HER2- disease.',
 'standard', 'Itovebi US label (FDA approval 10 October 2024); INAVO120 (doi:10.1056/NEJMoa2404625)');

INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('INAVO120', 'Inavolisib plus palbociclib and fulvestrant in PIK3CA-mutated advanced breast cancer (INAVO120)', 'III',
 'randomised 1:1, double-blind, placebo-controlled',
 'PIK3CA-mutated HR+/HER2- advanced breast cancer that progressed during or within 12 months of completing adjuvant endocrine therapy, with no previous systemic therapy for advanced disease',
 'HR+/HER2-', 'first', 'metastatic', 325, 'PFS', '10.1056/NEJMoa2404625',
 'Turner NC et al. N Engl J Med 2024;391:1584-1596; final OS: Jhaveri KL et al. N Engl J Med 2025 (doi:10.1056/NEJMoa2501796)',
 '[{"label":"experimental","regimen":"inavolisib 9 mg daily + palbociclib + fulvestrant","agents":["inavolisib","palbociclib","fulvestrant"],"n":161},
   {"label":"control","regimen":"placebo + palbociclib + fulvestrant","agents":["palbociclib","fulvestrant"],"n":164}]');

INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('INAVO120', 'PFS', 'primary PFS analysis (investigator), data cut-off 29 September 2023', 15.0, 7.3, 0.43, 0.32, 0.59, '<0.001', '2b', NULL,
 '10.1056/NEJMoa2404625', 'Objective response 58.4% vs 25.0%.'),
('INAVO120', 'OS', 'final OS analysis', 34.0, 27.0, 0.67, 0.48, 0.94, '0.02', '2a', NULL,
 '10.1056/NEJMoa2501796', 'Median follow-up 34.2 vs 32.3 months.');

UPDATE knowledge_version SET version = version + 1, changed_at = now() WHERE id = 1;
