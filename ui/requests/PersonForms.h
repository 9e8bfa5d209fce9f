#pragma once

// The requester's and the agent's details as one form each, shared by the
// open request and the new-request wizard.

#include "core/requests/Request.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace habeas {

class RequesterForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequesterForm)

public:
    explicit RequesterForm(QWidget *parent = nullptr);
    void setRequester(const Requester &requester);
    Requester requester() const;
    QLineEdit *surname() const { return m_surname; }
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_civility = nullptr;
    QLineEdit *m_surname = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_birthName = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_staffNumber = nullptr;
};

// An agent (Sovereign Ordinance 11.327, art. 1): name, object of the
// mandate, its duration, whether the agent may receive the reply, and
// where.
class AgentForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentForm)

public:
    explicit AgentForm(const QDate &today, QWidget *parent = nullptr);
    void setAgent(const Agent &agent);
    Agent agent() const;
    QLineEdit *mandateObject() const { return m_object; }
    // The checklist of what the mandate states, one line each; `represented`
    // says whether the person represented is named.
    QString checklist(bool represented) const;

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_object = nullptr;
    QCheckBox *m_limited = nullptr;
    QDateEdit *m_until = nullptr;
    QCheckBox *m_mayReceive = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QDate m_today;
};

} // namespace habeas
