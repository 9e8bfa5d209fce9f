#pragma once

// The processings a request concerns, from the register, and what was found
// in each: whether the requester's data is held there, and what was done
// (sent, rectified, erased…). Edited with the rest of the request and saved
// with it.

#include "core/requests/Request.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace habeas {

class Session;

class FindingsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsPanel)

public:
    explicit FindingsPanel(Session &session, QWidget *parent = nullptr);

    void setFindings(const std::vector<Finding> &findings);
    std::vector<Finding> findings() const;
    void setReadOnly(bool readOnly);
    // Commits the cell being typed in, if any (before a save reads it).
    void commitPendingEdit();
    // Adds the register's processing (once); false when it is there already.
    bool add(qint64 processingId);
    QTableWidget *table() const { return m_table; }
    // The register's processings offered are read when the panel is shown,
    // once, not at each request opened (a register of 2,000 costs more than
    // the rest of the request). reloadRegister() has them read again (now
    // if the panel is shown, else when it next is); clearRegister() drops
    // them (lock).
    void reloadRegister();
    void clearRegister();

Q_SIGNALS:
    void changed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addRow(const Finding &finding);
    void readRegister();
    void updateButtons();

    Session &m_session;
    bool m_readOnly = false;
    bool m_registerRead = false;
    QTableWidget *m_table = nullptr;
    QComboBox *m_register = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace habeas
