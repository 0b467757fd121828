-- Trials behind the FDA approvals of September 2025 to June 2026 (excerpts, sources and dates:
-- docs/research/trials-2025.md; figures from the publications' abstracts as quoted by secondary pages, each named).
-- EMBER-3 (imlunestrant, ESR1-mutated; approved 25 Sep 2025), DESTINY-Breast09 (T-DXd + pertuzumab first line HER2+;
-- 15 Dec 2025), TROPION-Breast02 (Dato-DXd first line TNBC not candidates for PD-(L)1; 22 May 2026), ASCENT-03
-- (sacituzumab first line TNBC not candidates for PD-(L)1; 24 Jun 2026), ASCENT-04/KEYNOTE-D19 (sacituzumab +
-- pembrolizumab first line TNBC PD-L1 CPS >= 10; 24 Jun 2026). Overall survival is stored only where reported
-- with its CI and as significant or not; immature OS is said in the note.
INSERT INTO treatment (inn, atc_code, modality, drug_class, mechanism, status, source) VALUES
('imlunestrant', NULL, 'endocrine', 'selective oestrogen receptor degrader (oral)',
 'Oral brain-penetrant antagonist and degrader of oestrogen receptor alpha, active against ESR1-mutated receptors.',
 'standard', 'Inluriyo, FDA approval 25 September 2025 (ER+/HER2-/ESR1-mutated advanced breast cancer after >= 1 line of endocrine therapy); EMBER-3 (doi:10.1056/NEJMoa2410858)');

INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('EMBER-3', 'Imlunestrant with or without abemaciclib in advanced breast cancer (EMBER-3)', 'III',
 'randomised, open-label; imlunestrant vs standard endocrine therapy vs imlunestrant + abemaciclib',
 'ER-positive, HER2-negative advanced breast cancer recurring or progressing on or after an aromatase inhibitor, with or without a CDK4/6 inhibitor',
 'HR+/HER2-', 'second', 'metastatic', NULL, 'PFS', '10.1056/NEJMoa2410858',
 'Jhaveri KL et al. N Engl J Med 2025;392:1189-1202',
 '[{"label":"experimental","regimen":"imlunestrant 400 mg orally daily","agents":["imlunestrant"],"n":null},
   {"label":"control","regimen":"investigator''s choice of fulvestrant or exemestane","agents":["fulvestrant","exemestane"],"n":null}]'),
('DESTINY-BREAST09', 'Trastuzumab deruxtecan plus pertuzumab for HER2-positive metastatic breast cancer (DESTINY-Breast09)', 'III',
 'randomised, open-label for T-DXd + pertuzumab vs THP (a T-DXd + placebo arm stays blinded)',
 'HER2-positive advanced or metastatic breast cancer, no previous systemic therapy for metastatic disease',
 'HER2+', 'first', 'metastatic', 770, 'PFS', '10.1056/NEJMoa2508668',
 'Tolaney SM et al. N Engl J Med, published online 29 October 2025',
 '[{"label":"experimental","regimen":"trastuzumab deruxtecan 5.4 mg/kg + pertuzumab 420 mg every 3 weeks","agents":["trastuzumab deruxtecan","pertuzumab"],"n":383},
   {"label":"control","regimen":"taxane + trastuzumab + pertuzumab (THP)","agents":["docetaxel","paclitaxel","trastuzumab","pertuzumab"],"n":387}]'),
('TROPION-BREAST02', 'Datopotamab deruxtecan as first-line therapy for triple-negative breast cancer not eligible for PD-(L)1 inhibitors (TROPION-Breast02)', 'III',
 'randomised, open-label; dual primary endpoints PFS and OS',
 'previously untreated locally recurrent inoperable or metastatic triple-negative breast cancer, not candidates for PD-1/PD-L1 inhibitor therapy',
 'TNBC', 'first', 'metastatic', 644, 'PFS and OS', 'ESMO 2025 LBA21',
 'Dent RA et al. ESMO Congress 2025, abstract LBA21 (no journal article found)',
 '[{"label":"experimental","regimen":"datopotamab deruxtecan 6 mg/kg every 3 weeks","agents":["datopotamab deruxtecan"],"n":323},
   {"label":"control","regimen":"investigator''s choice of chemotherapy","agents":["paclitaxel","capecitabine"],"n":321}]'),
('ASCENT-03', 'Sacituzumab govitecan as first-line therapy for triple-negative breast cancer not eligible for PD-(L)1 inhibitors (ASCENT-03)', 'III',
 'randomised, open-label',
 'previously untreated locally advanced or metastatic triple-negative breast cancer, not candidates for PD-1/PD-L1 inhibitors',
 'TNBC', 'first', 'metastatic', 558, 'PFS', '10.1056/NEJMoa2511734',
 'Cortes J et al. N Engl J Med 2025;393:1912-1925',
 '[{"label":"experimental","regimen":"sacituzumab govitecan 10 mg/kg days 1 and 8 every 3 weeks","agents":["sacituzumab govitecan"],"n":null},
   {"label":"control","regimen":"chemotherapy of physician''s choice","agents":["paclitaxel","gemcitabine","carboplatin"],"n":null}]'),
('ASCENT-04', 'Sacituzumab govitecan plus pembrolizumab as first-line therapy for PD-L1-positive triple-negative breast cancer (ASCENT-04/KEYNOTE-D19)', 'III',
 'randomised, open-label',
 'previously untreated locally advanced or metastatic triple-negative breast cancer with PD-L1 CPS >= 10',
 'TNBC', 'first', 'metastatic', 443, 'PFS', 'NEJM 2026;394:354-366',
 'Tolaney SM et al. N Engl J Med 2026;394(4):354-366 (DOI not found)',
 '[{"label":"experimental","regimen":"sacituzumab govitecan 10 mg/kg days 1 and 8 + pembrolizumab 200 mg every 3 weeks","agents":["sacituzumab govitecan","pembrolizumab"],"n":221},
   {"label":"control","regimen":"chemotherapy + pembrolizumab","agents":["paclitaxel","gemcitabine","carboplatin","pembrolizumab"],"n":222}]');

INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('EMBER-3', 'PFS', 'primary PFS analysis, ESR1-mutated population, imlunestrant vs standard endocrine therapy', 5.5, 3.8, 0.62, 0.46, 0.82, '0.0008', '2b', NULL,
 '10.1056/NEJMoa2410858', 'n = 138 vs 118. In all patients the difference was not significant: 5.6 vs 5.5 months, HR 0.87 (0.72-1.04). OS immature at approval; an update gave HR 0.60 (0.43-0.86) in ESR1-mutated disease without reaching the significance boundary.'),
('EMBER-3', 'PFS', 'all patients, imlunestrant + abemaciclib vs imlunestrant (concurrently randomised)', 9.4, 5.5, 0.57, 0.44, 0.73, NULL, '2b', NULL,
 '10.1056/NEJMoa2410858', 'The combination is not FDA-approved; the manufacturer announced it would seek only an ESR1-mutated label.'),
('DESTINY-BREAST09', 'PFS', 'interim PFS analysis (blinded independent central review), T-DXd + pertuzumab vs THP', 40.7, 26.9, 0.56, 0.44, 0.71, '<0.00001', '2b', NULL,
 '10.1056/NEJMoa2508668', 'OS immature (16% deaths). Data cut-off 26 February 2025.'),
('TROPION-BREAST02', 'PFS', 'dual primary endpoint, PFS (blinded independent central review)', 10.8, 5.6, 0.57, 0.47, 0.69, '<0.0001', '2b', NULL,
 'ESMO 2025 LBA21', 'ESMO 2025 presentation as reported (ASCO Post, 25 June 2026).'),
('TROPION-BREAST02', 'OS', 'dual primary endpoint, OS', 23.7, 18.7, 0.79, 0.64, 0.98, '0.0291', '2a', NULL,
 'ESMO 2025 LBA21', 'Statistically significant; as reported by OncLive.'),
('ASCENT-03', 'PFS', 'primary PFS analysis (blinded independent central review)', 9.7, 6.9, 0.62, 0.50, 0.77, '<0.0001', '2b', NULL,
 '10.1056/NEJMoa2511734', 'OS immature at approval (medians 21.5 vs 20.2 months; HR not found).'),
('ASCENT-04', 'PFS', 'primary PFS analysis (blinded independent central review)', 11.2, 7.8, 0.65, 0.51, 0.84, '0.0009', '2b', NULL,
 'NEJM 2026;394:354-366', 'OS immature (26% of patients had died). DOI not found.');

UPDATE knowledge_version SET version = version + 1, changed_at = now() WHERE id = 1;
