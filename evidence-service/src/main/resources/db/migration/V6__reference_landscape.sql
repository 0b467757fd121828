-- The rest of the seed review's treatment landscape: chemotherapy, targeted agents, antibody-drug conjugates,
-- immunotherapy, PARP inhibitors, adjuvant bone-modifying trials, the radiotherapy fractionation review and the
-- investigational strategies of its section 7.
-- Figures: docs/research/trials.md. Only figures marked verified there are stored; a trial whose figures are all
-- unverified there is stored without outcome rows. A DOI that the research note could not confirm is flagged
-- "(DOI not independently verified)" in the trial's citation or the outcome's note.
-- ATC codes: WHO Collaborating Centre for Drug Statistics Methodology, ATC/DDD Index 2025 (NULL where none exists).

INSERT INTO treatment (inn, atc_code, modality, drug_class, mechanism, status, source) VALUES
('doxorubicin', 'L01DB01', 'chemotherapy', 'anthracycline',
 'Intercalates into DNA and inhibits topoisomerase II, causing DNA strand breaks.',
 'standard', 'WHO ATC/DDD Index 2025; seed review §3.1'),
('epirubicin', 'L01DB03', 'chemotherapy', 'anthracycline',
 'Intercalates into DNA and inhibits topoisomerase II, causing DNA strand breaks.',
 'standard', 'WHO ATC/DDD Index 2025; seed review §3.1'),
('gemcitabine', 'L01BC05', 'chemotherapy', 'antimetabolite (pyrimidine analogue)',
 'Nucleoside analogue that is incorporated into DNA and inhibits ribonucleotide reductase, blocking DNA synthesis.',
 'standard', 'WHO ATC/DDD Index 2025; seed review §3.1'),
('vinorelbine', 'L01CA04', 'chemotherapy', 'vinca alkaloid',
 'Binds tubulin and inhibits microtubule assembly, arresting cells in mitosis.',
 'standard', 'WHO ATC/DDD Index 2025; seed review §3.1'),
('eribulin', 'L01XX41', 'chemotherapy', 'microtubule dynamics inhibitor (halichondrin B analogue)',
 'Inhibits the growth phase of microtubules and sequesters tubulin into non-productive aggregates, blocking mitosis.',
 'standard', 'WHO ATC/DDD Index 2025; seed review §3.1'),
('carboplatin', 'L01XA02', 'chemotherapy', 'platinum compound',
 'Forms platinum-DNA adducts and cross-links that block DNA replication and transcription.',
 'standard', 'WHO ATC/DDD Index 2025; not named in the seed review; guideline-recommended (ESMO ABC) for TNBC and germline BRCA carriers without a breast-cancer-specific marketing authorisation'),
('cisplatin', 'L01XA01', 'chemotherapy', 'platinum compound',
 'Forms platinum-DNA adducts and cross-links that block DNA replication and transcription.',
 'standard', 'WHO ATC/DDD Index 2025; not named in the seed review; guideline-recommended (ESMO ABC) for TNBC and germline BRCA carriers without a breast-cancer-specific marketing authorisation'),
('elacestrant', 'L02BA04', 'endocrine', 'selective oestrogen receptor degrader (oral)',
 'Oral antagonist and degrader of oestrogen receptor alpha, active against ESR1-mutated receptors.',
 'standard', 'WHO ATC/DDD Index 2025; seed review §6.2'),
('trastuzumab emtansine', 'L01FD03', 'antibody_drug_conjugate', 'anti-HER2 antibody-drug conjugate',
 'Trastuzumab linked to the microtubule inhibitor DM1, which it delivers into HER2-overexpressing cells.',
 'standard', 'WHO ATC/DDD Index 2025; control arm of DESTINY-Breast03 (not named in the seed review)'),
('trastuzumab deruxtecan', 'L01FD04', 'antibody_drug_conjugate', 'anti-HER2 antibody-drug conjugate',
 'Trastuzumab linked by a cleavable linker to deruxtecan, a topoisomerase I inhibitor; the membrane-permeable payload also reaches neighbouring tumour cells.',
 'standard', 'WHO ATC/DDD Index 2025; seed review §6.4, §7.1'),
('tucatinib', 'L01EH03', 'targeted', 'HER2 tyrosine kinase inhibitor',
 'Oral reversible tyrosine kinase inhibitor selective for HER2 over EGFR, blocking HER2 signalling.',
 'standard', 'WHO ATC/DDD Index 2025; HER2CLIMB (not named in the seed review)'),
('alpelisib', 'L01EM03', 'targeted', 'PI3K-alpha inhibitor',
 'Selectively inhibits the p110-alpha isoform of PI3K; given with fulvestrant for PIK3CA-mutated HR+/HER2- disease. Hyperglycaemia and rash are its principal toxicities.',
 'standard', 'WHO ATC/DDD Index 2025; seed review §4.4'),
('capivasertib', 'L01EX27', 'targeted', 'AKT inhibitor',
 'Inhibits the kinase activity of all three AKT isoforms, blocking PI3K/AKT signalling; given with fulvestrant for PIK3CA/AKT1/PTEN-altered HR+/HER2- disease.',
 'standard', 'WHO ATC/DDD Index 2025; seed review §7.1'),
('everolimus', 'L01EG02', 'targeted', 'mTOR inhibitor',
 'Binds FKBP12 and inhibits mTORC1, countering endocrine resistance driven by PI3K/AKT/mTOR signalling.',
 'standard', 'WHO ATC/DDD Index 2025; seed review §4.4'),
