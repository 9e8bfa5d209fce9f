#include "core/vault/Migrations.h"

#include "core/vault/Transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>


namespace habeas {

namespace {

// Version 1: the base every later domain builds on. Accounts, settings and
// the audit log stay minimal here; their issues extend them by new steps.
constexpr const char *Version1[] = {
    "CREATE TABLE habeas_meta ("
    " key TEXT PRIMARY KEY NOT NULL,"
    " value TEXT NOT NULL)",
    "CREATE TABLE accounts ("
    " id INTEGER PRIMARY KEY,"
    " login TEXT NOT NULL UNIQUE,"
    " full_name TEXT NOT NULL,"
    " role TEXT NOT NULL CHECK (role IN ('clerk', 'dpo', 'admin')),"
    " disabled BOOLEAN NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL,"
    " password_changed_at TEXT NOT NULL)",
    "CREATE TABLE settings ("
    " key TEXT PRIMARY KEY NOT NULL,"
    " value TEXT)",
    "CREATE TABLE audit_log ("
    " seq INTEGER PRIMARY KEY,"
    " at_utc TEXT NOT NULL,"
    " account TEXT NOT NULL,"
    " action TEXT NOT NULL,"
    " object_type TEXT NOT NULL DEFAULT '',"
    " object_id TEXT NOT NULL DEFAULT '',"
    " detail TEXT NOT NULL DEFAULT '')",
};

constexpr const char *AuditNoUpdate = "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                                      " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END";
constexpr const char *AuditNoDelete = "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                                      " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END";

// Version 2: accounts that must change their password, the audit log's
// hash chain, and SQL-level refusal of any change to past audit entries.
constexpr const char *Version2[] = {
    "ALTER TABLE accounts ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT 0",
    "ALTER TABLE accounts ADD COLUMN last_login_at TEXT",
    "ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''",
    AuditNoUpdate,
    AuditNoDelete,
};

// Version 3: rights requests. The table of rights is data (articles of Act
// no. 1.565 editable); a request has one or more rights, a state history,
// and its requester's identity and contact. surname_key is the folded
// surname for accent- and case-insensitive search.
constexpr const char *Version3[] = {
    "CREATE TABLE rights ("
    " id INTEGER PRIMARY KEY,"
    " key TEXT NOT NULL UNIQUE,"
    " article TEXT NOT NULL DEFAULT '',"
    " label_fr TEXT NOT NULL,"
    " label_en TEXT NOT NULL,"
    " position INTEGER NOT NULL)",
    "INSERT INTO rights (key, article, label_fr, label_en, position) VALUES"
    " ('access', '12', 'Droit d''accès', 'Right of access', 1)",
    "INSERT INTO rights (key, article, label_fr, label_en, position) VALUES"
    " ('rectification', '13', 'Droit de rectification', 'Right to rectification', 2)",
    "INSERT INTO rights (key, article, label_fr, label_en, position) VALUES"
    " ('erasure', '', 'Droit à l''effacement', 'Right to erasure', 3)",
    "INSERT INTO rights (key, article, label_fr, label_en, position) VALUES"
    " ('limitation', '', 'Droit à la limitation', 'Right to limitation', 4)",
    "INSERT INTO rights (key, article, label_fr, label_en, position) VALUES"
    " ('objection', '17', 'Droit d''opposition', 'Right to object', 5)",
    "CREATE TABLE requests ("
    " id INTEGER PRIMARY KEY,"
    " reference TEXT NOT NULL UNIQUE,"
    " year INTEGER NOT NULL,"
    " sequence INTEGER NOT NULL,"
    " channel TEXT NOT NULL CHECK (channel IN ('post', 'email', 'online', 'on-site', 'other')),"
    " received_on TEXT NOT NULL,"
    " first_due_on TEXT NOT NULL,"
    " due_on TEXT NOT NULL," // the date in force: first_due_on, or extended_until
    " extended_until TEXT,"
    " extension_reason TEXT,"
    " paused_days INTEGER NOT NULL DEFAULT 0,"
    " state TEXT NOT NULL,"
    " refusal_reason TEXT,"
    " civility TEXT NOT NULL DEFAULT '',"
    " surname TEXT NOT NULL,"
    " surname_key TEXT NOT NULL,"
    " first_name TEXT NOT NULL DEFAULT '',"
    " birth_name TEXT NOT NULL DEFAULT '',"
    " address TEXT NOT NULL DEFAULT '',"
    " email TEXT NOT NULL DEFAULT '',"
    " phone TEXT NOT NULL DEFAULT '',"
    " staff_number TEXT NOT NULL DEFAULT '',"
    " language TEXT NOT NULL CHECK (language IN ('fr', 'en')),"
    " agent_name TEXT NOT NULL DEFAULT '',"
    " agent_mandate_object TEXT NOT NULL DEFAULT '',"
    " agent_mandate_until TEXT,"
    " agent_may_receive_reply BOOLEAN NOT NULL DEFAULT 0,"
    " assignee TEXT NOT NULL DEFAULT '',"
    " notes TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL,"
    " UNIQUE (year, sequence))",
    "CREATE INDEX requests_state_due ON requests (state, due_on)",
    "CREATE INDEX requests_due ON requests (due_on)",
    "CREATE INDEX requests_surname ON requests (surname_key)",
    "CREATE TABLE request_rights ("
    " request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,"
    " right_id INTEGER NOT NULL REFERENCES rights (id),"
    " PRIMARY KEY (request_id, right_id))",
    "CREATE INDEX request_rights_right ON request_rights (right_id, request_id)",
    "CREATE TABLE request_states ("
    " id INTEGER PRIMARY KEY,"
    " request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,"
    " at_utc TEXT NOT NULL,"
    " account TEXT NOT NULL,"
    " from_state TEXT,"
    " to_state TEXT NOT NULL,"
    " reason TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX request_states_request ON request_states (request_id, id)",
};

// Version 4: the copy of the requester's identity document, kept only while
// the request is open, and the record that remains once it is destroyed.
constexpr const char *Version4[] = {
    "CREATE TABLE identity_documents ("
    " request_id INTEGER PRIMARY KEY REFERENCES requests (id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL,"
    " image BLOB NOT NULL,"
    " width INTEGER NOT NULL,"
    " height INTEGER NOT NULL,"
    " captured_at TEXT NOT NULL,"
    " captured_by TEXT NOT NULL,"
    " verified_by TEXT NOT NULL DEFAULT '',"
    " verified_on TEXT)",
    "CREATE TABLE document_destructions ("
    " request_id INTEGER PRIMARY KEY REFERENCES requests (id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL,"
    " verified_by TEXT NOT NULL DEFAULT '',"
    " verified_on TEXT,"
    " destroyed_on TEXT NOT NULL)",
};

// Version 5: the register of processings. Lists are child tables kept in
// order by `position`; legal texts are shared between processings; links
// point at other processings, which may be only referenced (described = 0).
constexpr const char *Version5[] = {
    "CREATE TABLE processings ("
    " id INTEGER PRIMARY KEY,"
    " reference TEXT NOT NULL DEFAULT '',"
    " name TEXT NOT NULL,"
    " name_key TEXT NOT NULL UNIQUE,"
    " controller TEXT NOT NULL DEFAULT '',"
    " status TEXT NOT NULL,"
    " described BOOLEAN NOT NULL DEFAULT 1,"
    " legal_basis TEXT,"
    " legal_justification TEXT NOT NULL DEFAULT '',"
    " transfers TEXT NOT NULL DEFAULT '',"
    " security_measures TEXT NOT NULL DEFAULT '',"
    " information_of_subjects TEXT NOT NULL DEFAULT '',"
    " rights_exercise TEXT NOT NULL DEFAULT '',"
    " updated_at TEXT NOT NULL)",
    "CREATE TABLE processing_items ("
    " processing_id INTEGER NOT NULL REFERENCES processings (id) ON DELETE CASCADE,"
    " list TEXT NOT NULL CHECK (list IN ('functionality', 'subject-category')),"
    " position INTEGER NOT NULL,"
    " text TEXT NOT NULL,"
    " PRIMARY KEY (processing_id, list, position))",
    "CREATE TABLE legal_texts ("
    " id INTEGER PRIMARY KEY,"
    " title TEXT NOT NULL,"
    " date TEXT NOT NULL DEFAULT '',"
    " reference TEXT NOT NULL DEFAULT '',"
    " UNIQUE (title, date, reference))",
    "CREATE TABLE processing_legal_texts ("
    " processing_id INTEGER NOT NULL REFERENCES processings (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " legal_text_id INTEGER NOT NULL REFERENCES legal_texts (id),"
    " PRIMARY KEY (processing_id, position))",
    "CREATE TABLE processing_data_categories ("
    " processing_id INTEGER NOT NULL REFERENCES processings (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " name TEXT NOT NULL,"
    " retention TEXT NOT NULL DEFAULT '',"
    " retention_days INTEGER,"
    " PRIMARY KEY (processing_id, position))",
    "CREATE TABLE processing_recipients ("
    " processing_id INTEGER NOT NULL REFERENCES processings (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " name TEXT NOT NULL,"
    " access TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (processing_id, position))",
    "CREATE TABLE processing_links ("
    " processing_id INTEGER NOT NULL REFERENCES processings (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('interconnection', 'matching')),"
    " target_id INTEGER NOT NULL REFERENCES processings (id),"
    " PRIMARY KEY (processing_id, position))",
    "CREATE INDEX processing_links_target ON processing_links (target_id)",
    "CREATE TABLE processing_history ("
    " id INTEGER PRIMARY KEY,"
    " processing_id INTEGER NOT NULL REFERENCES processings (id) ON DELETE CASCADE,"
    " at_utc TEXT NOT NULL,"
    " account TEXT NOT NULL,"
    " fields TEXT NOT NULL)",
};

// Version 6: deliberations of the authority, their sections, the earlier
// deliberations they cite, and the conditions the DPO follows.
constexpr const char *Version6[] = {
    "CREATE TABLE deliberations ("
    " id INTEGER PRIMARY KEY,"
    " number TEXT NOT NULL UNIQUE,"
    " date TEXT NOT NULL,"
    " authority TEXT NOT NULL CHECK (authority IN ('ccin', 'apdp')),"
    " kind TEXT NOT NULL,"
    " subject TEXT NOT NULL,"
    " title TEXT NOT NULL,"
    " presented_by TEXT NOT NULL DEFAULT '',"
    " processing_id INTEGER REFERENCES processings (id),"
    " journal_number TEXT NOT NULL DEFAULT '',"
    " journal_date TEXT,"
    " source_reference TEXT NOT NULL DEFAULT '',"
    " full_text TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE deliberation_sections ("
    " deliberation_id INTEGER NOT NULL REFERENCES deliberations (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " heading TEXT NOT NULL,"
    " text TEXT NOT NULL,"
    " PRIMARY KEY (deliberation_id, position))",
    "CREATE TABLE deliberation_citations ("
    " deliberation_id INTEGER NOT NULL REFERENCES deliberations (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " number TEXT NOT NULL,"
    " date TEXT,"
    " title TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (deliberation_id, position))",
    "CREATE TABLE conditions ("
    " id INTEGER PRIMARY KEY,"
    " deliberation_id INTEGER NOT NULL REFERENCES deliberations (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " kind TEXT NOT NULL,"
    " text TEXT NOT NULL,"
    " status TEXT NOT NULL,"
    " owner TEXT NOT NULL DEFAULT '',"
    " due_on TEXT,"
    " evidence TEXT NOT NULL DEFAULT '',"
    " updated_by TEXT NOT NULL,"
    " updated_at TEXT NOT NULL)",
    "CREATE INDEX conditions_status ON conditions (status, deliberation_id, position)",
    "CREATE TABLE condition_history ("
    " id INTEGER PRIMARY KEY,"
    " condition_id INTEGER NOT NULL REFERENCES conditions (id) ON DELETE CASCADE,"
    " at_utc TEXT NOT NULL,"
    " account TEXT NOT NULL,"
    " from_status TEXT NOT NULL,"
    " to_status TEXT NOT NULL,"
    " note TEXT NOT NULL DEFAULT '')",
};

// Version 7: the processings a request concerns, with the finding for each
// (whether data is held, what was done).
constexpr const char *Version7[] = {
    "CREATE TABLE request_processings ("
    " request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,"
    " processing_id INTEGER NOT NULL REFERENCES processings (id),"
    " data_held BOOLEAN,"
    " action TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (request_id, processing_id))",
};

// Version 8: which password of its key slot an account row knows (the
// slot's serial), so that an interrupted password change is found and
// finished at the next sign-in.
constexpr const char *Version8[] = {
    "ALTER TABLE accounts ADD COLUMN key_serial INTEGER NOT NULL DEFAULT 1",
};

// Version 9: each audit entry carries the Ed25519 signature of the account
// that acted; the index finds an account's latest grant at sign-in.
constexpr const char *Version9[] = {
    "ALTER TABLE audit_log ADD COLUMN signature TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX audit_log_grants ON audit_log (action, object_id, seq)",
};

// Version 10: identity images are encrypted under a key of their own
// (image: nonce and ciphertext), itself sealed under the case key that only
// accounts who may see documents hold.
constexpr const char *Version10[] = {
    "ALTER TABLE identity_documents ADD COLUMN sealed_key BLOB NOT NULL DEFAULT x''",
};

// Version 11: the request list sorts on every column; an index per order
// (with the reference, which breaks ties) keeps each page a range scan.
constexpr const char *Version11[] = {
    "CREATE INDEX requests_received ON requests (received_on, reference)",
    "CREATE INDEX requests_state ON requests (state, reference)",
    "CREATE INDEX requests_channel ON requests (channel, reference)",
    "CREATE INDEX requests_assignee ON requests (assignee, reference)",
    "DROP INDEX requests_surname",
    "CREATE INDEX requests_surname_reference ON requests (surname_key, reference)",
    "CREATE INDEX requests_year ON requests (year, due_on)",
};

// Version 12: each account's checkpoint in the audit log: the head it
// verified at its last sign-in and a digest of the grants before it, signed
// with its key, so that the next sign-in walks only what came since.
constexpr const char *Version12[] = {
    "CREATE TABLE audit_checkpoints (login TEXT PRIMARY KEY, seq INTEGER NOT NULL, hash TEXT NOT NULL,"
    " grants TEXT NOT NULL, signature TEXT NOT NULL)",
};

// Version 13: a version per request, raised by every change, so that a save
// over a request someone changed since it was read is refused; internal
// notes, each with its author and time.
constexpr const char *Version13[] = {
    "ALTER TABLE requests ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "CREATE TABLE request_notes ("
    " id INTEGER PRIMARY KEY,"
    " request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,"
    " at_utc TEXT NOT NULL,"
    " author TEXT NOT NULL,"
    " text TEXT NOT NULL)",
    "CREATE INDEX request_notes_request ON request_notes (request_id, id)",
};

// Version 14: what the clerk checked on an identity document before
// calling the identity verified (photograph, name, date of birth, validity).
constexpr const char *Version14[] = {
    "ALTER TABLE identity_documents ADD COLUMN checks TEXT NOT NULL DEFAULT ''",
};

// Version 15: a request's own audit entries are found by their object
// (its History tab); the day a request ended and the day its case file was
// anonymised, so that the retention of ended requests is a range scan over
// those not yet anonymised.
constexpr const char *Version15[] = {
    "CREATE INDEX audit_log_object ON audit_log (object_type, object_id, seq)",
    "ALTER TABLE requests ADD COLUMN ended_on TEXT",
    "ALTER TABLE requests ADD COLUMN anonymised_on TEXT",
    "UPDATE requests SET ended_on = (SELECT substr(MAX(s.at_utc), 1, 10) FROM request_states s"
    " WHERE s.request_id = requests.id AND s.to_state = requests.state)"
    " WHERE state IN ('closed', 'refused', 'withdrawn')",
    "CREATE INDEX requests_ended ON requests (ended_on) WHERE anonymised_on IS NULL",
};

// Version 16: the orders by the date in force end with the reference too,
// as the others do since version 11, so that a page deep in the list is a
// range scan and no run of equal dates is sorted; the state after them
// tells open requests without reading the row. The surname index also holds
// the state and the date in force, so that a search counts and sorts its
// matches from the index alone.
constexpr const char *Version16[] = {
    "DROP INDEX requests_due",
    "CREATE INDEX requests_due ON requests (due_on, reference, state)",
    "DROP INDEX requests_state_due",
    "CREATE INDEX requests_state_due ON requests (state, due_on, reference)",
    "DROP INDEX requests_year",
    "CREATE INDEX requests_year ON requests (year, due_on, reference)",
    "DROP INDEX requests_surname_reference",
    "CREATE INDEX requests_surname ON requests (surname_key, reference, state, due_on)",
};

// Version 17: letters. Where a processing's data comes from (an access
// reply tells it), where an agent receives the reply. The templates the DPO adapts, each save a new version
// that stays, so an issued letter always names the text it was made from;
// and the letters issued, kept as the PDF that was printed or sent. The
// PDF is cleared with the rest of the case file (retention), its row stays.
constexpr const char *Version17[] = {
    "ALTER TABLE processings ADD COLUMN data_source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE requests ADD COLUMN agent_address TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE letter_templates ("
    " id INTEGER PRIMARY KEY,"
    " kind TEXT NOT NULL,"
    " language TEXT NOT NULL CHECK (language IN ('fr', 'en')),"
    " version INTEGER NOT NULL CHECK (version >= 1),"
    " subject TEXT NOT NULL,"
    " body TEXT NOT NULL,"
    " saved_at TEXT NOT NULL,"
    " saved_by TEXT NOT NULL,"
    " UNIQUE (kind, language, version))",
    "CREATE TABLE letters ("
    " id INTEGER PRIMARY KEY,"
    " request_id INTEGER NOT NULL REFERENCES requests (id),"
    " kind TEXT NOT NULL,"
    " language TEXT NOT NULL,"
    " template_id INTEGER NOT NULL REFERENCES letter_templates (id),"
    " issued_at TEXT NOT NULL,"
    " issued_by TEXT NOT NULL,"
    " pages INTEGER NOT NULL,"
    " pdf BLOB,"
    " sha256 TEXT NOT NULL,"
    " cleared_on TEXT)",
    "CREATE INDEX letters_request ON letters (request_id, id)",
};

// Version 18: whether a processing's data must be given, and what follows
// when it is not (the public privacy notice says it); NULL: not stated.
constexpr const char *Version18[] = {
    "ALTER TABLE processings ADD COLUMN data_mandatory INTEGER CHECK (data_mandatory IN (0, 1))",
    "ALTER TABLE processings ADD COLUMN mandatory_reason TEXT NOT NULL DEFAULT ''",
};

// Version 19: the register's history keeps each changed field's value
// before and after (a JSON array of [field, before, after]), so that the DPO
// reads what changed, not only which fields.
constexpr const char *Version19[] = {
    "ALTER TABLE processing_history ADD COLUMN changes TEXT NOT NULL DEFAULT ''",
};

// Version 20: a condition may be measured by one of the indicators Habeas
// computes itself (ConditionIndicator); NULL: measured by no indicator.
constexpr const char *Version20[] = {
    "ALTER TABLE conditions ADD COLUMN indicator TEXT"
    " CHECK (indicator IN ('access-on-time', 'exports-encrypted'))",
};

// Version 21: the earlier texts of a deliberation replaced by a republished
// or corrected one (DeliberationService::addVersion); the deliberation
// itself keeps its row, conditions and their follow-up. Version n is the
// text that was current before the n-th replacement.
constexpr const char *Version21[] = {
    "CREATE TABLE deliberation_versions ("
    " deliberation_id INTEGER NOT NULL REFERENCES deliberations (id) ON DELETE CASCADE,"
    " version INTEGER NOT NULL CHECK (version >= 1),"
    " replaced_at TEXT NOT NULL,"
    " account TEXT NOT NULL,"
    " journal_number TEXT NOT NULL DEFAULT '',"
    " journal_date TEXT,"
    " full_text TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (deliberation_id, version))",
};

constexpr MigrationStep Steps[] = {
    {1, Version1},
    {2, Version2},
    {3, Version3},
    {4, Version4},
    {5, Version5},
    {6, Version6},
    {7, Version7},
    {8, Version8},
    {9, Version9},
    {10, Version10},
    {11, Version11},
    {12, Version12},
    {13, Version13},
    {14, Version14},
    {15, Version15},
    {16, Version16},
    {17, Version17},
    {18, Version18},
    {19, Version19},
    {20, Version20},
    {21, Version21},
};

} // namespace

std::vector<GuardTrigger> Migrations::guardTriggers()
{
    return {{QStringLiteral("audit_log_no_update"), QString::fromLatin1(AuditNoUpdate), 2},
            {QStringLiteral("audit_log_no_delete"), QString::fromLatin1(AuditNoDelete), 2}};
}

std::span<const MigrationStep> Migrations::steps()
{
    return Steps;
}

int Migrations::latestVersion()
{
    return std::end(Steps)[-1].version;
}

Result<int> Migrations::currentVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QLatin1String("habeas_meta")))
        return 0;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT value FROM habeas_meta WHERE key = 'schema_version'")) || !query.exec())
        return makeError(ErrorCode::Sql, tr("The vault's schema version cannot be read."), query.lastError().text());
    if (!query.next())
        return makeError(ErrorCode::DatabaseCorrupt, tr("The vault has no schema version; it is damaged."));
    bool ok = false;
    const int version = query.value(0).toString().toInt(&ok);
    if (!ok || version < 1)
        return makeError(ErrorCode::DatabaseCorrupt, tr("The vault's schema version is unreadable; it is damaged."));
    return version;
}

