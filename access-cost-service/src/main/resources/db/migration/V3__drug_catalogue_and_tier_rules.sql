-- Every agent evidence-service knows gets a drug row, with its standard schedule (product labels: EU SmPC or US
-- prescribing information). Weight- or body-surface-based doses are described but not costed.
INSERT INTO drug (inn, atc_code, who_eml, who_eml_year, who_eml_source, generic_exists, dose_mg, administrations_per_cycle, cycle_days, schedule, schedule_source) VALUES
('doxorubicin', 'L01DB01', NULL, NULL, NULL, TRUE, NULL, NULL, 21, '60-75 mg/m2 IV every 3 weeks (body-surface based: not costed)', 'doxorubicin SmPC'),
('epirubicin', 'L01DB03', NULL, NULL, NULL, TRUE, NULL, NULL, 21, '75-90 mg/m2 IV every 3 weeks (body-surface based: not costed)', 'epirubicin SmPC'),
('gemcitabine', 'L01BC05', NULL, NULL, NULL, TRUE, NULL, NULL, 21, '1250 mg/m2 IV days 1 and 8 every 3 weeks (body-surface based: not costed)', 'gemcitabine SmPC'),
('vinorelbine', 'L01CA04', NULL, NULL, NULL, TRUE, NULL, NULL, 7, '25-30 mg/m2 IV weekly (body-surface based: not costed)', 'vinorelbine SmPC'),
('eribulin', 'L01XX41', NULL, NULL, NULL, NULL, NULL, NULL, 21, '1.23 mg/m2 IV days 1 and 8 every 3 weeks (body-surface based: not costed)', 'Halaven SmPC'),
('carboplatin', 'L01XA02', NULL, NULL, NULL, TRUE, NULL, NULL, 21, 'AUC 5-6 IV every 3 weeks (renal-function based: not costed)', 'carboplatin SmPC'),
('cisplatin', 'L01XA01', NULL, NULL, NULL, TRUE, NULL, NULL, 21, '75 mg/m2 IV every 3 weeks (body-surface based: not costed)', 'cisplatin SmPC'),
('elacestrant', 'L02BA04', NULL, NULL, NULL, FALSE, 345, 28, 28, '345 mg orally daily', 'Orserdu SmPC'),
('trastuzumab emtansine', 'L01FD03', NULL, NULL, NULL, NULL, NULL, NULL, 21, '3.6 mg/kg IV every 3 weeks (weight-based: not costed)', 'Kadcyla SmPC'),
('trastuzumab deruxtecan', 'L01FD04', NULL, NULL, NULL, FALSE, NULL, NULL, 21, '5.4 mg/kg IV every 3 weeks (weight-based: not costed)', 'Enhertu SmPC'),
('tucatinib', 'L01EH03', NULL, NULL, NULL, FALSE, 600, 28, 28, '300 mg orally twice daily', 'Tukysa SmPC'),
('alpelisib', 'L01EM03', NULL, NULL, NULL, FALSE, 300, 28, 28, '300 mg orally daily', 'Piqray SmPC'),
('capivasertib', 'L01EX27', NULL, NULL, NULL, FALSE, 400, 8, 7, '400 mg orally twice daily, 4 days on, 3 days off', 'Truqap SmPC'),
('everolimus', 'L01EG02', NULL, NULL, NULL, TRUE, 10, 28, 28, '10 mg orally daily', 'Afinitor SmPC'),
('olaparib', 'L01XK01', NULL, NULL, NULL, FALSE, 600, 28, 28, '300 mg orally twice daily', 'Lynparza SmPC'),
('talazoparib', 'L01XK04', NULL, NULL, NULL, FALSE, 1, 28, 28, '1 mg orally daily', 'Talzenna SmPC'),
('pembrolizumab', 'L01FF02', NULL, NULL, NULL, FALSE, 200, 1, 21, '200 mg IV every 3 weeks (or 400 mg every 6 weeks)', 'Keytruda SmPC'),
('sacituzumab govitecan', 'L01FX17', NULL, NULL, NULL, FALSE, NULL, NULL, 21, '10 mg/kg IV days 1 and 8 every 3 weeks (weight-based: not costed)', 'Trodelvy SmPC'),
('datopotamab deruxtecan', NULL, NULL, NULL, NULL, FALSE, NULL, NULL, 21, '6 mg/kg IV every 3 weeks (weight-based: not costed)', 'Datroway SmPC')
ON CONFLICT (inn) DO NOTHING;

