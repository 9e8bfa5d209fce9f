#pragma once

// The DPO's board: every condition of the authority still open or in
// progress, whatever the deliberation, sortable by owner, status or due
// date (overdue first by default) and filtered by owner; the figure of a
// condition measured by an indicator in its own column. Enter or a double
// click opens the deliberation at that condition.

#include "ui/shell/Page.h"

class QComboBox;
class QLabel;
class QTableView;

namespace habeas {

class ConditionsModel;
class Session;

class ConditionsBoardPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionsBoardPage)

public:
    explicit ConditionsBoardPage(Session &session, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void clear() override;

    ConditionsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *ownerFilter() const { return m_owner; }

Q_SIGNALS:
    void openRequested(qint64 deliberationId, qint64 conditionId);

private:
    void applyOwner();
    void showCount();

    Session &m_session;
    ConditionsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace habeas