('olaparib', 'L01XK01', 'targeted', 'PARP inhibitor',
 'Inhibits PARP1/2 and traps PARP on DNA, killing tumour cells that lack homologous recombination repair (BRCA1/2-mutated).',
 'standard', 'WHO ATC/DDD Index 2025; OlympiAD (not named in the seed review)'),
('talazoparib', 'L01XK04', 'targeted', 'PARP inhibitor',
 'Inhibits PARP1/2 and traps PARP on DNA, killing tumour cells that lack homologous recombination repair (BRCA1/2-mutated).',
 'standard', 'WHO ATC/DDD Index 2025; EMBRACA (not named in the seed review)'),
('pembrolizumab', 'L01FF02', 'immunotherapy', 'anti-PD-1 monoclonal antibody',
 'Blocks the PD-1 receptor on T cells, releasing PD-L1/PD-L2-mediated inhibition of antitumour immunity.',
 'standard', 'WHO ATC/DDD Index 2025; seed review §4.5, §7.3'),
('sacituzumab govitecan', 'L01FX17', 'antibody_drug_conjugate', 'anti-Trop-2 antibody-drug conjugate',
 'Humanised anti-Trop-2 antibody linked by a hydrolysable linker to SN-38, the topoisomerase I-inhibiting metabolite of irinotecan.',
 'standard', 'WHO ATC/DDD Index 2025; seed review §7.1'),
('datopotamab deruxtecan', 'L01FX35', 'antibody_drug_conjugate', 'anti-Trop-2 antibody-drug conjugate',
 'Humanised anti-Trop-2 antibody linked by a cleavable tetrapeptide linker to deruxtecan, a topoisomerase I inhibitor.',
 'standard', 'WHO ATC/DDD Index 2025; seed review §7.1 (which calls it investigational; approved in the US and EU in 2025 for pretreated HR+/HER2- metastatic breast cancer)'),
('radium-223 dichloride', 'V10XX03', 'radioligand', 'alpha-emitting bone-seeking radiopharmaceutical',
 'Calcium mimetic that binds hydroxyapatite at sites of high bone turnover and irradiates adjacent tumour cells with short-range alpha particles. Approved for castration-resistant prostate cancer, not for breast cancer.',
 'investigational', 'WHO ATC/DDD Index 2025; seed review §7.2'),
('lutetium-177 radioligands', NULL, 'radioligand', 'targeted radioligand therapy (strategy)',
 'Lutetium-177 (or actinium-225) coupled to a tumour-targeting vector, such as a HER2-directed antibody, delivers radiation to tumour cells; in early-phase investigation in breast cancer.',
 'investigational', 'seed review §7.2'),
('fapi radioligand', NULL, 'radioligand', 'fibroblast activation protein inhibitor radioligand (strategy)',
 'A fibroblast activation protein inhibitor labelled with lutetium-177 targets cancer-associated fibroblasts; uptake in breast cancer lesions is seen on imaging, therapeutic use is under evaluation.',
 'investigational', 'seed review §7.2'),
('bintrafusp alfa', NULL, 'immunotherapy', 'bifunctional anti-PD-L1 / TGF-beta trap fusion protein',
 'Anti-PD-L1 antibody fused to the extracellular domain of TGF-beta receptor II: blocks PD-L1 and sequesters TGF-beta, targeting immune evasion and the bone-resorptive TGF-beta loop.',
 'investigational', 'seed review §7.3'),
('vactosertib', NULL, 'targeted', 'TGF-beta receptor type I kinase inhibitor',
 'Oral small-molecule inhibitor of the TGF-beta type I receptor (ALK5) kinase, intended to block TGF-beta-driven immune evasion and bone resorption.',
 'investigational', 'seed review §7.3');

-- BOLERO-2: Baselga NEJM 2012;366:520-529; Yardley Adv Ther 2013;30:870-884 (final PFS); Piccart Ann Oncol 2014 (OS).
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('BOLERO-2', 'Everolimus plus exemestane in postmenopausal hormone-receptor-positive advanced breast cancer', 'III',
 'randomised 2:1, double-blind, placebo-controlled',
 'postmenopausal women, HR+/HER2- advanced breast cancer recurring or progressing on or after a non-steroidal aromatase inhibitor',
 'HR+/HER2-', 'second', 'metastatic', 724, 'PFS', '10.1056/NEJMoa1109653',
 'Baselga J et al. N Engl J Med 2012;366:520-529 (DOI not independently verified); Yardley DA et al. Adv Ther 2013;30:870-884; Piccart M et al. Ann Oncol 2014',
 '[{"label":"experimental","regimen":"everolimus 10 mg daily + exemestane 25 mg daily","agents":["everolimus","exemestane"],"n":null},
   {"label":"control","regimen":"placebo + exemestane 25 mg daily","agents":["exemestane"],"n":null}]');
INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('BOLERO-2', 'PFS', 'final PFS analysis (investigator)', 7.8, 3.2, 0.45, 0.38, 0.54, '<0.0001', '2b', NULL,
 '10.1007/s12325-013-0060-1',
 'The seed review (§4.4) quotes 6.9 vs 2.8 months, HR 0.43, citing Baselga et al. 2012 (the earlier primary analysis); those figures are not verified in docs/research/trials.md. The verified final analysis gives 7.8 vs 3.2 months, HR 0.45 (0.38-0.54), by investigator and 11.0 vs 4.1 months, HR 0.38 (0.31-0.48), by central review.'),
