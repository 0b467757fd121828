-- Stored sources and notes cite the source review by its title, not as "the seed review": partners read these
-- strings in answers and exports. Review: Erkinova Shoxista Rustamjon kizi, Adhamjonova Uktamxon Akmalkhon kizi,
-- "Breast Cancer And Bone Metastasis: A Critical Analysis of Traditional and Modern Treatment Strategies"
-- (Andijan State Medical Institute). Every changed row gets a new version, so the change is republished.
DO $$
DECLARE
    col RECORD;
    has_version BOOLEAN;
    title CONSTANT TEXT := 'the review "Breast Cancer And Bone Metastasis: A Critical Analysis of Traditional and Modern Treatment Strategies"';
BEGIN
    FOR col IN
        SELECT c.table_name, c.column_name
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
          AND c.data_type IN ('text', 'character varying')
          AND c.table_name NOT IN ('flyway_schema_history', 'outbox_event', 'processed_event')
    LOOP
        SELECT EXISTS (SELECT 1 FROM information_schema.columns
                       WHERE table_schema = current_schema() AND table_name = col.table_name AND column_name = 'version')
          INTO has_version;
        EXECUTE format(
            'UPDATE %I SET %I = replace(replace(replace(%I, %L, %L), %L, %L), %L, %L)%s WHERE %I LIKE %L OR %I LIKE %L',
            col.table_name, col.column_name, col.column_name,
            'The seed review', 'The review "Breast Cancer And Bone Metastasis: A Critical Analysis of Traditional and Modern Treatment Strategies"',
            'the seed review', title,
            'seed review', title,
            CASE WHEN has_version THEN ', version = version + 1' ELSE '' END,
            col.column_name, '%seed review%', col.column_name, '%The seed review%');
    END LOOP;
END $$;
