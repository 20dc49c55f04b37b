/// Schema v5: a reversal's entry is checked by a trigger instead of a foreign key. The key's
/// check locks the row it points at (`FOR KEY SHARE`, run as the table's owner), which needs the
/// UPDATE right that v3 takes from the owner: with any owner but a superuser, no reversal (nor
/// the demo, which has some) could be recorded. Ledger rows are never deleted, so a plain look
/// at the ledger once the insert is done says as much as the key did. The look runs as the
/// owner, so a person's role reverses an entry its row-level security would hide the same way.
extension PostgresSchema {
    static let v5 = """
    ALTER TABLE ledger DROP CONSTRAINT IF EXISTS ledger_reverses_fkey;
    CREATE FUNCTION ledger_reverses_known() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM ledger WHERE id = NEW.reverses) THEN
            RAISE EXCEPTION 'ledger entry % reverses entry %, which is not in the ledger', NEW.id, NEW.reverses
                USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NULL;
    END $$;
    CREATE CONSTRAINT TRIGGER ledger_reverses_known AFTER INSERT ON ledger FOR EACH ROW
        WHEN (NEW.reverses IS NOT NULL) EXECUTE FUNCTION ledger_reverses_known();
    """
}
