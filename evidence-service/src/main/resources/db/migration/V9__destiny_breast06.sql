-- DESTINY-Breast06: trastuzumab deruxtecan after endocrine therapy, before chemotherapy, in HR+ HER2-low and
-- HER2-ultralow metastatic breast cancer. Bardia A et al. N Engl J Med 2024;391(22):2110-2122,
-- doi:10.1056/NEJMoa2407086 (DOI seen in several citations). Excerpts: docs/research/trials.md, "DESTINY-Breast06".
-- Primary endpoint figures are the NEJM abstract's. Discrepancy recorded: the ASCO 2024 presentation (Curigliano,
-- as summarised by ACT Genomics, 25 July 2024) gives the HER2-low PFS CI as 0.51-0.74; the publication's 0.52-0.75
-- is stored. Overall survival was immature at this analysis, so no OS row.
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('DESTINY-BREAST06', 'Trastuzumab deruxtecan after endocrine therapy in metastatic breast cancer (DESTINY-Breast06)', 'III',
 'randomised 1:1, open-label, active-controlled (physician''s choice of chemotherapy)',
 'hormone receptor-positive metastatic breast cancer with HER2-low (IHC 1+ or 2+/ISH-negative, n = 713) or HER2-ultralow (IHC 0 with membrane staining, n = 153) expression, after one or more lines of endocrine-based therapy and no chemotherapy for metastatic disease',
 'HR+/HER2-low or ultralow', 'later', 'metastatic', 866, 'PFS', '10.1056/NEJMoa2407086',
 'Bardia A et al. N Engl J Med 2024;391:2110-2122',
 '[{"label":"experimental","regimen":"trastuzumab deruxtecan 5.4 mg/kg every 3 weeks","agents":["trastuzumab deruxtecan"],"n":null},
   {"label":"control","regimen":"physician''s choice: capecitabine, paclitaxel or nab-paclitaxel","agents":["capecitabine","paclitaxel"],"n":null}]');

INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('DESTINY-BREAST06', 'PFS', 'primary analysis, HER2-low population (blinded independent central review)', 13.2, 8.1, 0.62, 0.52, 0.75, '<0.001', '2b', NULL,
 '10.1056/NEJMoa2407086', 'NEJM abstract. The ASCO 2024 presentation gave 95% CI 0.51-0.74 for the same comparison.'),
('DESTINY-BREAST06', 'PFS', 'all randomised patients, HER2-low and HER2-ultralow (blinded independent central review)', 13.2, 8.1, 0.63, 0.53, 0.75, '<0.0001', '2b', NULL,
 '10.1056/NEJMoa2407086', 'Figures from the ASCO 2024 presentation (Curigliano et al.), as summarised by ACT Genomics on 25 July 2024.'),
('DESTINY-BREAST06', 'PFS', 'exploratory, HER2-ultralow population', 13.2, 8.3, 0.78, 0.50, 1.21, NULL, NULL, NULL,
 '10.1056/NEJMoa2407086', 'Exploratory subgroup (n = 153), consistent with HER2-low per the publication; ASCO 2024 presentation figures.');

UPDATE knowledge_version SET version = version + 1, changed_at = now() WHERE id = 1;
