/// Each staff login as a PostgreSQL role of the same name, in the group role `docket_staff`
/// (which may read, under the row-level security policies of schema v2, and change nothing):
/// made by `staff add` or reused when the cluster has it, its login taken away by
/// `staff deactivate` and given back when the person is made active again. Superusers and
/// the role Docket itself connects as are never touched: deactivating them would lock the
/// service out, and the policies do not bind them anyway.
extension PostgresStore {
    /// Whether this connection may make and change roles; without it, staff stay Docket records
    /// only and `psql` access is the database administrator's to grant.
    func managesRoles() throws -> Bool {
        try db.scalarInt("""
            SELECT count(*) FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)
              AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'docket_staff')
            """) == 1
    }

    /// Makes (or reuses) the login's role and puts it in `docket_staff`, inside the caller's transaction.
    func grantStaffRole(_ s: StaffMember) throws {
        guard try managesRoles(), try !isProtectedRole(s.login) else { return }
        // The name quoted by the server itself: a role name is an identifier, not a value.
        let role = try db.scalarText("SELECT quote_ident(?)", [.text(s.login)]) ?? "\"\""
        if try db.scalarInt("SELECT count(*) FROM pg_roles WHERE rolname = ?", [.text(s.login)]) == 0 {
            try db.exec("CREATE ROLE \(role) LOGIN")
        }
        try db.exec("GRANT docket_staff TO \(role); ALTER ROLE \(role) \(s.active ? "LOGIN" : "NOLOGIN")")
    }

    /// Superusers and the role this connection is: left as they are.
    private func isProtectedRole(_ login: String) throws -> Bool {
        try db.scalarInt("SELECT count(*) FROM pg_roles WHERE rolname = ? AND (rolsuper OR rolname = current_user)", [.text(login)]) == 1
    }
}
