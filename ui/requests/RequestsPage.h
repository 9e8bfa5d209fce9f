#pragma once

// Requests: every rights request in one table, sorted on any column, with
// filters (state, right, channel, assignee, year, overdue, mine) and a
// search on references and requesters' names. The table reads a page at a
// time, so it opens and scrolls at once whatever the number of requests.
// The request opened from it (Enter or a double click) shows below.

#include "ui/shell/Page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace habeas {

class RequestView;
class RequestsModel;
class Session;

class RequestsPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestsPage)

public:
    explicit RequestsPage(Session &session, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void clear() override;
    // The letter chosen on the open request's Letters tab.
    bool print() override;
    // The splitter, the table's columns and sort, and the filters but the
    // assignee and the search (they can name a person). Restoring fills the
    // filters' choices and filters the list at once.
    void restoreState(const AccountLocalSettings &settings) override;
    void saveState(AccountLocalSettings &settings) const override;

    RequestsModel *model() const { return m_model; }
    RequestView *detail() const { return m_detail; }
    // Every request whose reference or requester's surname starts with
    // `text`, whatever its state or other attributes (the global search's
    // "show them all"): the other filters are set back to "all".
    void showMatching(const QString &text);

Q_SIGNALS:
    // Enter or a double click on a row.
    void openRequested(qint64 requestId);
    // A request was saved, moved or extended from the page.
    void requestsChanged();

private:
    void fillChoices();
    void applyFilter();
    void showCount();

    Session &m_session;
    RequestsModel *m_model = nullptr;
    QSplitter *m_splitter = nullptr;
    RequestView *m_detail = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_right = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_year = nullptr;
    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_mine = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_typing = nullptr;
    bool m_sized = false;
};

} // namespace habeas
