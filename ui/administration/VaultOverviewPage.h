#pragma once

// What the open vault is (format, schema, encryption, key slots) and what it
// holds (tables and row counts). Nothing personal is shown. An
// administrator can change the vault key from here.

#include "ui/shell/Page.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace habeas {

class Session;

class VaultOverviewPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultOverviewPage)

public:
    explicit VaultOverviewPage(Session &session, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void clear() override;

private:
    void changeKey();

    Session &m_session;
    QPushButton *m_changeKey = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_tables = nullptr;
};

} // namespace habeas
