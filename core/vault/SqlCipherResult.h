#pragma once

// The QSqlResult of SqlCipherDriver: one prepared sqlite3_stmt.
//
// Forward-only queries read each value straight from the statement (no copy
// of the result set); scrollable queries cache the rows they have stepped
// over so that previous(), first() and seek() work. size() is not known in
// advance (QuerySize is not a feature), as with every SQLite driver.

#include <QSqlRecord>
#include <QSqlResult>

#include <QVariant>

#include <vector>

struct sqlite3_stmt;

namespace habeas {

class SqlCipherDriver;

class SqlCipherResult final : public QSqlResult {
    Q_DISABLE_COPY_MOVE(SqlCipherResult)

public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;

    // Releases the statement; called by the driver when it closes.
    void finalize();

protected:
    bool prepare(const QString &query) override;
    bool exec() override;
    bool reset(const QString &query) override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchPrevious() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    enum class StepResult { Row, Done, Error };
    StepResult step();
    bool advance();
    QVariant columnValue(int column) const;
    QVariant nullValue(int column) const;
    QList<QVariant> readRow() const;
    bool bindAll();
    void setStatementError(const QString &what, int code);
    void releaseRows();
    const SqlCipherDriver *cipherDriver() const;

    sqlite3_stmt *m_stmt = nullptr;
    QSqlRecord m_record;
    // A row the statement has stepped onto but QSqlQuery has not fetched yet
    // (exec() steps once to run the statement and learn whether it has rows).
    bool m_rowPending = false;
    bool m_done = false;
    int m_rowsAffected = -1;
    qint64 m_lastRowId = 0;
    // Scrollable mode: every row stepped over; forward-only mode: empty,
    // except for the last row once fetchLast() has stepped past it.
    std::vector<QList<QVariant>> m_rows;
    bool m_detachedCurrent = false;
};

} // namespace habeas
