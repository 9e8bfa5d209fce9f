#pragma once

// The global search's results as a two-level tree: a heading per group
// (requests, then processings), the group's first matches under it, and a
// last row saying how many more there are. Headings and the processings'
// "more" row can be neither selected nor reached with the arrow keys.
//
// The requests come from the request list's own search (reference or
// surname, accents and case ignored), the processings from the register's
// search; a group the role may not see is not searched. The model holds
// personal data (requesters' names): clear() forgets it.

#include "core/register/Processing.h"
#include "core/requests/Request.h"

#include <QAbstractItemModel>

#include <vector>

namespace habeas {

class Session;

class GlobalSearchModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlobalSearchModel)

public:
    // Matches shown per group.
    static constexpr int GroupLimit = 20;
    // Request rows fill the columns; headings, processings and "more" rows
    // span them (the view's business: firstColumnSpanned).
    enum Column { Title, Requester, State, Due, ColumnCount };
    enum class Kind { Heading, Request, MoreRequests, Processing, MoreProcessings };
    // A row's Kind (an int).
    static constexpr int KindRole = Qt::UserRole + 1;
    // A request's or a processing's id.
    static constexpr int IdRole = Qt::UserRole + 2;
    // Whether a row spans every column.
    static constexpr int SpannedRole = Qt::UserRole + 3;

    // The session must outlive the model.
    explicit GlobalSearchModel(Session &session, QObject *parent = nullptr);

    // Searches both groups for `text`; an empty text empties the model.
    void search(const QString &text);
    void clear();
    QString text() const { return m_text; }
    // The error of the last search, empty when it went well.
    QString lastError() const { return m_error; }
    qint64 requestTotal() const { return m_requestTotal; }
    qint64 processingTotal() const { return qint64(m_processings.size()); }
    // The first row that can be opened, or an invalid index.
    QModelIndex firstResult() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    enum class Group { Requests, Processings };
    // The groups shown, in order: those with matches.
    std::vector<Group> groups() const;
    int childCount(Group group) const;
    Kind kindOf(const QModelIndex &index) const;
    QVariant requestData(const RequestRow &row, int column, int role) const;
    QVariant processingData(const ProcessingSummary &processing, int role) const;

    Session &m_session;
    QString m_text;
    QString m_error;
    std::vector<RequestRow> m_requests;
    qint64 m_requestTotal = 0;
    std::vector<ProcessingSummary> m_processings;
};

} // namespace habeas