('BOLERO-2', 'PFS', 'final PFS analysis (central review)', 11.0, 4.1, 0.38, 0.31, 0.48, '<0.0001', '2b', NULL,
 '10.1007/s12325-013-0060-1', 'Central review of the same final analysis; see the investigator row for the seed review''s different figures.'),
('BOLERO-2', 'OS', 'final OS analysis', 31.0, 26.6, 0.89, 0.73, 1.10, '0.14', '2a', NULL,
 '10.1093/annonc/mdu456', 'No significant overall survival benefit. DOI not independently verified (figures verified from the abstract).');

-- SOLAR-1: Andre NEJM 2019;380:1929-1940 (PFS); Andre Ann Oncol 2021 (final OS).
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('SOLAR-1', 'Alpelisib plus fulvestrant for PIK3CA-mutated, hormone receptor-positive advanced breast cancer', 'III',
 'randomised 1:1, double-blind, placebo-controlled; two cohorts by tumour PIK3CA status',
 'men and postmenopausal women, HR+/HER2- advanced breast cancer after aromatase inhibitor therapy; 341 of 572 with PIK3CA-mutated tumours (primary endpoint cohort)',
 'HR+/HER2-', 'second', 'metastatic', 572, 'PFS', '10.1056/NEJMoa1813904',
 'André F et al. N Engl J Med 2019;380:1929-1940 (DOI not independently verified); André F et al. Ann Oncol 2021 (final OS)',
 '[{"label":"experimental","regimen":"alpelisib 300 mg daily + fulvestrant","agents":["alpelisib","fulvestrant"],"n":null},
   {"label":"control","regimen":"placebo + fulvestrant","agents":["fulvestrant"],"n":null}]');
INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('SOLAR-1', 'PFS', 'primary PFS analysis, PIK3CA-mutated cohort (investigator)', 11.0, 5.7, 0.65, 0.50, 0.85, '<0.001', '2b', NULL,
 '10.1056/NEJMoa1813904', 'Agrees with the seed review (§4.4: 11.0 vs 5.7 months, HR 0.65). DOI not independently verified.'),
('SOLAR-1', 'PFS', 'PFS, cohort without PIK3CA mutation', NULL, NULL, 0.85, 0.58, 1.25, NULL, NULL, NULL,
 '10.1056/NEJMoa1813904', 'No significant benefit without a PIK3CA mutation; cohort outside the indication, so not graded on ESMO-MCBS. DOI not independently verified.'),
('SOLAR-1', 'OS', 'final OS analysis, PIK3CA-mutated cohort', 39.3, 31.4, 0.86, 0.64, 1.15, '0.15', '2a', NULL,
 '10.1016/j.annonc.2020.11.011', 'Not statistically significant. DOI not independently verified (figures verified from the abstract).');

-- CAPITELLO-291: Turner NEJM 2023;388:2058-2070.
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('CAPITELLO-291', 'Capivasertib plus fulvestrant in hormone receptor-positive advanced breast cancer (CAPItello-291)', 'III',
 'randomised 1:1, double-blind, placebo-controlled; dual primary endpoint PFS in the overall and in the AKT-pathway-altered population',
 'pre-, peri- or postmenopausal women and men, HR+/HER2- advanced breast cancer relapsing or progressing during or after aromatase inhibitor therapy, with or without a prior CDK4/6 inhibitor (69.1% had one); 289 (40.8%) with AKT-pathway alterations',
 'HR+/HER2-', 'second', 'metastatic', 708, 'PFS', '10.1056/NEJMoa2214131',
 'Turner NC et al. N Engl J Med 2023;388:2058-2070',
 '[{"label":"experimental","regimen":"capivasertib 400 mg twice daily, 4 days on and 3 days off + fulvestrant","agents":["capivasertib","fulvestrant"],"n":null},
   {"label":"control","regimen":"placebo + fulvestrant","agents":["fulvestrant"],"n":null}]');
INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('CAPITELLO-291', 'PFS', 'primary PFS analysis, overall population (investigator)', 7.2, 3.6, 0.60, 0.51, 0.71, '<0.001', '2b', NULL,
 '10.1056/NEJMoa2214131', NULL),
('CAPITELLO-291', 'PFS', 'primary PFS analysis, AKT-pathway-altered population (investigator)', 7.3, 3.1, 0.50, 0.38, 0.65, '<0.001', '2b', NULL,
 '10.1056/NEJMoa2214131', 'Dual primary endpoint: tumours with PIK3CA, AKT1 or PTEN alterations.');

-- EMERALD: Bidard JCO 2022;40:3246-3256.
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('EMERALD', 'Elacestrant versus standard endocrine therapy for ER-positive, HER2-negative advanced breast cancer', 'III',
 'randomised 1:1, open-label, active-controlled; primary endpoints PFS by blinded independent central review in all patients and in patients with ESR1 mutation',
 'ER+/HER2- advanced breast cancer after one or two lines of endocrine therapy including a CDK4/6 inhibitor, and at most one line of chemotherapy; 47.8% with an ESR1 mutation',
 'HR+/HER2-', 'second', 'metastatic', 477, 'PFS', '10.1200/JCO.22.00338',
 'Bidard FC et al. J Clin Oncol 2022;40:3246-3256',
 '[{"label":"experimental","regimen":"elacestrant 400 mg daily (345 mg free base)","agents":["elacestrant"],"n":239},
   {"label":"control","regimen":"standard endocrine therapy: fulvestrant or an aromatase inhibitor","agents":["fulvestrant","anastrozole","letrozole","exemestane"],"n":238}]');
INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('EMERALD', 'PFS', 'primary PFS analysis, all patients (blinded independent central review)', NULL, NULL, 0.70, 0.55, 0.88, '0.002', '2b', NULL,
 '10.1200/JCO.22.00338', 'Arm medians not stored: not independently verified.'),
('EMERALD', 'PFS', 'primary PFS analysis, ESR1-mutated tumours (blinded independent central review)', NULL, NULL, 0.55, 0.39, 0.77, '0.0005', '2b', NULL,
 '10.1200/JCO.22.00338', 'Arm medians not stored: not independently verified.');

-- MONARCH-2: Sledge JCO 2017 (PFS); Sledge JAMA Oncol 2020;6:116-124 (OS).
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('MONARCH-2', 'Abemaciclib plus fulvestrant in HR+/HER2- advanced breast cancer progressing on endocrine therapy', 'III',
 'randomised 2:1, double-blind, placebo-controlled',
 'pre/perimenopausal (with a GnRH agonist) or postmenopausal women, HR+/HER2- advanced breast cancer progressing on (neo)adjuvant endocrine therapy, within 12 months of adjuvant endocrine therapy, or on first-line endocrine therapy for advanced disease',
 'HR+/HER2-', 'second', 'metastatic', 669, 'PFS', '10.1200/JCO.2017.73.7585',
 'Sledge GW Jr et al. J Clin Oncol 2017; Sledge GW Jr et al. JAMA Oncol 2020;6:116-124',
 '[{"label":"experimental","regimen":"abemaciclib 150 mg twice daily continuously + fulvestrant 500 mg (+ GnRH agonist if pre/perimenopausal)","agents":["abemaciclib","fulvestrant"],"n":446},
   {"label":"control","regimen":"placebo + fulvestrant 500 mg (+ GnRH agonist if pre/perimenopausal)","agents":["fulvestrant"],"n":223}]');
INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('MONARCH-2', 'PFS', 'primary PFS analysis (investigator)', 16.4, 9.3, 0.553, 0.449, 0.681, '<0.001', '2b', NULL,
 '10.1200/JCO.2017.73.7585', NULL),
('MONARCH-2', 'OS', 'prespecified interim OS analysis (338 events)', 46.7, 37.3, 0.76, 0.61, 0.94, '0.01', '2a', NULL,
 '10.1001/jamaoncol.2019.4782', 'HR, CI and p verified through a secondary source (review table, PMC7288640).');

-- MONARCH-3: Goetz JCO 2017;35:3638 (interim PFS); Johnston npj Breast Cancer 2019 (final PFS); Goetz Ann Oncol 2024;35:718 (final OS).
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('MONARCH-3', 'Abemaciclib as initial therapy for advanced breast cancer', 'III',
 'randomised 2:1, double-blind, placebo-controlled',
 'postmenopausal women, HR+/HER2- advanced breast cancer, no prior systemic therapy in the advanced setting',
 'HR+/HER2-', 'first', 'metastatic', 493, 'PFS', '10.1200/JCO.2017.75.6155',
 'Goetz MP et al. J Clin Oncol 2017;35:3638; Johnston S et al. NPJ Breast Cancer 2019; Goetz MP et al. Ann Oncol 2024;35:718',
 '[{"label":"experimental","regimen":"abemaciclib 150 mg twice daily + anastrozole or letrozole","agents":["abemaciclib","anastrozole","letrozole"],"n":328},
   {"label":"control","regimen":"placebo + anastrozole or letrozole","agents":["anastrozole","letrozole"],"n":165}]');
INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('MONARCH-3', 'PFS', 'final PFS analysis (investigator)', 28.18, 14.76, 0.540, 0.418, 0.698, '0.000002', '2b', NULL,
 '10.1038/s41523-018-0097-z', 'DOI not independently verified (figures verified from the abstract).'),
('MONARCH-3', 'OS', 'final OS analysis', 66.8, 53.7, 0.804, 0.637, 1.015, '0.0664', '2a', NULL,
 '10.1016/j.annonc.2024.04.013', 'Not statistically significant.'),
('MONARCH-3', 'OS', 'final OS analysis, subgroup with visceral disease', 63.7, 48.8, 0.758, 0.558, 1.030, '0.0757', NULL, NULL,
 '10.1016/j.annonc.2024.04.013', 'Subgroup analysis, not statistically significant; not graded on ESMO-MCBS.');

-- DESTINY-BREAST03: Cortes NEJM 2022 (primary PFS); Hurvitz Lancet 2023 (updated PFS, OS); Cortes Nat Med 2024 (long-term).
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('DESTINY-BREAST03', 'Trastuzumab deruxtecan versus trastuzumab emtansine for HER2-positive metastatic breast cancer (DESTINY-Breast03)', 'III',
 'randomised 1:1, open-label, active-controlled',
 'HER2-positive unresectable or metastatic breast cancer previously treated with trastuzumab and a taxane',
 'HER2+', 'second', 'metastatic', 524, 'PFS', '10.1056/NEJMoa2115022',
 'Cortés J et al. N Engl J Med 2022 (DOI not independently verified); Hurvitz SA et al. Lancet 2023 (DOI 10.1016/S0140-6736(22)02420-5 not independently verified); Cortés J et al. Nat Med 2024',
 '[{"label":"experimental","regimen":"trastuzumab deruxtecan 5.4 mg/kg every 3 weeks","agents":["trastuzumab deruxtecan"],"n":261},
   {"label":"control","regimen":"trastuzumab emtansine 3.6 mg/kg every 3 weeks","agents":["trastuzumab emtansine"],"n":263}]');
INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('DESTINY-BREAST03', 'PFS', 'primary PFS analysis (blinded independent central review)', NULL, 6.8, 0.28, 0.22, 0.37, '<0.001', '2b', NULL,
 '10.1056/NEJMoa2115022', 'Median not reached with trastuzumab deruxtecan (6.8 months with trastuzumab emtansine, secondary source); 12-month PFS 75.8% vs 34.1%. DOI not independently verified.'),
('DESTINY-BREAST03', 'PFS', 'updated PFS analysis (blinded independent central review)', 28.8, 6.8, 0.33, 0.26, 0.43, '<0.0001 (nominal)', '2b', NULL,
 '10.1016/S0140-6736(22)02420-5', 'Verified through a secondary summary of Hurvitz et al. 2023. DOI not independently verified.'),
('DESTINY-BREAST03', 'OS', 'OS analysis reported with the updated PFS (Hurvitz et al. 2023)', NULL, NULL, 0.64, 0.47, 0.87, '0.0037', '2a', NULL,
 '10.1016/S0140-6736(22)02420-5', 'Median OS not reached in either arm. Verified through a secondary summary; DOI not independently verified.'),
('DESTINY-BREAST03', 'OS', 'long-term OS analysis', 52.6, 42.7, 0.73, 0.56, 0.94, NULL, '2a', NULL,
 '10.1038/s41591-024-03021-7', NULL),
('DESTINY-BREAST03', 'PFS', 'long-term PFS analysis (investigator)', 29.0, 7.2, 0.30, 0.24, 0.38, NULL, '2b', NULL,
 '10.1038/s41591-024-03021-7', NULL);

-- DESTINY-BREAST04: Modi NEJM 2022;387:9-20.
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('DESTINY-BREAST04', 'Trastuzumab deruxtecan in previously treated HER2-low advanced breast cancer (DESTINY-Breast04)', 'III',
 'randomised 2:1, open-label, active-controlled (physician''s choice of chemotherapy)',
 'HER2-low (IHC 1+ or IHC 2+/ISH-negative) unresectable or metastatic breast cancer after one or two lines of chemotherapy for metastatic disease; hormone receptor-positive cohort (primary analysis) and hormone receptor-negative patients',
 'HER2-low', 'later', 'metastatic', 557, 'PFS', '10.1056/NEJMoa2203690',
 'Modi S et al. N Engl J Med 2022;387:9-20 (DOI not independently verified)',
 '[{"label":"experimental","regimen":"trastuzumab deruxtecan every 3 weeks","agents":["trastuzumab deruxtecan"],"n":373},
   {"label":"control","regimen":"physician''s choice: capecitabine, eribulin, gemcitabine, paclitaxel or nab-paclitaxel","agents":["capecitabine","eribulin","gemcitabine","paclitaxel"],"n":184}]');
INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('DESTINY-BREAST04', 'PFS', 'primary PFS analysis, hormone receptor-positive cohort (blinded independent central review)', 10.1, 5.4, 0.51, 0.40, 0.64, '<0.001', '2b', NULL,
 '10.1056/NEJMoa2203690', 'Verified through a secondary summary (journaljams.org). DOI not independently verified.'),
('DESTINY-BREAST04', 'OS', 'OS, hormone receptor-positive cohort', 23.9, 17.5, 0.64, 0.48, 0.86, '0.003', '2a', NULL,
 '10.1056/NEJMoa2203690', 'Verified through a secondary summary (journaljams.org). DOI not independently verified.'),
('DESTINY-BREAST04', 'PFS', 'PFS, all patients (blinded independent central review)', 9.9, 5.1, 0.50, 0.40, 0.63, NULL, '2b', NULL,
 '10.1056/NEJMoa2203690', 'Verified through a secondary summary (journaljams.org). DOI not independently verified.'),
('DESTINY-BREAST04', 'OS', 'OS, all patients', 23.4, 16.8, 0.64, 0.49, 0.84, '0.001', '2a', NULL,
 '10.1056/NEJMoa2203690', 'Verified through a secondary summary (journaljams.org). DOI not independently verified.');

-- HER2CLIMB: Murthy NEJM 2020;382:597-609; Curigliano Ann Oncol 2022 (final analysis).
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('HER2CLIMB', 'Tucatinib, trastuzumab and capecitabine for HER2-positive metastatic breast cancer', 'II',
 'pivotal, randomised 2:1, double-blind, placebo-controlled',
 'HER2-positive metastatic breast cancer previously treated with trastuzumab, pertuzumab and trastuzumab emtansine, with or without brain metastases; primary endpoint assessed in the first 480 randomised patients',
 'HER2+', 'later', 'metastatic', 612, 'PFS', '10.1056/NEJMoa1914609',
 'Murthy RK et al. N Engl J Med 2020;382:597-609; Curigliano G et al. Ann Oncol 2022',
 '[{"label":"experimental","regimen":"tucatinib + trastuzumab + capecitabine","agents":["tucatinib","trastuzumab","capecitabine"],"n":null},
   {"label":"control","regimen":"placebo + trastuzumab + capecitabine","agents":["trastuzumab","capecitabine"],"n":null}]');
INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('HER2CLIMB', 'PFS', 'primary PFS analysis (first 480 randomised patients)', 7.8, 5.6, 0.54, 0.42, 0.71, '<0.001', '2b', NULL,
 '10.1056/NEJMoa1914609', '1-year PFS 33.1% vs 12.3%.'),
('HER2CLIMB', 'OS', 'OS at the primary analysis', NULL, NULL, 0.66, 0.50, 0.88, '0.005', '2a', NULL,
 '10.1056/NEJMoa1914609', '2-year OS 44.9% vs 26.6%. Arm medians not stored: not independently verified. The final analysis (Curigliano 2022) reported OS HR 0.73, p = 0.004 (CI not verified).'),
('HER2CLIMB', 'PFS', 'PFS, patients with brain metastases', NULL, NULL, 0.48, 0.34, 0.69, NULL, NULL, NULL,
 '10.1056/NEJMoa1914609', 'Subgroup analysis; not graded on ESMO-MCBS.');

-- KEYNOTE-355: Cortes Lancet 2020 (PFS); Cortes NEJM 2022 (OS). No outcome rows: none of its figures is verified.
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('KEYNOTE-355', 'Pembrolizumab plus chemotherapy for previously untreated locally recurrent inoperable or metastatic triple-negative breast cancer', 'III',
 'randomised 2:1, double-blind, placebo-controlled; dual primary endpoints PFS and OS, analysed by PD-L1 combined positive score (CPS)',
 'previously untreated locally recurrent inoperable or metastatic triple-negative breast cancer (ClinicalTrials.gov NCT02819518: 882 enrolled, including part 1)',
 'TNBC', 'first', 'metastatic', NULL, 'PFS', '10.1016/S0140-6736(20)32531-9',
 'Cortes J et al. Lancet 2020 (DOI not independently verified); Cortes J et al. N Engl J Med 2022 (DOI 10.1056/NEJMoa2202809 not independently verified)',
 '[{"label":"experimental","regimen":"pembrolizumab + chemotherapy (nab-paclitaxel, paclitaxel, or gemcitabine plus carboplatin)","agents":["pembrolizumab","paclitaxel","gemcitabine","carboplatin"],"n":null},
   {"label":"control","regimen":"placebo + chemotherapy (nab-paclitaxel, paclitaxel, or gemcitabine plus carboplatin)","agents":["paclitaxel","gemcitabine","carboplatin"],"n":null}]');

-- KEYNOTE-086: Adams Ann Oncol 2019;30:397-404 (cohort A) and Adams Ann Oncol 2019 (cohort B). No outcome rows: none verified.
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('KEYNOTE-086', 'Pembrolizumab monotherapy for metastatic triple-negative breast cancer (cohorts A and B)', 'II',
 'single-arm, open-label, non-randomised; two cohorts',
 'metastatic triple-negative breast cancer: cohort A previously treated, cohort B previously untreated with PD-L1-positive tumours',
 'TNBC', 'any', 'metastatic', NULL, 'ORR', '10.1093/annonc/mdy517',
 'Adams S et al. Ann Oncol 2019;30:397-404 (cohort A; DOI not independently verified); Adams S et al. Ann Oncol 2019 (cohort B; DOI 10.1093/annonc/mdy518 not independently verified)',
 '[{"label":"cohort A","regimen":"pembrolizumab monotherapy, previously treated disease","agents":["pembrolizumab"],"n":null},
   {"label":"cohort B","regimen":"pembrolizumab monotherapy, first line, PD-L1-positive","agents":["pembrolizumab"],"n":null}]');

-- ASCENT: Bardia NEJM 2021.
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('ASCENT', 'Sacituzumab govitecan in metastatic triple-negative breast cancer', 'III',
 'randomised 1:1, open-label, active-controlled (treatment of physician''s choice)',
 'relapsed or refractory metastatic triple-negative breast cancer after two or more prior lines of chemotherapy; 529 enrolled, of whom 468 without brain metastases formed the primary analysis population',
 'TNBC', 'later', 'metastatic', 529, 'PFS', '10.1056/NEJMoa2028485',
 'Bardia A et al. N Engl J Med 2021',
 '[{"label":"experimental","regimen":"sacituzumab govitecan","agents":["sacituzumab govitecan"],"n":null},
   {"label":"control","regimen":"physician''s choice: eribulin, vinorelbine, capecitabine or gemcitabine","agents":["eribulin","vinorelbine","capecitabine","gemcitabine"],"n":null}]');
INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('ASCENT', 'PFS', 'primary PFS analysis (patients without brain metastases)', NULL, NULL, NULL, NULL, NULL, '<0.001', '2b', NULL,
 '10.1056/NEJMoa2028485', 'A secondary source (mdedge) reports a 59% reduction in the risk of progression or death (hazard ratio about 0.41), P < 0.001. The hazard ratio with its 95% CI and the arm medians are not independently verified, so they are not stored.'),
('ASCENT', 'OS', 'OS (patients without brain metastases)', NULL, NULL, NULL, NULL, NULL, '<0.001', '2a', NULL,
 '10.1056/NEJMoa2028485', 'A secondary source (mdedge) reports a 52% reduction in the risk of death (hazard ratio about 0.48), P < 0.001. The hazard ratio with its 95% CI and the arm medians are not independently verified, so they are not stored.'),
('ASCENT', 'ORR', 'objective response rate', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
 '10.1056/NEJMoa2028485', 'Objective response 35% with sacituzumab govitecan vs 5% with physician''s choice (secondary source).');