Result<int> Migrations::migrate(QSqlDatabase &db)
{
    return migrate(db, Steps);
}

Result<int> Migrations::migrate(QSqlDatabase &db, std::span<const MigrationStep> steps)
{
    const int latest = steps.empty() ? 0 : steps.back().version;
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latest)
        return makeError(ErrorCode::NewerVersion,
                         tr("This vault was written by a newer version of Habeas (schema %1; this version knows up to %2). Install the newer version to open it.")
                             .arg(*current)
                             .arg(latest));
    for (const MigrationStep &step : steps) {
        if (step.version <= *current)
            continue;
        const QString failed = tr("The vault could not be upgraded to schema %1; it was left at schema %2.")
                                   .arg(step.version)
                                   .arg(*current);
        const QString stays = QStringLiteral("; schema stays %1").arg(*current);
        auto transaction = Transaction::begin(db, failed);
        if (!transaction)
            return transaction.error();
        QSqlQuery query(db);
        QString failure;
        for (const char *sql : step.statements) {
            if (!query.exec(QString::fromUtf8(sql))) {
                failure = query.lastError().text();
                break;
            }
        }
        if (failure.isEmpty()) {
            query.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO habeas_meta (key, value) VALUES ('schema_version', ?)"));
            query.addBindValue(QString::number(step.version));
            if (!query.exec())
                failure = query.lastError().text();
        }
        query.finish();
        if (!failure.isEmpty())
            return makeError(ErrorCode::Sql, failed, QStringLiteral("step %1: ").arg(step.version) + failure + stays);
        if (auto committed = transaction->commit(); !committed) {
            Error error = committed.error();
            error.detail = QStringLiteral("step %1: ").arg(step.version) + error.detail + stays;
            return error;
        }
        *current = step.version;
    }
    return *current;
}

} // namespace habeas
