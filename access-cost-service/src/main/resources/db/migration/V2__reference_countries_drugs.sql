-- Reference data of the first slice. Every row names its source; see docs/access-sources.md.
-- World Bank FY2026 classification (1 July 2025, 2024 Atlas GNI per capita). The FY2026 changes (Costa Rica up,
-- Cabo Verde and Samoa up, Namibia down) involve none of these countries, so each keeps its earlier group.
INSERT INTO country (code, name, income_group, income_group_year, income_group_source, radiotherapy_available, radiotherapy_source) VALUES
('US', 'United States', 'high', 2026, 'World Bank country classification FY2026', NULL, NULL),
('GB', 'United Kingdom', 'high', 2026, 'World Bank country classification FY2026', NULL, NULL),
('BR', 'Brazil', 'upper_middle', 2026, 'World Bank country classification FY2024, unchanged in FY2026', NULL, NULL),
('CN', 'China', 'upper_middle', 2026, 'World Bank country classification FY2024, unchanged in FY2026', NULL, NULL),
('UZ', 'Uzbekistan', 'lower_middle', 2026, 'World Bank country classification FY2025, unchanged in FY2026', NULL, NULL),
('IN', 'India', 'lower_middle', 2026, 'World Bank country classification, unchanged in FY2026', NULL, NULL),
('NG', 'Nigeria', 'lower_middle', 2026, 'World Bank country classification, unchanged in FY2026', NULL, NULL),
('NE', 'Niger', 'low', 2026, 'World Bank country classification, unchanged in FY2026', TRUE,
 'IAEA Bulletin: Niger''s first public radiotherapy centre (commissioned 2021; LINAC inaugurated October 2024)'),
('MW', 'Malawi', 'low', 2026, 'World Bank country classification, unchanged in FY2026', TRUE,
 'Radiotherapy Association of Malawi: Malawi National Cancer Centre, Lilongwe, opened 2 July 2025');

