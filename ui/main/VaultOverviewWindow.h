#pragma once

// The first main window: what the open vault is (format, schema version,
// encryption) and what it holds (tables and row counts). The working screens
// (requests, register, deliberations) replace it as they arrive.

#include <QMainWindow>

#include <memory>

class QTableWidget;
class QLabel;

namespace habeas {

class Vault;

class VaultOverviewWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultOverviewWindow)

public:
    explicit VaultOverviewWindow(std::unique_ptr<Vault> vault, QWidget *parent = nullptr);
    ~VaultOverviewWindow() override;

    const Vault &vault() const { return *m_vault; }

private:
    void refresh();

    std::unique_ptr<Vault> m_vault;
    QLabel *m_summary = nullptr;
    QTableWidget *m_tables = nullptr;
};

} // namespace habeas
