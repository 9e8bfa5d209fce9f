#pragma once

// A new request, page by page: intake (channel, date of receipt, rights,
// the request's own words), the requester, an agent if any (with what the
// mandate must state), the identity step (a copy captured now from a scan,
// asked for by letter, or not needed), the processings concerned, then a
// summary with the deadline explained. Cancel at any page saves nothing;
// Finish saves the whole request in one transaction
// (RequestService::intake). After a capture from a file, deleting that
// file is offered, checked by default: the scan in clear on the disk would
// outlive the copy Habeas destroys.

#include "core/requests/RequestService.h"

#include <QWizard>

namespace habeas {

class Session;

class NewRequestWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewRequestWizard)

public:
    enum PageId { IntakeId, RequesterId, AgentId, IdentityId, ProcessingsId, SummaryId };

    explicit NewRequestWizard(Session &session, QWidget *parent = nullptr);

    // The request Finish saved; 0 before.
    qint64 createdId() const { return m_created; }
    // What the pages hold, as the intake will be saved (no scan bytes).
    Intake gathered() const;
    QString sourceFile() const;
    bool deleteSourceFile() const;

    void accept() override;

private:
    Session &m_session;
    qint64 m_created = 0;
};

} // namespace habeas