-- TROPICS-02: Rugo JCO 2022 (PFS); Rugo Lancet 2023 (OS). No outcome rows: none of its figures is verified.
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('TROPICS-02', 'Sacituzumab govitecan in pretreated hormone receptor-positive, HER2-negative metastatic breast cancer (TROPiCS-02)', 'III',
 'randomised, open-label, active-controlled (treatment of physician''s choice)',
 'HR+/HER2- locally recurrent inoperable or metastatic breast cancer previously treated with endocrine therapy, a CDK4/6 inhibitor and chemotherapy',
 'HR+/HER2-', 'later', 'metastatic', NULL, 'PFS', '10.1200/JCO.22.01002',
 'Rugo HS et al. J Clin Oncol 2022 (DOI not independently verified); Rugo HS et al. Lancet 2023 (DOI 10.1016/S0140-6736(23)01245-X not independently verified)',
 '[{"label":"experimental","regimen":"sacituzumab govitecan","agents":["sacituzumab govitecan"],"n":null},
   {"label":"control","regimen":"physician''s choice: eribulin, vinorelbine, capecitabine or gemcitabine","agents":["eribulin","vinorelbine","capecitabine","gemcitabine"],"n":null}]');

-- OLYMPIAD: Robson NEJM 2017 (PFS); Robson Ann Oncol 2019 (final OS). No outcome rows: none of its figures is verified.
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('OLYMPIAD', 'Olaparib for metastatic breast cancer in patients with a germline BRCA mutation (OlympiAD)', 'III',
 'randomised 2:1, open-label, active-controlled (chemotherapy of physician''s choice)',
 'germline BRCA1/2-mutated, HER2-negative metastatic breast cancer (hormone receptor-positive or triple-negative) previously treated with chemotherapy',
 'HER2-', 'any', 'metastatic', NULL, 'PFS', '10.1056/NEJMoa1706450',
 'Robson M et al. N Engl J Med 2017 (DOI not independently verified); Robson ME et al. Ann Oncol 2019 (final OS)',
 '[{"label":"experimental","regimen":"olaparib tablets","agents":["olaparib"],"n":null},
   {"label":"control","regimen":"physician''s choice: capecitabine, eribulin or vinorelbine","agents":["capecitabine","eribulin","vinorelbine"],"n":null}]');

-- EMBRACA: Litton NEJM 2018 (PFS); Litton Ann Oncol 2020 (final OS). No outcome rows: none of its figures is verified.
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('EMBRACA', 'Talazoparib in patients with advanced breast cancer and a germline BRCA mutation', 'III',
 'randomised 2:1, open-label, active-controlled (chemotherapy of physician''s choice)',
 'germline BRCA1/2-mutated, HER2-negative locally advanced or metastatic breast cancer (hormone receptor-positive or triple-negative)',
 'HER2-', 'any', 'metastatic', NULL, 'PFS', '10.1056/NEJMoa1802905',
 'Litton JK et al. N Engl J Med 2018 (DOI not independently verified); Litton JK et al. Ann Oncol 2020 (final OS)',
 '[{"label":"experimental","regimen":"talazoparib","agents":["talazoparib"],"n":null},
   {"label":"control","regimen":"physician''s choice: capecitabine, eribulin, gemcitabine or vinorelbine","agents":["capecitabine","eribulin","gemcitabine","vinorelbine"],"n":null}]');

-- CALGB-70604 (Alliance): Himelstein JAMA 2017;317:48-58.
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('CALGB-70604', 'Longer-interval vs standard dosing of zoledronic acid for bone metastases (CALGB 70604, Alliance)', 'III',
 'randomised, open-label, non-inferiority (margin 7% absolute)',
 'bone metastases from breast cancer (855) or prostate cancer (689), or multiple myeloma (278)',
 'any', 'any', 'metastatic', 1822, 'SRE_PROPORTION', '10.1001/jama.2016.19425',
 'Himelstein AL et al. JAMA 2017;317:48-58',
 '[{"label":"experimental","regimen":"zoledronic acid 4 mg IV every 12 weeks for 2 years","agents":["zoledronic acid"],"n":911},
   {"label":"control","regimen":"zoledronic acid 4 mg IV every 4 weeks for 2 years","agents":["zoledronic acid"],"n":911}]');
INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('CALGB-70604', 'SRE_PROPORTION', 'primary analysis: at least one SRE within 2 years (every 12 vs every 4 weeks)', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
 '10.1001/jama.2016.19425', '28.6% (253 patients) with every-12-week vs 29.5% (260 patients) with every-4-week dosing; non-inferiority of every-12-week dosing met. All tumour types (breast cancer 855 of 1822).'),
('CALGB-70604', 'TIME_TO_FIRST_SRE', 'time to first SRE (every 12 vs every 4 weeks)', NULL, NULL, NULL, NULL, NULL, '0.60', NULL, NULL,
 '10.1001/jama.2016.19425', 'No significant difference (secondary source); hazard ratio not verified.');

