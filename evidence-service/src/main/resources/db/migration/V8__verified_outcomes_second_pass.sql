-- Second verification pass: outcome rows for trials stored in V6 without outcomes.
-- Every figure below appears in a search excerpt quoted in docs/research/trials.md, section "Second pass (V8)".
-- A hazard ratio is stored only together with both bounds of its 95% CI; a hazard ratio seen without its CI
-- is given in the note instead. A DOI not seen in any excerpt is flagged "DOI not independently verified".
-- CHOW-2007 gets no rows: none of its figures was found.
INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('KEYNOTE-355', 'OS', 'final OS analysis, PD-L1 CPS >= 10 subgroup', 23.0, 16.1, 0.73, 0.55, 0.95, '0.0185', '2a', NULL,
 '10.1056/NEJMoa2202809', 'Median follow-up 44.1 months; criterion for significance met. CPS >= 1 subgroup: 17.6 vs 16.0 months, HR 0.86 (0.72-1.04). DOI not independently verified.'),
('KEYNOTE-355', 'PFS', 'PFS, PD-L1 CPS >= 10 subgroup (primary analyses as restated in a 2022 CPS-subgroup abstract; data cutoff 15 June 2021)', NULL, NULL, 0.66, 0.50, 0.88, NULL, '2b', NULL,
 '10.1056/NEJMoa2202809', 'Source is a COSA 2022 conference abstract (secondary). The interim PFS analysis (Cortes, Lancet 2020) and the PFS medians are not verified and not stored. DOI not independently verified.'),
('OLYMPIAD', 'PFS', 'primary PFS analysis (blinded independent central review)', 7.0, 4.2, 0.58, 0.43, 0.80, '<0.001', '2b', NULL,
 '10.1056/NEJMoa1706450', 'Response rate 59.9% with olaparib vs 28.8% with standard therapy.'),
('OLYMPIAD', 'OS', 'final prespecified OS analysis (64% maturity)', 19.3, 17.1, NULL, NULL, NULL, '0.513', '2a', NULL,
 '10.1093/annonc/mdz012', 'Hazard ratio of this analysis not seen, so not stored. Post hoc extended follow-up (76.8% maturity): 19.3 vs 17.1 months, HR 0.89 (0.67-1.18). DOI (Robson, Ann Oncol 2019) not independently verified.'),
('EMBRACA', 'PFS', 'primary PFS analysis', 8.6, 5.6, 0.542, 0.413, 0.711, '<0.0001', '2b', NULL,
 '10.1056/NEJMoa1802905', 'Objective response 62.6% vs 27.2% (odds ratio 4.99). Medians from a secondary source (ACT Genomics news item). DOI not independently verified.'),
('EMBRACA', 'OS', 'final OS analysis', 19.3, 19.5, 0.848, 0.670, 1.073, '0.17', '2a', NULL,
 '10.1016/j.annonc.2020.08.2098', 'No significant OS benefit; 32.6% of the chemotherapy arm received a PARP inhibitor afterwards (4.5% of the talazoparib arm).'),
('TROPICS-02', 'PFS', 'primary PFS analysis (blinded independent central review)', 5.5, 4.0, 0.66, 0.53, 0.83, '0.0003', '2b', NULL,
 '10.1200/JCO.22.01002', 'CI from ESMO-MCBS scorecard 374 (secondary). DOI not independently verified.'),
('TROPICS-02', 'OS', 'second planned interim OS analysis (protocol-specified final OS analysis, 390 events)', 14.4, 11.2, 0.79, 0.65, 0.96, '0.02', '2a', '4',
 '10.1016/S0140-6736(23)01245-X', 'ESMO-MCBS v1.1 scorecard 374: grade 4, evaluated outcome OS (Form 2a); QoL claim does not meet ESMO-MCBS standards.'),
('KEYNOTE-086', 'ORR', 'objective response rate, cohort A (previously treated)', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
 '10.1093/annonc/mdy517', 'Single-arm: ORR 5.3% (5.7% in PD-L1-positive disease); median OS 9.0 months. Secondary source (Nat Rev Clin Oncol). DOI not independently verified.'),
('KEYNOTE-086', 'ORR', 'objective response rate, cohort B (previously untreated, PD-L1-positive)', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
 '10.1093/annonc/mdy518', 'Single-arm: ORR 21.4%; median OS 18.0 months. Secondary source (Nat Rev Clin Oncol). DOI not independently verified.'),
('ABCSG-18', 'FRACTURE', 'primary analysis: time to first clinical fracture', NULL, NULL, NULL, NULL, NULL, '<0.0001', NULL, NULL,
 '10.1016/S0140-6736(15)60995-3', 'Hazard ratio 0.50 (95% CI not seen, so not stored). Clinical fracture rate 5.0% vs 9.6% at 36 months and 11.5% vs 26.2% at 84 months (denosumab vs placebo). Secondary source (EndocrineWeb). DOI not independently verified.'),
('AZURE', 'DFS', 'primary DFS analysis (median follow-up 59 months)', NULL, NULL, 0.98, 0.85, 1.13, '0.79', NULL, NULL,
 '10.1056/NEJMoa1105195', 'Secondary source (review table, J Clin Med 2013). No DFS benefit overall.'),
('AZURE', 'DFS', 'final efficacy analysis (median follow-up 84 months), DFS overall', NULL, NULL, NULL, NULL, NULL, '0.30', NULL, NULL,
 '10.1016/S1470-2045(14)70302-X', 'Adjusted hazard ratio 0.94 (95% CI not seen, so not stored). Secondary source (ASCO Post).'),
('AZURE', 'DFS', 'final efficacy analysis, invasive DFS in women > 5 years postmenopausal (subgroup, n = 1041)', NULL, NULL, 0.77, 0.63, 0.96, NULL, NULL, NULL,
 '10.1016/S1470-2045(14)70302-X', 'Subgroup; no difference in the other menopausal-status subgroups (2318 patients). Secondary source (ASCO Post).');

UPDATE trial SET version = version + 1 WHERE trial_id IN ('KEYNOTE-355', 'OLYMPIAD', 'EMBRACA', 'TROPICS-02', 'KEYNOTE-086', 'ABCSG-18', 'AZURE');
UPDATE knowledge_version SET version = version + 1, changed_at = now() WHERE id = 1;
