-- NHS list prices of the newer agents, as quoted in NICE technology appraisals (BNF list prices, excluding VAT;
-- most are supplied to the NHS at confidential discounts, so these are upper bounds). Registration follows from the
-- BNF listing; whether NICE recommended each agent for the breast-cancer use is not on file, so reimbursed stays
-- NULL. Excerpts: docs/research/uk-prices.md. Older branded prices found for agents that are now generic
-- (everolimus 2016, capecitabine 2010, docetaxel 2005) are deliberately not loaded: they would overstate today's cost.
INSERT INTO listing (country_code, inn, registered, reimbursed, generic_available, availability_source, availability_as_of,
    price_amount, price_currency, price_per, pack_units, unit_strength_mg, price_source, price_as_of) VALUES
('GB', 'trastuzumab deruxtecan', TRUE, NULL, NULL, 'NICE TA992 (BNF list price)', '2024-06-01',
    1455.00, 'GBP', '100 mg vial (Enhertu)', 1, 100, 'NICE TA992 section 2.3, BNF online accessed June 2024', '2024-06-01'),
('GB', 'trastuzumab emtansine', TRUE, NULL, NULL, 'NICE TA632 (BNF list price)', '2020-03-01',
    1641.01, 'GBP', '100 mg vial (Kadcyla; 160 mg vial GBP 2,625.62)', 1, 100, 'NICE TA632 section 2.3, BNF online accessed March 2020', '2020-03-01'),
('GB', 'tucatinib', TRUE, NULL, NULL, 'NICE TA786 (BNF list price)', '2022-02-01',
    5636.84, 'GBP', 'pack of 84 x 150 mg tablets (Tukysa)', 84, 150, 'NICE TA786 section 2.3, BNF online accessed February 2022', '2022-02-01'),
('GB', 'alpelisib', TRUE, NULL, NULL, 'NICE TA816 (BNF list price)', '2022-05-01',
    4082.14, 'GBP', 'pack of 56 x 150 mg tablets (Piqray)', 56, 150, 'NICE TA816 section 2.3, BNF online accessed May 2022', '2022-05-01'),
('GB', 'pembrolizumab', TRUE, NULL, NULL, 'NICE TA801 (BNF list price)', '2022-01-01',
    2630.00, 'GBP', '100 mg/4 mL vial (Keytruda)', 1, 100, 'NICE TA801 section 2.3, BNF online accessed January 2022', '2022-01-01'),
('GB', 'eribulin', TRUE, NULL, NULL, 'NICE TA515 (BNF list price)', '2017-10-01',
    361.00, 'GBP', '0.88 mg/2 mL vial (Halaven; 1.32 mg/3 mL GBP 541.50)', 1, NULL, 'NICE TA515 section 2.3, BNF online accessed October 2017', '2017-10-01')
ON CONFLICT (country_code, inn) DO NOTHING;
