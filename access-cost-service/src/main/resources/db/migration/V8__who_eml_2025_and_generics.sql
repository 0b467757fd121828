-- The current WHO Model List of Essential Medicines: the 24th list (2025; released 5 September 2025, corrigenda
-- 20 October 2025), https://doi.org/10.2471/B09474, read from the list's text (section 8.2 and 22.2). Every cancer
-- medicine on it is on the complementary list. Absent = not named anywhere in the 24th list's text. The indication
-- says what the list lists the medicine FOR, so "on the list" is never mistaken for "listed for breast cancer".
-- Generics/biosimilars: an approval or launch somewhere, with its source; NULL where no source was found (a
-- patent-protected medicine without a found approval is unknown, not "none"). Notes: docs/research/who-eml-2025.md.
ALTER TABLE drug ADD COLUMN who_eml_indication TEXT;
ALTER TABLE drug ADD COLUMN generic_source TEXT;

CREATE TEMPORARY TABLE eml_2025 (inn TEXT PRIMARY KEY, who_eml TEXT NOT NULL, indication TEXT);
INSERT INTO eml_2025 (inn, who_eml, indication) VALUES
('tamoxifen', 'complementary', '8.2.4: early stage and metastatic breast cancer'),
('anastrozole', 'complementary', '8.2.4: early stage and metastatic breast cancer; square box, therapeutic alternatives = ATC L02BG aromatase inhibitors'),
('letrozole', 'complementary', 'breast cancer via anastrozole''s square box (ATC L02BG aromatase inhibitors; letrozole is L02BG04); also named in 22.2 ovulation inducers'),
('exemestane', 'complementary', 'breast cancer via anastrozole''s square box (ATC L02BG aromatase inhibitors; exemestane is L02BG06); not named itself'),
('goserelin', 'complementary', 'therapeutic alternative to leuprorelin (8.2.4): early stage breast cancer only'),
('zoledronic acid', 'complementary', '8.2.5 supportive medicines: malignancy-related bone disease'),
('trastuzumab', 'complementary', '8.2.2: early stage and metastatic HER2-positive breast cancer, including quality-assured biosimilars'),
('capecitabine', 'complementary', '8.2.1: metastatic breast cancer (also early colon/rectal and metastatic colorectal cancer)'),
('paclitaxel', 'complementary', '8.2.1: early stage and metastatic breast cancer (also cervical and ovarian cancer)'),
('docetaxel', 'complementary', '8.2.1: early stage and metastatic breast cancer; metastatic prostate cancer'),
('doxorubicin', 'complementary', '8.2.1: early stage and metastatic breast cancer (and other cancers)'),
('carboplatin', 'complementary', '8.2.1: early stage breast cancer (and cervical and other cancers); not listed for metastatic breast cancer'),
('vinorelbine', 'complementary', '8.2.1: metastatic breast cancer; non-small cell lung cancer; rhabdomyosarcoma'),
('cisplatin', 'complementary', '8.2.1: cervical, head and neck, lung, germ-cell and other cancers; not listed for breast cancer'),
('gemcitabine', 'complementary', '8.2.1: epithelial ovarian and non-small cell lung cancer; not listed for breast cancer'),
('everolimus', 'complementary', '8.2.2: subependymal giant cell astrocytoma only; not listed for breast cancer'),
('pembrolizumab', 'complementary', '8.2.3: metastatic cervical, colorectal (dMMR/MSI-H), non-small cell lung cancer and melanoma; triple-negative breast cancer was considered in 2025 and not recommended'),
('fulvestrant', 'not_listed', 'not recommended in 2021; absent from the 24th list'),
('pertuzumab', 'not_listed', 'not recommended in 2021; absent from the 24th list'),
('palbociclib', 'not_listed', 'CDK4/6 inhibitors not recommended in 2021; absent from the 24th list'),
('ribociclib', 'not_listed', 'CDK4/6 inhibitors not recommended in 2021; absent from the 24th list'),
('abemaciclib', 'not_listed', 'CDK4/6 inhibitors not recommended in 2021; absent from the 24th list'),
('trastuzumab emtansine', 'not_listed', 'not recommended in 2017; absent from the 24th list'),
('trastuzumab deruxtecan', 'not_listed', 'absent from the 24th list'),
('denosumab', 'not_listed', 'absent from the 24th list'),
('pamidronic acid', 'not_listed', 'absent from the 24th list'),
('epirubicin', 'not_listed', 'absent from the 24th list'),
('eribulin', 'not_listed', 'absent from the 24th list'),
('olaparib', 'not_listed', 'absent from the 24th list'),
('talazoparib', 'not_listed', 'absent from the 24th list'),
('sacituzumab govitecan', 'not_listed', 'absent from the 24th list'),
('datopotamab deruxtecan', 'not_listed', 'absent from the 24th list'),
('tucatinib', 'not_listed', 'absent from the 24th list'),
('alpelisib', 'not_listed', 'absent from the 24th list'),
('capivasertib', 'not_listed', 'absent from the 24th list'),
('elacestrant', 'not_listed', 'absent from the 24th list');

