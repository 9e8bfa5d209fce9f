#pragma once

// A processing of the register, read only: its purpose, department and
// status, legal basis and texts, the people and data concerned with their
// retention, recipients, links and the rest of its description. Opened
// from the global search.

#include "core/register/Processing.h"

#include <QDialog>

class QTextBrowser;

namespace habeas {

class Session;

class ProcessingSummaryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessingSummaryDialog)

public:
    // Reads the processing through the register's service (which checks
    // the role) and shows it; a failure is said in a message box.
    static void run(Session &session, qint64 id, QWidget *parent);

    explicit ProcessingSummaryDialog(const Processing &processing, QWidget *parent = nullptr);

    // The description as shown (tests).
    QString text() const;

    // Labels of the register's values, in the interface's language.
    static QString statusName(ProcessingStatus status);
    static QString legalBasisName(LegalBasis basis);
    static QString linkName(LinkKind kind);
    // A kind of access by its key (accessKinds()).
    static QString accessName(const QString &key);

private:
    QTextBrowser *m_text = nullptr;
};

} // namespace habeas
