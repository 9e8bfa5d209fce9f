#pragma once

// Oversight → Audit log: who did what and when, with chain verification and
// the export of the head that lets a later rewrite be detected.

#include "ui/shell/Page.h"

class QLabel;
class QTableView;

namespace habeas {

class AuditLogModel;
class Session;

class AuditLogPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPage)

public:
    explicit AuditLogPage(Session &session, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void clear() override;
    // The widths of the table's columns.
    void restoreState(const AccountLocalSettings &settings) override;
    void saveState(AccountLocalSettings &settings) const override;

    void verifyChain();
    void exportHead();

private:
    Session &m_session;
    AuditLogModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    // Restored widths are the person's: not fitted to the contents again.
    bool m_keepWidths = false;
    QLabel *m_result = nullptr;
};

} // namespace habeas
