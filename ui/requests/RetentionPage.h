#pragma once

// Case files: how long ended requests are kept (the DPO sets it) and those
// past it, which the DPO or the administrator anonymises after confirming. The list names no one: reference, rights, state and
// dates only.

#include "ui/shell/Page.h"

#include <QList>

#include <vector>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace habeas {

class Session;

class RetentionPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionPage)

public:
    explicit RetentionPage(Session &session, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void clear() override;
    // How many ended requests are past the period today, as last loaded.
    int expiredCount() const { return int(m_expired.size()); }
    void saveYears();
    // Asks for confirmation, then anonymises every request listed.
    void anonymiseListed();

Q_SIGNALS:
    // These requests were anonymised: what shows them elsewhere reads them
    // again.
    void anonymised(const QList<qint64> &ids);

private:
    Session &m_session;
    QSpinBox *m_years = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_yearsNote = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_anonymise = nullptr;
    QLabel *m_status = nullptr;
    std::vector<qint64> m_expired;
};

} // namespace habeas