-- Tier rules: the lowest BHGI resource level (basic < limited < enhanced < maximal) at which BCBM Navigator expects a
-- drug to be deliverable when a country has no explicit data. This is the project's convention, aligned with the
-- Breast Health Global Initiative's four-level framework and the review's §5.6 (generic tamoxifen and zoledronic
-- acid affordable everywhere; CDK4/6 inhibitors, antibody-drug conjugates and NGS-guided agents out of reach in
-- most low- and middle-income settings). It is never shown as availability: answers label it "expected at tier".
ALTER TABLE drug ADD COLUMN minimum_tier TEXT CHECK (minimum_tier IN ('basic', 'limited', 'enhanced', 'maximal'));
ALTER TABLE drug ADD COLUMN requires_test TEXT;
UPDATE drug SET minimum_tier = 'basic' WHERE inn IN ('tamoxifen', 'doxorubicin', 'epirubicin', 'paclitaxel', 'docetaxel', 'capecitabine');
UPDATE drug SET minimum_tier = 'limited' WHERE inn IN ('letrozole', 'anastrozole', 'exemestane', 'goserelin', 'zoledronic acid', 'pamidronic acid', 'trastuzumab', 'gemcitabine', 'vinorelbine', 'carboplatin', 'cisplatin');
UPDATE drug SET minimum_tier = 'enhanced' WHERE inn IN ('fulvestrant', 'palbociclib', 'ribociclib', 'abemaciclib', 'denosumab', 'pertuzumab', 'everolimus', 'eribulin', 'trastuzumab emtansine');
UPDATE drug SET minimum_tier = 'maximal' WHERE inn IN ('trastuzumab deruxtecan', 'tucatinib', 'alpelisib', 'capivasertib', 'elacestrant', 'olaparib', 'talazoparib', 'pembrolizumab', 'sacituzumab govitecan', 'datopotamab deruxtecan');
UPDATE drug SET requires_test = 'HER2 IHC/ISH' WHERE inn IN ('trastuzumab', 'pertuzumab', 'trastuzumab emtansine', 'trastuzumab deruxtecan', 'tucatinib');
UPDATE drug SET requires_test = 'PIK3CA (tissue or ctDNA NGS/PCR)' WHERE inn = 'alpelisib';
UPDATE drug SET requires_test = 'PIK3CA/AKT1/PTEN (NGS)' WHERE inn = 'capivasertib';
UPDATE drug SET requires_test = 'ESR1 (ctDNA)' WHERE inn = 'elacestrant';
UPDATE drug SET requires_test = 'germline BRCA1/2' WHERE inn IN ('olaparib', 'talazoparib');
UPDATE drug SET requires_test = 'PD-L1 CPS (22C3)' WHERE inn = 'pembrolizumab';
-- a changed drug is a new version of the aggregate: consumers learn the rule by event
UPDATE drug SET version = version + 1 WHERE minimum_tier IS NOT NULL;

-- Curator overrides of the derived tier need a reason; the GNI per capita (when sourced) gives affordability.
ALTER TABLE country ADD COLUMN gni_per_capita_usd NUMERIC(12, 2);
ALTER TABLE country ADD COLUMN gni_per_capita_year INTEGER;
ALTER TABLE country ADD COLUMN gni_per_capita_source TEXT;