-- WHO Model List of Essential Medicines (list.essentialmeds.org); 'not_listed' only where the Expert Committee
-- decision was seen (2021: CDK4/6 inhibitors, fulvestrant and pertuzumab not added); NULL where not yet curated.
-- Schedules: standard adult doses from the products' labels (EU SmPC / US prescribing information).
INSERT INTO drug (inn, atc_code, who_eml, who_eml_year, who_eml_source, generic_exists, dose_mg, administrations_per_cycle, cycle_days, schedule, schedule_source) VALUES
('denosumab', 'M05BX04', NULL, NULL, NULL, TRUE, 120, 1, 28, '120 mg subcutaneously every 4 weeks', 'Xgeva SmPC; NICE TA265'),
('zoledronic acid', 'M05BA08', 'complementary', 2017, 'WHO EML (first added 2017, TRS 1006): malignant neoplasm metastasis in bone', TRUE, 4, 1, 28, '4 mg IV every 3-4 weeks (costed every 4 weeks)', 'Zometa SmPC'),
('pamidronic acid', 'M05BA03', NULL, NULL, NULL, TRUE, 90, 1, 28, '90 mg IV every 3-4 weeks (costed every 4 weeks)', 'Aredia SmPC'),
('letrozole', 'L02BG04', NULL, NULL, NULL, TRUE, 2.5, 28, 28, '2.5 mg orally daily', 'Femara SmPC'),
('anastrozole', 'L02BG03', NULL, NULL, NULL, TRUE, 1, 28, 28, '1 mg orally daily', 'Arimidex SmPC'),
('exemestane', 'L02BG06', NULL, NULL, NULL, TRUE, 25, 28, 28, '25 mg orally daily', 'Aromasin SmPC'),
('tamoxifen', 'L02BA01', 'complementary', 1984, 'WHO EML (first added 1984, TRS 722)', TRUE, 20, 28, 28, '20 mg orally daily', 'Nolvadex SmPC'),
('fulvestrant', 'L02BA03', 'not_listed', 2021, 'WHO Expert Committee 2021 (22nd list): not added', TRUE, 500, 1, 28, '500 mg IM every 4 weeks after loading doses on days 1, 15, 29 (steady-state costing)', 'Faslodex SmPC'),
('goserelin', 'L02AE03', NULL, NULL, NULL, NULL, 3.6, 1, 28, '3.6 mg SC implant every 4 weeks', 'Zoladex SmPC'),
('palbociclib', 'L01EF01', 'not_listed', 2021, 'WHO Expert Committee 2021 (22nd list): CDK4/6 inhibitors not added', NULL, 125, 21, 28, '125 mg orally daily, days 1-21 of 28', 'Ibrance SmPC; NICE TA495'),
('ribociclib', 'L01EF02', 'not_listed', 2021, 'WHO Expert Committee 2021 (22nd list): CDK4/6 inhibitors not added', NULL, 600, 21, 28, '600 mg orally daily, days 1-21 of 28', 'Kisqali SmPC; NICE TA496'),
('abemaciclib', 'L01EF03', 'not_listed', 2021, 'WHO Expert Committee 2021 (22nd list): CDK4/6 inhibitors not added', NULL, 300, 28, 28, '150 mg orally twice daily, continuous', 'Verzenios SmPC; NICE TA563'),
('trastuzumab', 'L01FD01', 'complementary', 2015, 'WHO EML (first added 2015, TRS 994; quality-assured biosimilars included 2019)', TRUE, NULL, NULL, 21, '8 mg/kg loading then 6 mg/kg IV every 3 weeks (weight-based: not costed without weight)', 'Herceptin SmPC'),
('pertuzumab', 'L01FD02', 'not_listed', 2021, 'WHO Expert Committee 2021 (22nd list): not added', NULL, 420, 1, 21, '840 mg loading then 420 mg IV every 3 weeks (steady-state costing)', 'Perjeta SmPC; NICE TA509'),
('docetaxel', 'L01CD02', NULL, NULL, NULL, TRUE, NULL, NULL, 21, '75 mg/m2 IV every 3 weeks (body-surface based: not costed)', 'CLEOPATRA protocol; docetaxel SmPC'),
('paclitaxel', 'L01CD01', NULL, NULL, NULL, TRUE, NULL, NULL, 28, '80-90 mg/m2 IV weekly (body-surface based: not costed)', 'paclitaxel SmPC'),
('capecitabine', 'L01BC06', 'complementary', 2019, 'WHO EML 21st list (2019), 8.2.1: metastatic breast cancer', TRUE, NULL, NULL, 21, '1000-1250 mg/m2 twice daily days 1-14 of 21 (body-surface based: not costed)', 'Xeloda SmPC');