-- OPTIMIZE-2: Hortobagyi JAMA Oncol 2017;3:906-912 (the seed review cites Brufsky J Clin Oncol 2012;30(15 suppl):LBA512).
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('OPTIMIZE-2', 'Zoledronic acid every 12 vs every 4 weeks in women with breast cancer metastatic to bone after about one year of monthly bisphosphonate (OPTIMIZE-2)', 'III',
 'randomised 1:1, double-blind, non-inferiority (margin 10%)',
 'women with breast cancer metastatic to bone who had received at least 9 doses of intravenous bisphosphonate; 416 randomised, 403 in the two zoledronic acid arms',
 'any', 'any', 'metastatic', 416, 'SRE_PROPORTION', '10.1001/jamaoncol.2016.6316',
 'Hortobagyi GN et al. JAMA Oncol 2017;3:906-912. The seed review (reference 13) cites Brufsky AM et al. J Clin Oncol 2012;30(15 suppl):LBA512 and calls the trial open-label; the full publication reports a double-blind design.',
 '[{"label":"experimental","regimen":"zoledronic acid IV every 12 weeks","agents":["zoledronic acid"],"n":203},
   {"label":"control","regimen":"zoledronic acid IV every 4 weeks","agents":["zoledronic acid"],"n":200}]');
INSERT INTO outcome (trial_id, endpoint, analysis, experimental_median_months, control_median_months, hazard_ratio, ci_lower, ci_upper, p_value, mcbs_form, mcbs_grade_published, doi, note) VALUES
('OPTIMIZE-2', 'SRE_PROPORTION', 'primary analysis: SRE rate at 1 year (every 12 vs every 4 weeks)', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
 '10.1001/jamaoncol.2016.6316', '23.2% with every-12-week vs 22.0% with every-4-week dosing; difference 1.2% (95% CI -7.5% to 9.8%); non-inferiority of every-12-week dosing met.'),
('OPTIMIZE-2', 'TIME_TO_FIRST_SRE', 'time to first SRE (every 12 vs every 4 weeks)', NULL, NULL, 1.06, 0.70, 1.60, '0.792', NULL, NULL,
 '10.1001/jamaoncol.2016.6316', 'No significant difference.');

-- ABCSG-18: Gnant Lancet 2015 (fractures); Gnant Lancet Oncol 2019 (disease-free survival). No outcome rows: none verified.
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('ABCSG-18', 'Adjuvant denosumab in postmenopausal patients with early breast cancer receiving aromatase inhibitors (ABCSG-18)', 'III',
 'randomised, double-blind, placebo-controlled',
 'postmenopausal women with hormone receptor-positive early breast cancer receiving an adjuvant aromatase inhibitor',
 'HR+/HER2-', 'adjuvant', 'early', NULL, 'FRACTURE', '10.1016/S0140-6736(15)60995-3',
 'Gnant M et al. Lancet 2015 (DOI not independently verified); Gnant M et al. Lancet Oncol 2019 (disease-free survival)',
 '[{"label":"experimental","regimen":"denosumab 60 mg SC every 6 months + adjuvant aromatase inhibitor","agents":["denosumab","anastrozole","letrozole","exemestane"],"n":null},
   {"label":"control","regimen":"placebo + adjuvant aromatase inhibitor","agents":["anastrozole","letrozole","exemestane"],"n":null}]');

-- AZURE (BIG 01/04): Coleman NEJM 2011; Coleman Lancet Oncol 2014 (final analysis). No outcome rows: none verified.
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('AZURE', 'Adjuvant zoledronic acid in early breast cancer (AZURE, BIG 01/04)', 'III',
 'randomised, open-label',
 'early breast cancer receiving standard adjuvant systemic therapy (chemotherapy and/or endocrine therapy)',
 'any', 'adjuvant', 'early', NULL, 'DFS', '10.1056/NEJMoa1105195',
 'Coleman RE et al. N Engl J Med 2011 (DOI not independently verified); Coleman R et al. Lancet Oncol 2014 (final efficacy analysis; DOI 10.1016/S1470-2045(14)70302-X, as given by the seed review, not independently verified). The seed review (reference 19) dates the final analysis 2011 but gives the 2014 Lancet Oncol volume and DOI.',
 '[{"label":"experimental","regimen":"standard adjuvant therapy + zoledronic acid IV","agents":["zoledronic acid"],"n":null},
   {"label":"control","regimen":"standard adjuvant therapy alone","agents":[],"n":null}]');

-- CHOW-2007: Chow J Clin Oncol 2007;25:1423-1436 (systematic review). No outcome rows: not found in the stored corpus.
INSERT INTO trial (trial_id, name, phase, design, population, subtype, line_of_therapy, setting, n, primary_endpoint, doi, citation, arms) VALUES
('CHOW-2007', 'Palliative radiotherapy trials for bone metastases: a systematic review', 'systematic review',
 'systematic review and meta-analysis of randomised trials of single- versus multiple-fraction palliative radiotherapy',
 'patients with painful bone metastases from any primary tumour, in randomised trials of palliative radiotherapy',
 'any', 'any', 'metastatic', NULL, 'PAIN_RESPONSE', '10.1200/JCO.2006.09.5281',
 'Chow E et al. J Clin Oncol 2007;25:1423-1436 (DOI not independently verified). The seed review (§3.3) cites it for pain response of about 60-80% and complete relief of about 25-30%; those figures are not verified.',
 '[{"label":"experimental","regimen":"single-fraction external beam radiotherapy (mostly 8 Gy)","agents":["external beam radiotherapy"],"n":null},
   {"label":"control","regimen":"multiple-fraction external beam radiotherapy (e.g. 20 Gy in 5 or 30 Gy in 10 fractions)","agents":["external beam radiotherapy"],"n":null}]');

UPDATE knowledge_version SET version = version + 1, changed_at = now() WHERE id = 1;
