-- CDK4/6 inhibitors with fulvestrant (endocrine-resistant or pretreated HR+/HER2- disease), and PALOMA-2's final OS.
-- Figures: docs/research/trials.md (each with the page it was verified on).
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('MONALEESA-3', 'Ribociclib plus fulvestrant for postmenopausal HR-positive, HER2-negative advanced breast cancer', 'III',
 'randomised 2:1, double-blind, placebo-controlled',
 'postmenopausal women and men, HR+/HER2- advanced breast cancer, no or one prior endocrine therapy for advanced disease, no chemotherapy for advanced disease',
 'HR+/HER2-', 'first', 'metastatic', 726, 'PFS', '10.1200/JCO.2018.78.9909',
 'Slamon DJ et al. J Clin Oncol 2018;36:2465-2472; Slamon DJ et al. N Engl J Med 2020;382:514-524; Slamon DJ et al. Ann Oncol 2021',
 '[{"label":"experimental","regimen":"ribociclib 600 mg days 1-21 q28d + fulvestrant 500 mg","agents":["ribociclib","fulvestrant"],"n":484},
   {"label":"control","regimen":"placebo + fulvestrant 500 mg","agents":["fulvestrant"],"n":242}]'),
('PALOMA-3', 'Palbociclib plus fulvestrant after progression on endocrine therapy', 'III',
 'randomised 2:1, double-blind, placebo-controlled',
 'HR+/HER2- advanced breast cancer progressing on prior endocrine therapy, any menopausal status (pre/perimenopausal women received goserelin)',
 'HR+/HER2-', 'second', 'metastatic', 521, 'PFS', '10.1016/S1470-2045(15)00613-0',
 'Cristofanilli M et al. Lancet Oncol 2016;17:425-439; Turner NC et al. N Engl J Med 2018;379:1926-1936',
 '[{"label":"experimental","regimen":"palbociclib 125 mg days 1-21 q28d + fulvestrant 500 mg (+ goserelin if pre/perimenopausal)","agents":["palbociclib","fulvestrant","goserelin"],"n":347},
   {"label":"control","regimen":"placebo + fulvestrant 500 mg (+ goserelin if pre/perimenopausal)","agents":["fulvestrant","goserelin"],"n":174}]');

INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('MONALEESA-3', 'PFS', 'primary PFS analysis (investigator)', 20.5, 12.8, 0.593, 0.480, 0.732, '<0.001', '2b', NULL,
 '10.1200/JCO.2018.78.9909', NULL),
('MONALEESA-3', 'OS', 'second interim OS analysis', NULL, NULL, 0.72, 0.57, 0.92, '0.00455', '2a', NULL,
 '10.1056/NEJMoa1911149', 'Estimated 42-month OS 57.8% vs 45.9%.'),
('MONALEESA-3', 'OS', 'updated OS analysis (exploratory, median follow-up 56.3 months)', 53.7, 41.5, 0.73, 0.59, 0.90, NULL, '2a', '4',
 '10.1016/j.annonc.2021.05.353', 'ESMO-MCBS scorecard 161: OS gain 12.2 months; no global QoL benefit observed.'),
('PALOMA-3', 'PFS', 'final PFS analysis (investigator)', 9.5, 4.6, 0.46, 0.36, 0.59, NULL, '2b', NULL,
 '10.1016/S1470-2045(15)00613-0', 'A later re-analysis (Breast 2022) gives these figures for the endocrine-sensitive subgroup and 11.2 vs 4.6 months, HR 0.50 (0.40-0.62), for the whole trial; the figures here are those of the 2016 primary publication.'),
('PALOMA-3', 'OS', 'final OS analysis', 34.9, 28.0, 0.81, 0.64, 1.03, '0.09', '2a', NULL,
 '10.1056/NEJMoa1810527', 'Not statistically significant (HR 0.814, 95% CI 0.644-1.029).'),
('PALOMA-2', 'OS', 'final OS analysis', 53.9, 51.2, 0.956, 0.777, 1.177, '0.3378 (one-sided)', '2a', NULL,
 '10.1200/JCO.23.00137', 'No significant overall survival benefit.');

-- A migration that changes an existing aggregate bumps its version (and the knowledge version), so the start-up
-- publisher sends the new state to consumers.
UPDATE trial SET version = version + 1 WHERE trial_id = 'PALOMA-2';
UPDATE knowledge_version SET version = version + 1, changed_at = now() WHERE id = 1;