-- Prices. UK: NHS list prices quoted in NICE appraisals (list prices excluding VAT; confidential NHS discounts
-- apply) and NHS eMIT 2016 hospital generic prices. India: NPPA ceiling prices. US: Medicare Part B ASP payment
-- limit (ASP + 6 %) for HCPCS J0897. Availability: a product with a NICE list price or an Indian ceiling price is
-- marketed there; nothing else is inferred.
INSERT INTO listing (country_code, inn, registered, reimbursed, generic_available, availability_source, availability_as_of, price_amount, price_currency, price_per, pack_units, unit_strength_mg, price_source, price_as_of) VALUES
('GB', 'denosumab', TRUE, TRUE, NULL, 'NICE TA265 (recommended for bone metastases from breast cancer)', '2012-10-01', 309.86, 'GBP', '120 mg vial (Xgeva)', 1, 120, 'NICE TA265, BNF 63 list price', '2012-10-01'),
('GB', 'palbociclib', TRUE, TRUE, FALSE, 'NICE TA495 / TA619', '2019-10-01', 2950.00, 'GBP', 'pack of 21 x 125 mg capsules (Ibrance)', 21, 125, 'NICE TA619, BNF online accessed October 2019', '2019-10-01'),
('GB', 'ribociclib', TRUE, TRUE, FALSE, 'NICE TA496', '2017-12-20', 2950.00, 'GBP', 'pack of 63 x 200 mg tablets (Kisqali)', 63, 200, 'NICE TA496, MIMS accessed November 2017', '2017-11-01'),
('GB', 'abemaciclib', TRUE, TRUE, FALSE, 'NICE TA563', '2019-02-27', 2950.00, 'GBP', 'pack of 56 x 150 mg tablets (Verzenios)', 56, 150, 'NICE TA563 (as reported by ESMO), MIMS accessed December 2018', '2018-12-01'),
('GB', 'pertuzumab', TRUE, TRUE, FALSE, 'NICE TA509', '2018-03-07', 2395.00, 'GBP', '420 mg vial (Perjeta)', 1, 420, 'NICE TA509, BNF list price', '2018-03-07'),
('GB', 'trastuzumab', TRUE, TRUE, NULL, 'NICE TA569', '2019-03-20', 407.40, 'GBP', '150 mg vial (Herceptin IV)', 1, 150, 'NICE TA569, BNF online accessed May 2018', '2018-05-01'),
('GB', 'fulvestrant', TRUE, NULL, NULL, 'NICE TA239', '2011-12-01', 522.41, 'GBP', 'pack of 2 x 250 mg prefilled syringes', 2, 250, 'NICE TA239, BNF 61 list price', '2011-12-01'),
('GB', 'anastrozole', TRUE, TRUE, TRUE, 'NHS eMIT 2016 (PharmacoEconomics Open 2019;3:559-570, Table 1)', '2016-12-31', 0.75, 'GBP', 'pack of 28 x 1 mg tablets', 28, 1, 'NHS eMIT 2016 via PharmacoEconomics Open 2019;3:559-570', '2016-12-31'),
('GB', 'letrozole', TRUE, TRUE, TRUE, 'NHS eMIT 2016 (PharmacoEconomics Open 2019;3:559-570, Table 1)', '2016-12-31', 1.52, 'GBP', 'pack of 28 x 2.5 mg tablets', 28, 2.5, 'NHS eMIT 2016 via PharmacoEconomics Open 2019;3:559-570', '2016-12-31'),
('GB', 'tamoxifen', TRUE, TRUE, TRUE, 'NHS eMIT 2016 (PharmacoEconomics Open 2019;3:559-570, Table 1)', '2016-12-31', 1.62, 'GBP', 'pack of 30 x 20 mg tablets', 30, 20, 'NHS eMIT 2016 via PharmacoEconomics Open 2019;3:559-570', '2016-12-31'),
('IN', 'zoledronic acid', TRUE, NULL, TRUE, 'NPPA ceiling price order S.O. 194(E) (product on the Indian market)', '2023-01-11', 2133.32, 'INR', '4 mg vial (powder for injection)', 1, 4, 'NPPA ceiling price, S.O. 194(E) of 11 January 2023 (excl. GST)', '2023-01-11'),
('IN', 'letrozole', TRUE, NULL, TRUE, 'NPPA ceiling price as enforced by the Telangana Drugs Control Administration', '2024-04-07', 29.32, 'INR', '2.5 mg tablet', 1, 2.5, 'NPPA ceiling price incl. WPI, reported by the Telangana DCA on 7 April 2024 (excl. GST)', '2024-04-07'),
('US', 'denosumab', TRUE, NULL, TRUE, 'CMS ASP file Q3 2026 lists denosumab biosimilars (Q5136, Q5162)', '2026-07-01', 30.101, 'USD', '1 mg (HCPCS J0897, Medicare Part B payment limit)', 1, 1, 'CMS ASP pricing file Q3 2026 (ASP + 6 %), via carecostoptimizer.com', '2026-07-01');