UPDATE drug d SET who_eml = e.who_eml, who_eml_year = 2025, who_eml_indication = e.indication,
    who_eml_source = 'WHO Model List of Essential Medicines, 24th list (2025), doi:10.2471/B09474',
    version = d.version + 1
FROM eml_2025 e WHERE d.inn = e.inn;
DROP TABLE eml_2025;

CREATE TEMPORARY TABLE generics (inn TEXT PRIMARY KEY, generic_exists BOOLEAN, source TEXT NOT NULL);
INSERT INTO generics (inn, generic_exists, source) VALUES
('trastuzumab', TRUE, 'biosimilar: FDA approved Ogivri (trastuzumab-dkst) on 1 December 2017'),
('pertuzumab', TRUE, 'biosimilar: FDA approved Poherdy (pertuzumab-dpzb) as interchangeable on 13 November 2025'),
('trastuzumab emtansine', TRUE, 'similar biologic: Zydus launched Ujvira in India on 24 May 2021'),
('denosumab', TRUE, 'biosimilars: FDA approved Jubbonti/Wyost (denosumab-bbdz) on 5 March 2024; EU approvals from May 2024'),
('palbociclib', TRUE, 'generics in India after the patent expired on 10 January 2023 (MSN Palborest launched 17 January 2023); US: tentative approvals only'),
('everolimus', TRUE, 'generics: FDA approved the first generics of Afinitor (Teva, Par) in December 2019'),
('fulvestrant', TRUE, 'generic: FDA final approval of Glenmark''s fulvestrant injection, August 2019'),
('eribulin', TRUE, 'generic: FDA approved Gland Pharma''s eribulin mesylate injection (2024)'),
('pembrolizumab', TRUE, 'biosimilar: Viet Nam granted marketing authorisation for Pembroria (Biocad), reported 11 November 2025; none in the US or EU'),
('ribociclib', NULL, 'no generic approval found (searched 2026-11); not verified absent'),
('abemaciclib', NULL, 'no generic approval found (searched 2026-11); not verified absent'),
('olaparib', NULL, 'only a US generic filing found (Natco, 13 February 2023); approval not verified'),
('trastuzumab deruxtecan', NULL, 'no biosimilar approval found (searched 2026-11); not verified absent'),
('sacituzumab govitecan', NULL, 'no biosimilar approval found (searched 2026-11); not verified absent'),
('elacestrant', NULL, 'not searched; unknown'),
('tucatinib', NULL, 'not searched; unknown'),
('alpelisib', NULL, 'not searched; unknown'),
('capivasertib', NULL, 'not searched; unknown'),
('talazoparib', NULL, 'not searched; unknown'),
('datopotamab deruxtecan', NULL, 'not searched; unknown');

UPDATE drug d SET generic_exists = g.generic_exists, generic_source = g.source, version = d.version + 1
FROM generics g WHERE d.inn = g.inn;
DROP TABLE generics;
